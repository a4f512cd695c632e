import { InvalidArgumentError } from 'commander';

/** Whether a command-line item is a web address rather than a file name. */
export const isWebAddress = (item: string) => /^https?:\/\//i.test(item);

/** Option parser for --url: an absolute http(s) address, or a usage error. */
export function webAddress(value: string): string {
  if (isWebAddress(value) && URL.canParse(value)) return new URL(value).href;
  throw new InvalidArgumentError('Give an http:// or https:// address.');
}
