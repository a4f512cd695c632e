/** What a page's JSON-LD says about its article (schema.org NewsArticle, BlogPosting and friends). */
export interface JsonLdArticle {
  /** The headline, and the name when it differs: which one fits the page better is for the caller to judge. */
  headlines: string[];
  description: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  image: string | null;
  inLanguage: string | null;
  articleBody: string | null;
  url: string | null;
}

type Node = Record<string, unknown>;
const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const types = (node: Node) => asArray(node['@type']).filter((t): t is string => typeof t === 'string');

function parseScript(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, ''));
  } catch {
    return null;
  }
}

/** Every node of every JSON-LD block, @graph arrays flattened. */
function allNodes(document: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown) => {
    for (const item of asArray(value)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      visit(item['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) visit(parseScript(script.textContent ?? ''));
  return nodes;
}

function text(value: unknown): string | null {
  const first = asArray(value)[0];
  const raw = typeof first === 'string' ? first : isNode(first) && typeof first['@value'] === 'string' ? first['@value'] : null;
  const clean = raw?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes = allNodes(document);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (value: unknown): unknown => (isNode(value) && typeof value['@id'] === 'string' && byId.has(value['@id']) ? byId.get(value['@id']) : value);
  const nameOf = (value: unknown): string | null => {
    const node = resolve(value);
    return typeof node === 'string' ? text(node) : isNode(node) ? text(node.name) : null;
  };
  const urlOf = (value: unknown): string | null => {
    const node = resolve(asArray(value)[0]);
    return typeof node === 'string' ? node : isNode(node) ? (text(node.url) ?? text(node.contentUrl)) : null;
  };

  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const body = typeof article.articleBody === 'string' ? article.articleBody.trim() : null;
  return {
    headlines: [...new Set([text(article.headline), text(article.name)].filter((h): h is string => h !== null))],
    description: text(article.description),
    authors: [...asArray(article.author), ...asArray(article.creator)].map(nameOf).filter((n): n is string => n !== null),
    publisher: nameOf(asArray(article.publisher)[0]),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    image: urlOf(article.image) ?? urlOf(article.thumbnailUrl),
    inLanguage: text(article.inLanguage) ?? nameOf(article.inLanguage),
    articleBody: body || null,
    url: text(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}
