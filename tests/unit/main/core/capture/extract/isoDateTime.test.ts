import { describe, expect, it } from 'vitest';
import { toIsoDateTime } from '../../../../../../src/main/core/capture/extract/isoDateTime';

describe('toIsoDateTime', () => {
  it.each([
    ['2024-03-18T10:00:00-04:00', '2024-03-18T10:00:00-04:00'],
    ['2024-03-18T10:00:00.250+0530', '2024-03-18T10:00:00.250+05:30'],
    ['2024-03-18 10:00z', '2024-03-18T10:00:00Z'],
    ['2024-03-18T10:00:00', '2024-03-18T10:00:00'],
    ['2024-03-18', '2024-03-18'],
    ['Mon, 18 Mar 2024 10:00:00 GMT', '2024-03-18T10:00:00.000Z'],
  ])('%s -> %s, keeping the offset the page gave', (input, output) => expect(toIsoDateTime(input)).toBe(output));

  it.each([[null], [''], ['yesterday'], ['March 18, 2024'], ['2024-13-45']])('never invents a date from %j', (input) => expect(toIsoDateTime(input)).toBeNull());
});
