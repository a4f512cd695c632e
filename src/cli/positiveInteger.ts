import { InvalidArgumentError } from 'commander';

/** Option parser for counts such as --limit: a whole number of at least 1, or a usage error. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('Give a whole number of at least 1.');
  return n;
}
