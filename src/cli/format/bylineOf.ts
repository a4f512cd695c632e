/** "Ada Reporter, Bo Writer · Example News · 2025-03-18", from whichever of these are known; '' when none is. */
export function bylineOf(article: { authors: readonly string[]; siteName: string | null; publishedAt: string | null }): string {
  const parts = [article.authors.join(', '), article.siteName ?? '', article.publishedAt?.slice(0, 10) ?? ''];
  return parts.filter((part) => part.length > 0).join(' · ');
}
