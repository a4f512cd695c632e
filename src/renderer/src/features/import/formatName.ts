import type { ImportPreview } from '../../../../shared/model/import';

const NAMES: Record<ImportPreview['format'], string> = {
  'pocket-csv': 'Pocket export (CSV)',
  'pocket-html': 'Pocket export (HTML)',
  instapaper: 'Instapaper export (CSV)',
  omnivore: 'Omnivore export',
  wallabag: 'wallabag export (JSON)',
  raindrop: 'Raindrop.io export (CSV)',
  readwise: 'Readwise Reader export (CSV)',
  netscape: 'Browser bookmarks (HTML)',
  backup: 'News Archive backup',
};

/** The recognised format of an export file, in words: "Pocket export (CSV)". */
export function formatName(format: ImportPreview['format']): string {
  return NAMES[format];
}
