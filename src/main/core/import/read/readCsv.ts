import { CsvError, parse } from 'csv-parse';
import { importError } from '../importError';
import type { ImportSource } from './importSource';

/** One CSV row by column name (header names lower-cased), and the line it starts on. */
export interface CsvRow {
  line: number;
  get(column: string): string | undefined;
}

/**
 * The rows of a CSV file, streamed. Columns are found by name, never by position; a row with broken quoting
 * stops the whole file with an error naming its line, since nothing after it can be trusted.
 */
export async function* readCsv(source: ImportSource): AsyncGenerator<CsvRow> {
  const parser = source.stream().pipe(parse({ bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: true }));
  let columns: Map<string, number> | undefined;
  try {
    for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      if (!columns) {
        columns = new Map(record.map((name, index) => [name.trim().toLowerCase(), index]));
        continue;
      }
      const line = info.lines - linesWithin(raw);
      yield { line, get: (column) => cell(record, columns?.get(column)) };
    }
  } catch (error) {
    if (error instanceof CsvError) throw importError({ file: source.name, line: Number(error.lines) }, `The CSV is damaged: ${error.message.replace(/ at line \d+/, '')}.`);
    throw error;
  }
}

/** The header of a CSV file, lower-cased, from its first bytes; empty when they do not parse as CSV. */
export function csvHeader(head: string): string[] {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const names: string[] = [];
  for (const match of firstLine.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,"]*))/g)) names.push((match[1] ?? match[2] ?? '').replaceAll('""', '"').trim().toLowerCase());
  return names;
}

/** Line breaks inside a record's own text (quoted fields), not the empty lines before it or its own ending. */
const linesWithin = (raw: string): number => (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g) ?? []).length;

const cell = (record: string[], index: number | undefined): string | undefined => (index === undefined ? undefined : record[index]);
