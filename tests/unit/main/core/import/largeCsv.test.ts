import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../../src/main/core/import/readImportFile';
import { writeTemp } from './writeZip';

describe('a 20,000-row export', () => {
  it('parses in well under a second', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `"Story ${index}, with a comma",https://example.com/story/${index}?utm_source=pocket,${1_700_000_000 + index},news|world|tag${index % 50},${index % 3 ? 'unread' : 'archive'}`);
    const path = await writeTemp('part_000000.csv', ['title,url,time_added,tags,status', ...rows].join('\n'));
    const started = performance.now();
    const batch = await readImportFile(path);
    const elapsed = performance.now() - started;
    console.log(`20,000-row Pocket CSV read in ${elapsed.toFixed(0)} ms`);
    expect(batch.items).toHaveLength(20_000);
    expect(batch.problems).toEqual([]);
    expect(batch.items[19_999]).toMatchObject({ url: 'https://example.com/story/19999', origin: { line: 20_001 } });
    expect(elapsed).toBeLessThan(1000);
  });
});
