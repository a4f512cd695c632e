import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractWorkerEntry } from '../../../../../../src/main/core/capture/extract/extractWorkerEntry';

describe('extractWorkerEntry', () => {
  it.each(['file:///app/out/main/index.js', 'file:///app/out/main/cli.js'])('is the built worker beside the bundle %s', (bundle) => {
    expect(extractWorkerEntry(bundle)).toEqual({ workerUrl: new URL('file:///app/out/main/extractWorker.js'), execArgv: [] });
  });

  it('is the TypeScript source, through tsx, when run from source', () => {
    const entry = extractWorkerEntry();
    expect(entry.execArgv).toEqual(['--import', 'tsx']);
    expect(existsSync(fileURLToPath(entry.workerUrl))).toBe(true);
  });
});
