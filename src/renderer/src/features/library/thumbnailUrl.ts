import type { Article } from '../../../../shared/model/article';

const CONTENT_PREFIX = 'content/';

/**
 * Where a lead image loads from: records keep `content/<id>/images/<file>`, the asset route serves
 * `<id>/images/<file>` below `assetBaseUrl` (the desktop's protocol or the harness's route).
 */
export function thumbnailUrl(article: Pick<Article, 'leadImage'>, assetBaseUrl: string | null): string | null {
  const path = article.leadImage;
  if (assetBaseUrl === null || !path?.startsWith(CONTENT_PREFIX)) return null;
  return `${assetBaseUrl}${path.slice(CONTENT_PREFIX.length).split('/').map(encodeURIComponent).join('/')}`;
}
