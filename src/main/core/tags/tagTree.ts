import type { Article } from '../../../shared/model/article';
import { parentTagName, tagKey, TAG_SEPARATOR, type Tag, type TagNode } from '../../../shared/model/tag';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every tag of the library by key, in its display spelling: the registered one, else of the spellings
 * articles use the first in code point order, so it does not depend on the order articles are read in.
 */
export function tagSpellings(articles: Iterable<Article>, registered: readonly Tag[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const article of articles) {
    for (const name of article.tags) {
      const known = used.get(tagKey(name));
      if (known === undefined || name < known) used.set(tagKey(name), name);
    }
  }
  for (const { name } of registered) used.set(tagKey(name), name);
  return used;
}

/** `a/b/c` -> `a`, `a/b`, `a/b/c` */
function* branchKeys(key: string): Generator<string> {
  for (let at = key.indexOf(TAG_SEPARATOR); at !== -1; at = key.indexOf(TAG_SEPARATOR, at + 1)) yield key.slice(0, at);
  yield key;
}

/**
 * The tags as a tree by name, with the counts of the articles outside the Trash. A parent nobody uses
 * by itself (only `ukraine/ceasefire` exists) still gets its node, with a count of 0.
 */
export function buildTagTree(articles: readonly Article[], registered: readonly Tag[]): TagNode[] {
  const spellings = tagSpellings(articles, registered);
  const colors = new Map(registered.map((tag) => [tagKey(tag.name), tag.color]));
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const article of articles) {
    if (article.trashedAt !== null) continue;
    const branch = new Set<string>(); // an article with a tag and its child counts once in the parent's total
    for (const name of article.tags) {
      add(counts, tagKey(name));
      for (const key of branchKeys(tagKey(name))) branch.add(key);
    }
    for (const key of branch) add(totals, key);
  }

  const roots: TagNode[] = [];
  const nodes = new Map<string, TagNode>();
  const nodeFor = (name: string): TagNode => {
    const key = tagKey(name);
    const known = nodes.get(key);
    if (known) return known;
    const node: TagNode = { name: spellings.get(key) ?? name, color: colors.get(key) ?? null, count: counts.get(key) ?? 0, total: totals.get(key) ?? 0, children: [] };
    nodes.set(key, node);
    const parent = parentTagName(name);
    (parent === undefined ? roots : nodeFor(parent).children).push(node);
    return node;
  };
  for (const name of spellings.values()) nodeFor(name);
  return sortTree(roots);
}

function sortTree(nodes: TagNode[]): TagNode[] {
  for (const node of nodes) sortTree(node.children);
  return nodes.sort((a, b) => collator.compare(a.name, b.name));
}
