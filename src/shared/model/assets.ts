/**
 * Saved images are addressed as `archive-asset://<article id>/<file>` in stored article HTML, and
 * served from that article's content folder by the app's own protocol: never from the network.
 */
export const ASSET_SCHEME = 'archive-asset';

export function assetUrl(articleId: string, file: string): string {
  return `${ASSET_SCHEME}://${articleId}/${file}`;
}
