import type { ImportLink } from '../../../../shared/model/import';
import { AppError } from '../../../../shared/ipc/result';
import { captureArticle } from '../../capture/captureArticle';
import type { CaptureSources } from '../../capture/captureSources';
import type { Extractor } from '../../capture/types';
import type { Library } from '../../library/library';
import { overlayImported } from './importedArticle';

export interface FetchLinkContext {
  library: Pick<Library, 'articles' | 'settings'>;
  extractor: Pick<Extractor, 'extract' | 'sanitize'>;
  sources: CaptureSources;
  clock: () => Date;
}

/**
 * Fetches an imported link's page and saves it into the link's own article, through the capture
 * pipeline (extract, images, sanitize), keeping what the library says about the article: its saved
 * date, state and tags (as they are now: the user may have changed them while it waited).
 */
export async function fetchLink({ articleId, url }: ImportLink, signal: AbortSignal, { library, extractor, sources, clock }: FetchLinkContext): Promise<void> {
  const articles = library.articles;
  const linkNow = () => {
    const link = articles.get(articleId);
    if (!link) throw new AppError('not-found', 'The article was deleted before its page was fetched.');
    return link;
  };
  linkNow();
  const allowLocalNetwork = library.settings.get().allowLocalNetwork;
  const page = await sources.fetchPage(url, { allowLocalNetwork, signal });
  signal.throwIfAborted();
  await captureArticle(page, {
    articles: {
      // The link is this page's article: it must not be refused as its own duplicate.
      findDuplicate: () => undefined,
      draft: (id) => articles.draft(id),
      get: (id) => articles.get(id),
      add: (fromPage, content) => articles.replace(overlayImported(fromPage, linkNow()), content),
    },
    extractor,
    sources,
    allowLocalNetwork,
    tags: [],
    label: url,
    clock,
    randomId: () => articleId,
    signal,
    exclusive: (task) => task(),
    report: () => undefined,
  });
}
