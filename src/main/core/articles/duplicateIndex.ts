import type { Article, ArticleId } from '../../../shared/model/article';

/** What identifies a page being saved: its canonical address, the addresses it was asked for and served from, its text. */
export interface DuplicateQuery {
  canonicalUrl: string | null;
  urls: readonly (string | null)[];
  textSha256: string | null;
}

/**
 * Finds the article a new capture would repeat, in memory: by address (canonical, or else the
 * requested and final ones) or by the SHA-256 of its extracted text. Built on the first search rather
 * than at open (opening a big library must stay quick), from `articles()`, and kept current on add.
 */
export function createDuplicateIndex(articles: () => Iterable<Article>) {
  const byAddress = new Map<string, ArticleId>();
  const byText = new Map<string, ArticleId>();
  let built = false;

  const index = (article: Article) => {
    const { canonicalUrl, url, provenance } = article;
    for (const address of [canonicalUrl, url, provenance?.finalUrl, provenance?.requestedUrl]) {
      const key = addressKey(address);
      if (key && !byAddress.has(key)) byAddress.set(key, article.id);
    }
    if (provenance && !byText.has(provenance.textSha256)) byText.set(provenance.textSha256, article.id);
  };
  const build = () => {
    if (built) return;
    built = true;
    for (const article of articles()) index(article);
  };

  return {
    /** Articles were removed: the index is built afresh on the next search, without them. */
    reset() {
      built = false;
      byAddress.clear();
      byText.clear();
    },
    /** Until the first search, an added article is found by the build that search runs. */
    add(article: Article) {
      if (built) index(article);
    },
    find({ canonicalUrl, urls, textSha256 }: DuplicateQuery): ArticleId | undefined {
      build();
      // A page that names its canonical address is that article, whatever address it was reached by
      // (a redirecting "latest story" link must not match every story it ever pointed at).
      const addresses = canonicalUrl ? [canonicalUrl] : urls;
      for (const address of addresses) {
        const id = byAddress.get(addressKey(address) ?? '');
        if (id) return id;
      }
      return textSha256 ? byText.get(textSha256) : undefined;
    },
  };
}

/** The same page whatever its fragment; an address that does not parse is not matched at all. */
function addressKey(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

export type DuplicateIndex = ReturnType<typeof createDuplicateIndex>;
