import { memo, type MouseEvent, type ReactNode } from 'react';
import type { Article } from '../../../../shared/model/article';
import { Icon } from '../../components/Icon/Icon';
import { LinkMarker } from '../import/LinkMarker';
import { highlightCount, progressLabel, rowMeta } from './rowMeta';
import { thumbnailUrl } from './thumbnailUrl';

/** How a click on a row was meant: plain opens, Ctrl/⌘ toggles the selection, Shift extends it. */
export interface RowClick {
  toggle: boolean;
  range: boolean;
}

/** What a list shows in a row in place of the article's own title and excerpt (a search marks its matches). */
export interface RowParts {
  title?: ReactNode;
  excerpt?: ReactNode;
}

interface ArticleRowProps extends RowParts {
  article: Article;
  index: number;
  selected: boolean;
  /** How many highlights the article has. */
  highlights: number;
  assetBaseUrl: string | null;
  onClick: (index: number, article: Article, how: RowClick) => void;
  onCheck: (index: number, article: Article, range: boolean) => void;
}

const howOf = (event: MouseEvent): RowClick => ({ toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });

/** One article in the list. Memoized on its props: a change to one article renders only its row. */
export const ArticleRow = memo(function ArticleRow({ article, index, selected, highlights, assetBaseUrl, onClick, onCheck, title, excerpt }: ArticleRowProps) {
  const thumbnail = thumbnailUrl(article, assetBaseUrl);
  const progress = progressLabel(article);
  const classes = ['article-row', article.read ? '' : 'article-row--unread', selected ? 'article-row--selected' : ''].filter(Boolean);
  return (
    <article
      className={classes.join(' ')}
      lang={article.lang ?? undefined}
      dir={article.dir ?? undefined}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('.article-row__check')) return;
        event.preventDefault();
        onClick(index, article, howOf(event));
      }}
    >
      <label className="article-row__check">
        <input
          type="checkbox"
          checked={selected}
          aria-label={`Select “${article.title}”`}
          onChange={() => undefined}
          onClick={(event) => onCheck(index, article, event.shiftKey)}
        />
      </label>
      <div className="article-row__body">
        <h2 className="article-row__title">
          <button type="button" className="article-row__open bare-button line-clamp" data-article-id={article.id}>
            {!article.read && <span className="visually-hidden">Unread: </span>}
            {title ?? article.title}
          </button>
          {article.starred && (
            <span className="article-row__star" role="img" aria-label="Starred">
              ★
            </span>
          )}
          {highlights > 0 && (
            <span className="article-row__highlights" title={highlightCount(highlights)}>
              <Icon name="highlighter" />
              <span aria-hidden="true">{highlights.toLocaleString()}</span>
              <span className="visually-hidden">{highlightCount(highlights)}</span>
            </span>
          )}
        </h2>
        <p className="article-row__meta">
          {rowMeta(article).map((part) => (
            <span key={part} className="article-row__meta-part">
              {part}
            </span>
          ))}
        </p>
        <LinkMarker articleId={article.id} title={article.title} />
        {excerpt ?? (article.excerpt && <p className="article-row__excerpt">{article.excerpt}</p>)}
      </div>
      {(thumbnail || article.tags.length > 0 || progress) && (
        <div className="article-row__aside">
          {thumbnail && <img className="article-row__thumbnail" src={thumbnail} alt="" loading="lazy" decoding="async" width={104} height={72} />}
          {progress && (
            <span className="article-row__progress">
              <span className="article-row__progress-track" aria-hidden="true">
                <span className="article-row__progress-bar" style={{ inlineSize: `${Math.round(article.progress * 100)}%` }} />
              </span>
              {progress}
            </span>
          )}
          {article.tags.length > 0 && (
            <ul className="article-row__tags" aria-label="Tags">
              {article.tags.map((tag) => (
                <li key={tag} className="article-row__tag" title={tag}>
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </article>
  );
});
