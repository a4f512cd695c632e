import type { Article } from '../../../../shared/model/article';
import { ActionButton } from './ActionButton';
import type { ArticleActions } from './useArticleActions';

interface ArticleActionButtonsProps {
  article: Pick<Article, 'starred' | 'archived' | 'read'>;
  actions: ArticleActions;
}

/** Star, archive, read, original and delete, each with its key; what the last one did is announced. */
export function ArticleActionButtons({ article, actions }: ArticleActionButtonsProps) {
  return (
    <div className="reader-actions">
      <ActionButton id="star" glyph={article.starred ? '★' : '☆'} label="Star" pressed={article.starred} onClick={actions.star} />
      <ActionButton id="archive" label="Archive" pressed={article.archived} onClick={actions.archive} />
      <ActionButton id="toggleRead" label={article.read ? 'Mark unread' : 'Mark read'} onClick={actions.toggleRead} />
      {actions.openOriginal && <ActionButton id="openOriginal" label="Open original" onClick={actions.openOriginal} />}
      <ActionButton id="delete" label="Delete" onClick={actions.trash} />
      <p className="visually-hidden" role="status">
        {actions.status}
      </p>
    </div>
  );
}
