import { memo, type CSSProperties } from 'react';
import type { HighlightListItem } from '../../../../shared/model/annotation';
import { Markdown } from '../../components/Markdown/Markdown';
import { COLOR_LABELS } from '../annotations/colorLabels';
import '../annotations/highlightColors.css';
import { highlightMeta } from './highlightMeta';

interface HighlightRowProps {
  item: HighlightListItem;
  onOpen: (item: HighlightListItem) => void;
  onOpenLink: (url: string) => void;
}

/**
 * One highlight: its words in its colour, its note, and the article it is in. A click anywhere on
 * it (but a link in the note) opens the article at the highlight; so does Enter on its quote.
 */
export const HighlightRow = memo(function HighlightRow({ item, onOpen, onOpenLink }: HighlightRowProps) {
  const { highlight, article } = item;
  return (
    <article className="highlight-row" style={{ '--highlight': `var(--highlight-${highlight.color})` } as CSSProperties} onClick={() => onOpen(item)}>
      <blockquote className="highlight-row__quote">
        <button type="button" className="highlight-row__open bare-button line-clamp" data-highlight-id={highlight.id}>
          <span className="visually-hidden">{COLOR_LABELS[highlight.color]} highlight:</span>{' '}
          <mark className="highlight-row__mark">{highlight.target.quote.exact}</mark>
        </button>
      </blockquote>
      {highlight.note && <Markdown className="highlight-row__note" text={highlight.note} onOpenLink={onOpenLink} />}
      <p className="highlight-row__source">
        <cite className="highlight-row__title">{article.title}</cite>
        {highlightMeta(item).map((part) => (
          <span key={part} className="highlight-row__meta-part">
            {part}
          </span>
        ))}
      </p>
    </article>
  );
});
