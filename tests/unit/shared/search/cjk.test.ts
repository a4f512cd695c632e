import { describe, expect, it } from 'vitest';
import { spaceCjk } from '../../../../src/shared/search/cjk';

describe('spaceCjk', () => {
  it('puts a space either side of every ideograph, kana and hangul syllable', () => {
    expect(spaceCjk('東京タワー').split(/\s+/).filter(Boolean)).toEqual(['東', '京', 'タ', 'ワ', 'ー']);
    expect(spaceCjk('서울').split(/\s+/).filter(Boolean)).toEqual(['서', '울']);
  });

  it('separates CJK from the Latin words and digits touching it', () => {
    expect(spaceCjk('iPhone发布2025年').split(/\s+/).filter(Boolean)).toEqual(['iPhone', '发', '布', '2025', '年']);
  });

  it('keeps a kana with its voicing mark', () => {
    expect(spaceCjk('か\u3099').trim()).toBe('か\u3099');
  });

  it('leaves text without CJK alone', () => {
    expect(spaceCjk('Київ, Αθήνα and Zürich')).toBe('Київ, Αθήνα and Zürich');
  });
});
