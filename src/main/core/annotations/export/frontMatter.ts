import { yamlString } from './yamlString';

/** One front matter line: its name and its YAML value, or undefined to leave the line out. */
export type Field = [name: string, value: string | undefined];

/** YAML front matter between `---` lines, the fields without a value left out. */
export function frontMatter(fields: readonly Field[]): string {
  const lines = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A nullable value as a field's value: formatted, or undefined (the line left out) for null. */
export const optional = <T>(value: T | null, format: (value: T) => string): string | undefined => (value === null ? undefined : format(value));

/** Strings as a YAML flow list (`["a", "b"]`), or undefined (the line left out) for none. */
export const optionalList = (values: readonly string[]): string | undefined => (values.length > 0 ? `[${values.map(yamlString).join(', ')}]` : undefined);
