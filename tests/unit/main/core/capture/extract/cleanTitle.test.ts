import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../../../src/main/core/capture/extract/cleanTitle';

describe('cleanTitle', () => {
  it('drops the site name after or before the headline', () => {
    expect(cleanTitle('Bridge to close — The Coastal Herald', 'The Coastal Herald', null)).toBe('Bridge to close');
    expect(cleanTitle('Coastal Herald | Bridge to close', 'The Coastal Herald', null)).toBe('Bridge to close');
    expect(cleanTitle('Apple unveils headset - The Verge', null, 'https://www.theverge.com/x')).toBe('Apple unveils headset');
    expect(cleanTitle('Rules rewritten - Spiceworks', 'Spiceworks Inc', null)).toBe('Rules rewritten');
    expect(cleanTitle('West Ham hrozí gigantům | Aktuálně.cz', null, null)).toBe('West Ham hrozí gigantům');
  });

  it('keeps separators that are part of the headline', () => {
    expect(cleanTitle('Exclusive: Talks - what comes next', 'The Herald', null)).toBe('Exclusive: Talks - what comes next');
    expect(cleanTitle('Lorem ipsum – My website', null, null)).toBe('Lorem ipsum – My website');
  });
});
