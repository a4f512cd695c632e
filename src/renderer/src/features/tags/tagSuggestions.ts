import { tagKey, tagNameProblem, type TagNode } from '../../../../shared/model/tag';

/** How many suggestions the editor offers at once: enough to choose from, few enough to scan. */
export const MAX_SUGGESTIONS = 8;

/** Every tag of the tree, parents before their children. */
export function flattenTags(tree: readonly TagNode[]): TagNode[] {
  return tree.flatMap((node) => [node, ...flattenTags(node.children)]);
}

/**
 * The tags whose name contains the typed text anywhere, whatever the case, leaving out those the
 * articles already carry; names where the text comes earlier rank first.
 */
export function suggestTags(tags: readonly TagNode[], text: string, carried: readonly string[]): TagNode[] {
  const wanted = tagKey(text.trim());
  const skip = new Set(carried.map(tagKey));
  return tags
    .filter((tag) => !skip.has(tagKey(tag.name)) && tagKey(tag.name).includes(wanted))
    .map((tag) => ({ tag, at: tagKey(tag.name).indexOf(wanted) }))
    .sort((a, b) => a.at - b.at || a.tag.name.localeCompare(b.tag.name))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ tag }) => tag);
}

export type TagChoice = { name: string } | { problem: string };

/** What Enter adds: the highlighted suggestion, else the typed name (refused with the core's words when it is no name). */
export function chooseTag(text: string, suggestions: readonly TagNode[], highlighted: number): TagChoice {
  const suggestion = suggestions[highlighted];
  if (suggestion) return { name: suggestion.name };
  const name = text.trim();
  const problem = tagNameProblem(name);
  return problem ? { problem } : { name };
}
