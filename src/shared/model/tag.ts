import { z } from 'zod';

export const TAG_NAME_MAX = 100;

/** `/` separates a tag from its parent: `ukraine/ceasefire` is a child of `ukraine`. */
export const TAG_SEPARATOR = '/';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a (trimmed) tag name is refused, in words for the user; undefined when it is a good name. */
export function tagNameProblem(name: string): string | undefined {
  if (name === '') return 'A tag needs a name.';
  if (name.length > TAG_NAME_MAX) return `A tag name can be at most ${TAG_NAME_MAX} characters long.`;
  if (CONTROL.test(name)) return 'A tag name cannot contain control characters (such as tabs or line breaks).';
  const parts = name.split(TAG_SEPARATOR);
  if (parts[0] === '' || parts.at(-1) === '') return `A tag name cannot start or end with "${TAG_SEPARATOR}".`;
  if (parts.some((part) => part.trim() === '')) return `Each part of a tag name between "${TAG_SEPARATOR}" needs a name.`;
  return undefined;
}

/** A tag name as the user typed it: trimmed, then checked. Its spelling is kept; comparisons ignore case. */
export const TagNameSchema = z
  .string()
  .max(1000)
  .trim()
  .superRefine((name, context) => {
    const problem = tagNameProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** What two spellings of one tag have in common: `Ukraine` and `ukraine` are the same tag. */
export const tagKey = (name: string): string => name.toLocaleLowerCase();

/** Tags as typed: trimmed, empty ones dropped, and one of each whatever its case (the first spelling wins). */
export function normalizeTags(tags: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags.map((value) => value.trim()).filter(Boolean)) {
    if (!seen.has(tagKey(tag))) seen.set(tagKey(tag), tag);
  }
  return [...seen.values()];
}

/** A test of whether a name is `ancestor` itself or one of its descendants, whatever the case. */
export function inBranch(ancestor: string): (name: string) => boolean {
  const root = tagKey(ancestor);
  const below = root + TAG_SEPARATOR;
  return (name) => {
    const key = tagKey(name);
    return key === root || key.startsWith(below);
  };
}

/** `ukraine/ceasefire` -> `ukraine`; a top-level tag has no parent. */
export function parentTagName(name: string): string | undefined {
  const at = name.lastIndexOf(TAG_SEPARATOR);
  return at === -1 ? undefined : name.slice(0, at);
}

/** A small palette, so colours stay legible in every theme (the UI maps each to its own shades). */
export const TagColorSchema = z.enum(['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'gray']);
export type TagColor = z.infer<typeof TagColorSchema>;

/** A tag the library knows beyond its articles: its colour, or that it exists before any article carries it. */
export const TagSchema = z.object({
  name: TagNameSchema,
  color: TagColorSchema.nullable(),
});
export type Tag = z.infer<typeof TagSchema>;

/** One tag of the sidebar's tree. */
export interface TagNode {
  /** The full name (`ukraine/ceasefire`), in its display spelling. */
  name: string;
  color: TagColor | null;
  /** Articles outside the Trash carrying exactly this tag. */
  count: number;
  /** Articles outside the Trash carrying this tag or any of its descendants, each counted once. */
  total: number;
  children: TagNode[];
}

export const TagNodeSchema: z.ZodType<TagNode> = z.object({
  name: z.string(),
  color: TagColorSchema.nullable(),
  count: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  get children() {
    return z.array(TagNodeSchema);
  },
});

/** Tags to add to and remove from articles (removal first, so a name in both ends up added). */
export const TagEditSchema = z
  .object({
    add: z.array(TagNameSchema).max(50).default([]),
    remove: z.array(TagNameSchema).max(50).default([]),
  })
  .strict();
export type TagEdit = z.output<typeof TagEditSchema>;

/** What one tag action did, and the token that undoes it. */
export const TagChangeSchema = z.object({
  /** How many articles' tags changed. */
  updated: z.number().int().nonnegative(),
  undo: z.string(),
});
export type TagChange = z.infer<typeof TagChangeSchema>;
