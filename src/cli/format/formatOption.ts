import { Option } from 'commander';

export const OUTPUT_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const formatOption = () => new Option('--format <format>', 'how to print the article').choices(OUTPUT_FORMATS).default('text');
