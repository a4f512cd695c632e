import type { CaptureInput } from '../../../../shared/model/capture';
import { toBase64 } from '../../lib/toBase64';

/** The kinds of file the app can save: web pages as browsers store them, and text. */
export const SAVABLE_EXTENSIONS = ['.html', '.htm', '.mhtml', '.mht', '.txt', '.md'] as const;

// A file crosses the bridge as base64 of at most 30,000,000 characters (the contract's limit).
const MAX_FILE_BYTES = 22_000_000;

export type FileVerdict = { ok: true; input: CaptureInput } | { ok: false; message: string };

const extensionOf = (name: string) => /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** A dropped or pasted file as something to save, read in the renderer; or why it cannot be saved. */
export async function readSavableFile(file: File): Promise<FileVerdict> {
  if (!(SAVABLE_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return {
      ok: false,
      message: `“${file.name}” can’t be saved: only web pages (.html, .htm, .mhtml, .mht) and text files (.txt, .md) can.`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `“${file.name}” is too large to save from here (more than 22 MB).` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  return { ok: true, input: { kind: 'file', name: file.name, base64 } };
}
