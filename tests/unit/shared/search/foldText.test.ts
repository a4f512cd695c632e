import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../src/shared/search/foldText';

describe('foldText', () => {
  it.each([
    ['French and Spanish accents', 'Déjà Vu, Señor, GARÇON', 'deja vu, senor, garcon'],
    ['German', 'Straße, GRÜẞE, Öl', 'strasse, grusse, ol'],
    ['Nordic letters', 'Ærø, Søren, Œuvre', 'aero, soren, oeuvre'],
    ['Polish, Czech and Croatian', 'Łódź, Příliš, Đakovo', 'lodz, prilis, dakovo'],
    ['Icelandic and Maltese', 'Þórður, Ħamrun', 'thordur, hamrun'],
    ['Turkish dotted and dotless i', 'İstanbul, ırmak', 'istanbul, irmak'],
    ['Vietnamese stacked marks', 'Việt Nam, Hồ Chí Minh', 'viet nam, ho chi minh'],
    ['Cyrillic case and yo', 'МОСКВА, Ёлка, Київ', 'москва, елка, киів'],
    ['Greek case, tonos and final sigma', 'ΑΘΗΝΑ, Αθήνα, ΟΔΟΣ, οδός', 'αθηνα, αθηνα, οδοσ, οδοσ'],
    ['Arabic vowel signs and tatweel', 'مُحَمَّد عـربي', 'محمد عربي'],
    ['Hebrew points', 'שָׁלוֹם', 'שלום'],
    ['compatibility forms', 'ﬁnance ＮＤＴＶ ①', 'finance ndtv 1'],
  ])('%s', (_, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds decomposed text the same as composed text', () => {
    expect(foldText('Cafe\u0301')).toBe(foldText('Café'));
  });

  it('keeps the marks that are part of a letter, and CJK intact', () => {
    expect(foldText('नमस्ते')).toBe('नमस्ते');
    expect(foldText('がっこう 한국어 東京')).toBe('がっこう 한국어 東京');
  });

  it('leaves plain lowercase text alone', () => {
    expect(foldText('plain words, 42.')).toBe('plain words, 42.');
  });
});
