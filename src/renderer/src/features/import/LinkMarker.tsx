import type { MouseEvent } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import { useImports } from './ImportContext';
import { NOT_FETCHED } from './useImportQueue';
import './LinkMarker.css';

interface LinkMarkerProps {
  articleId: ArticleId;
  title: string;
}

/** A library row's note that its imported page is not downloaded yet, or failed to be, with a way to try again. */
export function LinkMarker({ articleId, title }: LinkMarkerProps) {
  const queue = useImports()?.queue;
  const link = queue?.links.get(articleId);
  if (!queue || !link) return null;
  const failed = link.state === 'failed' && link.error?.code !== NOT_FETCHED;
  const retry = (event: MouseEvent) => {
    // The row opens the article on a click anywhere else in it.
    event.stopPropagation();
    queue.retry([articleId]);
  };
  return (
    <p className={`link-marker${failed ? ' link-marker--failed' : ''}`}>
      <span>{failed ? `Download failed: ${link.error?.message ?? 'unknown reason'}` : 'Not downloaded yet'}</span>
      {link.state === 'failed' && (
        <button type="button" className="link-marker__retry bare-button" aria-label={`${failed ? 'Retry downloading' : 'Download'} “${title}”`} onClick={retry}>
          {failed ? 'Retry' : 'Download'}
        </button>
      )}
    </p>
  );
}
