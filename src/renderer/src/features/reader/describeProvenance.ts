import type { Provenance } from '../../../../shared/model/provenance';

const SOURCES: Record<Provenance['source'], string> = {
  url: 'Web address',
  file: 'File',
  paste: 'Pasted',
};

const capturedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'long' });

/** A row of the provenance panel: a label and its value, written for people. */
export interface ProvenanceRow {
  label: string;
  value: string;
  /** Digests and addresses: shown in monospace, wrapping, with a Copy button. */
  exact?: boolean;
}

/** The facts of how an article was captured, in reading order, leaving out the ones that do not apply. */
export function describeProvenance(provenance: Provenance): ProvenanceRow[] {
  const rows: Array<ProvenanceRow | null> = [
    { label: 'Saved', value: capturedFormat.format(new Date(provenance.capturedAt)) },
    { label: 'Source', value: SOURCES[provenance.source] },
    provenance.requestedUrl ? { label: 'Requested address', value: provenance.requestedUrl, exact: true } : null,
    provenance.finalUrl ? { label: 'Final address, after redirects', value: provenance.finalUrl, exact: true } : null,
    provenance.httpStatus !== null ? { label: 'HTTP status', value: String(provenance.httpStatus) } : null,
    provenance.contentType ? { label: 'Content type', value: provenance.contentType } : null,
    provenance.fileName ? { label: 'File name', value: provenance.fileName } : null,
    { label: 'SHA-256 of the raw capture', value: provenance.rawSha256, exact: true },
    { label: 'SHA-256 of the text', value: provenance.textSha256, exact: true },
    {
      label: 'Raw capture',
      value: provenance.rawFile ? 'Stored with the article' : 'Not stored',
    },
    { label: 'Images', value: imagesSummary(provenance) },
  ];
  return rows.filter((row): row is ProvenanceRow => row !== null);
}

function imagesSummary({ imagesStored, imagesFailed }: Provenance): string {
  const stored = imagesStored === 1 ? '1 stored' : `${imagesStored} stored`;
  return imagesFailed.length === 0 ? stored : `${stored}, ${imagesFailed.length} could not be saved`;
}
