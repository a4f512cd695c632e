import type { CaptureInput } from '../../../../shared/model/capture';
import { classifyClipboard } from './classifyClipboard';
import { readSavableFile } from './savableFile';

/** Something in a paste or drop that cannot be saved, and why, for the jobs panel. */
export interface Refusal {
  label: string;
  message: string;
}

export interface TransferContents {
  inputs: CaptureInput[];
  refused: Refusal[];
}

/** Whether a drag carries anything the app might save (files, links or text). */
export function carriesSavable(data: DataTransfer | null): boolean {
  return !!data && ['Files', 'text/uri-list', 'text/plain', 'text/html'].some((type) => data.types.includes(type));
}

/**
 * What a paste or a drop holds to save: its files when it has any (each read here, as bytes),
 * otherwise its links, HTML or text.
 */
export async function readTransfer(data: DataTransfer): Promise<TransferContents> {
  const files = Array.from(data.files);
  if (files.length === 0) {
    const flavour = (type: string) => data.getData(type);
    return { inputs: classifyClipboard({ text: flavour('text/plain'), html: flavour('text/html'), uriList: flavour('text/uri-list') }), refused: [] };
  }
  const contents: TransferContents = { inputs: [], refused: [] };
  for (const file of files) {
    const verdict = await readSavableFile(file);
    if (verdict.ok) contents.inputs.push(verdict.input);
    else contents.refused.push({ label: file.name, message: verdict.message });
  }
  return contents;
}
