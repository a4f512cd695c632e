import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../src/shared/annotations/describeSpan';
import { textHash } from '../../../../src/shared/annotations/textHash';
import { HighlightTargetSchema, QUOTE_CONTEXT } from '../../../../src/shared/model/annotation';

const TEXT = 'The river rose overnight.\nBy morning the bridge on Mill Street was closed to traffic, and the ferry ran all day.';

describe('describeSpan', () => {
  it('stores the exact words, QUOTE_CONTEXT characters each side, the position and the text hash', () => {
    const start = TEXT.indexOf('bridge');
    const target = describeSpan(TEXT, start, start + 'bridge on Mill Street'.length);
    expect(HighlightTargetSchema.parse(target)).toEqual(target);
    expect(target.quote.exact).toBe('bridge on Mill Street');
    expect(target.quote.prefix).toBe(TEXT.slice(start - QUOTE_CONTEXT, start));
    expect(target.quote.suffix).toBe(' was closed to traffic, and the ');
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 21 });
    expect(target.textHash).toBe(textHash(TEXT));
  });

  it('keeps shorter context at the text edges', () => {
    expect(describeSpan(TEXT, 0, 3).quote).toMatchObject({ exact: 'The', prefix: '', suffix: TEXT.slice(3, 3 + QUOTE_CONTEXT) });
    const end = describeSpan(TEXT, TEXT.length - 4, TEXT.length).quote;
    expect(end).toMatchObject({ exact: 'day.', suffix: '', prefix: TEXT.slice(TEXT.length - 4 - QUOTE_CONTEXT, TEXT.length - 4) });
  });

  it('uses a hash it is given instead of computing one', () => {
    expect(describeSpan(TEXT, 0, 3, `sha256:${'0'.repeat(64)}`).textHash).toBe(`sha256:${'0'.repeat(64)}`);
  });

  it('never cuts a surrogate pair in its context', () => {
    const text = `${'🙂'.repeat(20)}word${'🙂'.repeat(20)}`;
    const start = text.indexOf('word');
    const { prefix, suffix } = describeSpan(text, start, start + 4).quote;
    expect(prefix).toBe('🙂'.repeat(16));
    expect(suffix).toBe('🙂'.repeat(16));
    const odd = `${'🙂'.repeat(20)}-word`;
    expect(describeSpan(odd, odd.indexOf('word'), odd.length).quote.prefix).toBe(`${'🙂'.repeat(15)}-`);
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => describeSpan(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => describeSpan(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});
