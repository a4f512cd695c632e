import { describe, expect, it } from 'vitest';
import { SearchRequestSchema } from '../../../../../src/shared/model/search';
import { makeArticle, useSearchLibrary } from './searchLibrary';

const lib = useSearchLibrary();
const article = (n: number, title: string, overrides = {}) => makeArticle(n, { title, ...overrides });

describe('search words', () => {
  it('finds words in any field, whatever their case and accents, the last one as a prefix', async () => {
    await lib.add(
      [article(1, 'Ceasefire talks in Geneva'), 'Diplomats met at the Palais des Nations.'],
      [article(2, 'Café culture', { authors: ['Zoë Brontë'] }), 'The espresso was strong.'],
      [article(3, 'Weather', { siteName: 'Météo', tags: ['climate/storms'] }), 'Rain tomorrow.'],
    );
    expect(await lib.titles('ceasefire')).toEqual(['Ceasefire talks in Geneva']);
    expect(await lib.titles('palais nations')).toEqual(['Ceasefire talks in Geneva']);
    expect(await lib.titles('CAFE')).toEqual(['Café culture']);
    expect(await lib.titles('zoe bronte')).toEqual(['Café culture']);
    expect(await lib.titles('meteo storms')).toEqual(['Weather']);
    expect(await lib.titles('espres')).toEqual(['Café culture']);
    expect(await lib.titles('espres ')).toEqual([]);
  });

  it('matches phrases in order, leaves out NOT terms, and accepts any word of an OR group', async () => {
    await lib.add(
      [article(1, 'One'), 'the white house said the call went well'],
      [article(2, 'Two'), 'the house was white and the call went badly'],
      [article(3, 'Three'), 'a call from the kremlin'],
    );
    expect(await lib.titles('"white house"')).toEqual(['One']);
    expect((await lib.titles('call -white')).sort()).toEqual(['Three']);
    expect((await lib.titles('call -"white house"')).sort()).toEqual(['Three', 'Two']);
    expect((await lib.titles('kremlin OR badly')).sort()).toEqual(['Three', 'Two']);
    expect(await lib.titles('"call went well" OR kremlin')).toHaveLength(2);
  });

  it('forgives one typo in a word of five letters or more, when the word meant is the commoner, ranking exact matches first', async () => {
    await lib.add(
      [article(1, 'Typo only'), 'the ukraine war'],
      [article(2, 'Exact'), 'the ukrane spelling, misspelt on purpose'],
      [article(3, 'Short words'), 'a cat and a war in ukraine'],
      [article(4, 'World'), 'the world and the word'],
    );
    expect(await lib.titles('ukrane ')).toEqual(['Exact', 'Typo only', 'Short words']);
    expect(await lib.titles('world ')).toEqual(['World']); // "would" is rarer: not what was meant
    expect((await lib.titles('ukraien ')).sort()).toEqual(['Short words', 'Typo only']); // two neighbours swapped
    expect(await lib.titles('wrod ')).toEqual([]); // too short to guess
    const page = await lib.add().then((library) => library.search.query(SearchRequestSchema.parse({ query: 'ukrane ' })));
    expect(page.items[0]!.score).toBeGreaterThanOrEqual(1);
    expect(page.items[1]!.score).toBeLessThan(1);
  });

  it('ranks a title or highlight match above a body match', async () => {
    const library = await lib.add(
      [article(1, 'Nothing here'), 'sanctions were discussed at length, and sanctions again'],
      [article(2, 'Sanctions explained'), 'a long text about other things'],
      [article(3, 'Quiet'), 'also about sanctions once'],
    );
    expect(await lib.titles('sanctions')).toEqual(['Sanctions explained', 'Nothing here', 'Quiet']);
    await library.annotations.addHighlight({ articleId: makeArticle(3).id, color: 'yellow', target: { quote: { type: 'TextQuoteSelector', exact: 'about sanctions', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 5, end: 20 }, textHash: `sha256:${'0'.repeat(64)}` } });
    await lib.add();
    expect((await lib.titles('sanctions'))[0]).not.toBe('Nothing here');
    expect((await lib.titles('sanctions')).indexOf('Quiet')).toBeLessThan((await lib.titles('sanctions')).indexOf('Nothing here'));
  });

  it('searches Cyrillic, Greek and CJK text, Chinese one character at a time', async () => {
    await lib.add(
      [article(1, 'Киев'), 'Переговоры о прекращении огня'],
      [article(2, 'Αθήνα'), 'Η Βουλή ψήφισε τον νόμο'],
      [article(3, '東京'), '東京都知事選挙の結果'],
    );
    expect(await lib.titles('переговоры')).toEqual(['Киев']);
    expect(await lib.titles('βουλη')).toEqual(['Αθήνα']);
    expect(await lib.titles('知事')).toEqual(['東京']);
    expect(await lib.titles('事知')).toEqual([]);
  });

  it('refuses a query that does not parse with invalid-query and a message', async () => {
    await lib.add();
    await expect(lib.titles('"unclosed')).rejects.toMatchObject({ code: 'invalid-query', message: expect.any(String) });
  });
});

describe('snippets and marks', () => {
  it('marks the matched words in the original title and text, accents and CJK included', async () => {
    const library = await lib.add(
      [article(1, 'Le café de Zoë'), `${'Intro words. '.repeat(40)}Un CAFÉ crème à Paris, puis encore du café.`],
      [article(2, '大阪の話'), '今日は大阪で会議がありました。'],
    );
    const [hit] = (await library.search.query(SearchRequestSchema.parse({ query: 'cafe' }))).items;
    const marked = (text: string, marks: [number, number][]) => marks.map(([start, end]) => text.slice(start, end));
    expect(marked(hit!.article.title, hit!.titleMarks)).toEqual(['café']);
    expect(hit!.snippet!.field).toBe('body');
    expect(marked(hit!.snippet!.text, hit!.snippet!.marks)).toEqual(['CAFÉ', 'café']);
    expect(hit!.snippet!.text.startsWith('…')).toBe(true);
    const [cjk] = (await library.search.query(SearchRequestSchema.parse({ query: '大阪' }))).items;
    expect(marked(cjk!.snippet!.text, cjk!.snippet!.marks)).toEqual(['大', '阪']);
    expect(marked(cjk!.article.title, cjk!.titleMarks)).toEqual(['大', '阪']);
  });

  it('takes the snippet from a highlight or note before the body, and has none for filters alone', async () => {
    const library = await lib.add([article(1, 'Notes'), 'a body mentioning budgets']);
    await library.annotations.setNote(makeArticle(1).id, 'Remember the budgets vote');
    await lib.add();
    const [hit] = (await library.search.query(SearchRequestSchema.parse({ query: 'budgets' }))).items;
    expect(hit!.snippet).toEqual({ field: 'notes', text: 'Remember the budgets vote', marks: [[13, 20]] });
    const [listed] = (await library.search.query(SearchRequestSchema.parse({ query: 'lang:en' }))).items;
    expect(listed!.snippet).toBeNull();
  });
});
