import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../../../src/main/core/export/csvCell';

describe('csvCell', () => {
  it('quotes cells holding a quote, comma or line break, doubling the quotes', () => {
    expect(csvCell('plain words')).toBe('plain words');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(false)).toBe('false');
  });

  it('keeps a spreadsheet from reading text as a formula', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", '"\'\rx"']);
    expect(csvCell('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends every row with CRLF', () => {
    expect(csvText([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });
});
