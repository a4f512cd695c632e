import type { ImportPreview, ImportProgress } from '../../shared/model/import';

/** `pocket.csv (pocket-csv): 3 new, 1 already in the library, 1 invalid`, then one line per problem (file, line: why). */
export function previewLines(preview: ImportPreview): string {
  const head = `${preview.source} (${preview.format}): ${preview.new} new, ${preview.existing} already in the library, ${preview.invalid} invalid\n`;
  return head + preview.problems.map(({ file, line, entry, message }) => `  ${file}${line !== undefined ? `, line ${line}` : entry !== undefined ? `, entry ${entry}` : ''}: ${message}\n`).join('');
}

/** `fetched 120 of 400, 3 failed, about 2 min left` */
export function progressLine({ fetched, failed, total, etaSeconds }: ImportProgress): string {
  const eta = etaSeconds === null ? '' : `, about ${etaSeconds < 90 ? `${etaSeconds} s` : `${Math.round(etaSeconds / 60)} min`} left`;
  return `fetched ${fetched} of ${total}, ${failed} failed${eta}\n`;
}
