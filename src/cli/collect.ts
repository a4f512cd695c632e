/** For a repeatable option (`--tag a --tag b`): each value joins the list. */
export const collect = (value: string, values: string[]): string[] => [...values, value];
