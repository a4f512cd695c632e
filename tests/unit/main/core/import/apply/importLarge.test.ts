import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { pocketCsv, useImport } from './importFakes';

const setup = useImport();
const LINKS = 20_000;

describe('a large import', () => {
  it(`adds ${LINKS} links without fetching, keeping the event loop free, and adds nothing the second time`, async () => {
    const rows = Array.from({ length: LINKS }, (_, i) => `Story ${i},https://example.com/story/${i},${1_600_000_000 + i},tag${i % 20},${i % 3 ? 'unread' : 'archive'}`);
    const path = await setup.file('big.csv', pocketCsv(rows));
    const service = await setup.service();
    let longestStallMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStallMs = Math.max(longestStallMs, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const result = await service.start(path, { fetch: false });
    const applyMs = performance.now() - started;
    clearInterval(ticker);
    console.log(`import of ${LINKS} links (--no-fetch): ${Math.round(applyMs)} ms; longest event-loop stall ${Math.round(longestStallMs)} ms`);
    expect(result).toMatchObject({ new: LINKS, added: LINKS, queued: LINKS });
    expect(setup.library.articles.count()).toBe(LINKS);
    expect(longestStallMs).toBeLessThan(1000);

    const again = performance.now();
    expect(await service.start(path, { fetch: false })).toMatchObject({ added: 0, existing: LINKS });
    console.log(`the same file again: ${Math.round(performance.now() - again)} ms`);
  }, 300_000);
});
