/** A web page archive as Chrome writes one ("Saved by Blink"), assembled by hand from its parts. */
export interface ArchivePart {
  headers: Record<string, string>;
  encoding: 'quoted-printable' | 'base64' | '8bit';
  body: Uint8Array;
}

const BOUNDARY = '----MultipartBoundary--Xy7Lq2Wd0kRz9Qm4----';

export function buildMhtml(snapshotUrl: string, parts: ArchivePart[]): Buffer {
  const head = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${snapshotUrl}`,
    'Subject: =?utf-8?Q?Story?=',
    'Date: Tue, 18 Mar 2025 08:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
  ].join('\r\n');
  const chunks: Buffer[] = [Buffer.from(head, 'latin1')];
  for (const part of parts) {
    const headers = Object.entries({ ...part.headers, 'Content-Transfer-Encoding': part.encoding }).map(([name, value]) => `${name}: ${value}`);
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${headers.join('\r\n')}\r\n\r\n`, 'latin1'), encodeBody(part), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

function encodeBody(part: ArchivePart): Buffer {
  if (part.encoding === 'base64') return Buffer.from(Buffer.from(part.body).toString('base64').replace(/.{76}/g, '$&\r\n'), 'latin1');
  if (part.encoding === '8bit') return Buffer.from(part.body);
  return Buffer.from(quotedPrintable(part.body), 'latin1');
}

/** Quoted-printable as RFC 2045 has it: =XX for bytes that are not plain, soft line breaks before 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    if (byte === 0x0a) {
      lines.push(line.replace(/[ \t]$/, (space) => `=${space.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
      line = '';
      continue;
    }
    const plain = byte >= 0x20 && byte <= 0x7e && byte !== 0x3d;
    const piece = plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}
