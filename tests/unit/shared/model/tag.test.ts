import { describe, expect, it } from 'vitest';
import { inBranch, normalizeTags, parentTagName, TagNameSchema, tagNameProblem } from '../../../../src/shared/model/tag';

describe('tag names', () => {
  it('are trimmed, keeping their spelling', () => {
    expect(TagNameSchema.parse('  Ukraine/Ceasefire ')).toBe('Ukraine/Ceasefire');
  });

  it.each([
    ['', 'A tag needs a name.'],
    ['a'.repeat(101), 'A tag name can be at most 100 characters long.'],
    ['line\nbreak', 'A tag name cannot contain control characters (such as tabs or line breaks).'],
    ['a//b', 'Each part of a tag name between "/" needs a name.'],
    ['a/ /b', 'Each part of a tag name between "/" needs a name.'],
    ['/a', 'A tag name cannot start or end with "/".'],
    ['a/', 'A tag name cannot start or end with "/".'],
  ])('refuses %j with a clear message', (name, message) => {
    expect(tagNameProblem(name)).toBe(message);
  });

  it('accepts 100 characters and names in any script', () => {
    expect(tagNameProblem('a'.repeat(100))).toBeUndefined();
    expect(tagNameProblem('Україна/перемир’я')).toBeUndefined();
  });

  it('are told apart without regard to case, first spelling kept', () => {
    expect(normalizeTags([' Europe ', 'europe', '', 'EUROPE/Kyiv', 'europe/kyiv'])).toEqual(['Europe', 'EUROPE/Kyiv']);
  });
});

describe('tag hierarchy', () => {
  it('makes a name with "/" the child of the part before it', () => {
    expect(parentTagName('ukraine/ceasefire/talks')).toBe('ukraine/ceasefire');
    expect(parentTagName('ukraine')).toBeUndefined();
  });

  it('counts a tag and its descendants, whatever the case, as its branch', () => {
    const ukraine = inBranch('Ukraine');
    expect(['ukraine', 'UKRAINE/ceasefire', 'ukraine/a/b'].every(ukraine)).toBe(true);
    expect(['ukrainenews', 'russia/ukraine', 'ukrain'].some(ukraine)).toBe(false);
  });
});
