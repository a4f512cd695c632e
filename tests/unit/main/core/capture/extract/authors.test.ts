import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../../../../src/main/core/capture/extract/authors';

describe('cleanAuthors', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Doe, Jane', ['Doe, Jane']],
    ['By Mara Lindqvist, 12 March 2025', ['Mara Lindqvist']],
    ['By Nathan Willis March 25, 2015', ['Nathan Willis']],
    ['by Lucas Nolan22 Dec 2016', ['Lucas Nolan']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['GILLIAN MOHNEY']],
    ['Last Updated: January 7, 2025', []],
    ['https://example.com/authors/jane', []],
  ])('reads "%s" as its people', (byline, people) => {
    expect(cleanAuthors([byline])).toEqual(people);
  });

  it('keeps one entry per person, first spelling first', () => {
    expect(cleanAuthors(['Jane Doe', 'JANE DOE', 'By John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });
});
