import { AppError } from '../shared/ipc/result';
import type { CaptureInput } from '../shared/model/capture';
import { CaptureInputSchema } from '../shared/model/capture';
import { looksLikeMarkdown } from '../shared/text/looksLikeMarkdown';
import type { CliIo } from './io';

export type PastedInput = Extract<CaptureInput, { kind: 'text' | 'html' }>;

/** The most `-` reads: the largest pasted HTML a capture input may hold. */
const MAX_STDIN_BYTES = 20_000_000;

// A document that opens with markup (after any comments) is HTML; Markdown may hold tags, but rarely starts with one.
const OPENS_WITH_MARKUP = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>/]/i;

/**
 * What `-` stands for: the document piped to standard input, as the paste it would be in the app:
 * HTML if it looks like HTML, Markdown if it reads like Markdown, else plain text. `url` names where it came from.
 */
export async function readStdinInput(io: CliIo, url: string | undefined): Promise<PastedInput> {
  const text = await readAll(io.stdin);
  if (!text.trim()) throw new AppError('nothing-to-save', 'Nothing came in on standard input.');
  const origin = url === undefined ? {} : { url };
  const input: PastedInput = OPENS_WITH_MARKUP.test(text)
    ? { kind: 'html', html: text, ...origin }
    : { kind: 'text', text, format: looksLikeMarkdown(text) ? 'markdown' : 'text', ...origin };
  if (!CaptureInputSchema.safeParse(input).success) {
    throw new AppError('too-large', 'What came in on standard input is too large to save (at most 20 MB of HTML or 5 MB of text).');
  }
  return input;
}

async function readAll(stdin: CliIo['stdin']): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for await (const chunk of stdin) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += data.byteLength;
    if (bytes > MAX_STDIN_BYTES) throw new AppError('too-large', 'What came in on standard input is too large to save (at most 20 MB).');
    text += decoder.decode(data, { stream: true });
  }
  return text + decoder.decode();
}
