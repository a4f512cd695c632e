import { describe, expect, it } from 'vitest';
import { sealHolds, sealJson, withoutSeal } from '../../../../../src/main/core/store/integritySeal';

describe('the integrity seal of a record file', () => {
  const json = JSON.stringify({ schemaVersion: 2, articles: { a: { title: 'Ferries return', read: false } } });

  it('is the last property, and the sealed text is still the same JSON object', () => {
    const sealed = sealJson(json);
    expect(sealed).toMatch(/,"integrity":"crc32:[0-9a-f]{8}"\}$/);
    expect(withoutSeal(JSON.parse(sealed))).toEqual(JSON.parse(json));
    expect(sealHolds(sealed)).toBe(true);
  });

  it('breaks on any change to what it seals, a one-character edit included', () => {
    const sealed = sealJson(json);
    expect(sealHolds(sealed.replace('"read":false', '"read":"no"'))).toBe(false);
    expect(sealHolds(sealed.replace('Ferries', 'Ferriez'))).toBe(false);
  });

  it('is absent from files written before it, and from anything else', () => {
    expect(sealHolds(json)).toBe(false);
    expect(sealHolds('{"integrity":"crc32:00000000"}')).toBe(false);
    expect(sealHolds('')).toBe(false);
  });

  it('refuses to seal what is not a non-empty object', () => {
    expect(() => sealJson('{}')).toThrow();
    expect(() => sealJson('[1]')).toThrow();
  });
});
