import { describe, expect, it } from 'vitest';
import type { TagNode } from '../../../../src/shared/model/tag';
import { chooseTag, flattenTags, MAX_SUGGESTIONS, suggestTags } from '../../../../src/renderer/src/features/tags/tagSuggestions';

const node = (name: string, count: number, children: TagNode[] = []): TagNode => ({ name, color: null, count, total: count, children });
const tree = [node('Ukraine', 4, [node('Ukraine/ceasefire', 2)]), node('climate', 3), node('food', 1)];
const flat = flattenTags(tree);
const names = (tags: TagNode[]) => tags.map((tag) => tag.name);

describe('flattenTags', () => {
  it('lists every tag, parents before their children', () => {
    expect(names(flat)).toEqual(['Ukraine', 'Ukraine/ceasefire', 'climate', 'food']);
  });
});

describe('suggestTags', () => {
  it('matches anywhere in the name whatever the case, earlier matches first', () => {
    expect(names(suggestTags(flat, 'CEASE', []))).toEqual(['Ukraine/ceasefire']);
    expect(names(suggestTags(flat, 'a', []))).toEqual(['Ukraine', 'Ukraine/ceasefire', 'climate']);
  });

  it('leaves out the tags the articles already carry, whatever their case', () => {
    expect(names(suggestTags(flat, 'ukr', ['ukraine']))).toEqual(['Ukraine/ceasefire']);
  });

  it('offers a handful at most', () => {
    const many = Array.from({ length: 20 }, (_, index) => node(`tag ${index}`, 1));
    expect(suggestTags(many, 'tag', [])).toHaveLength(MAX_SUGGESTIONS);
  });
});

describe('chooseTag', () => {
  const suggestions = suggestTags(flat, 'ukr', []);

  it('adds the highlighted suggestion', () => {
    expect(chooseTag('ukr', suggestions, 1)).toEqual({ name: 'Ukraine/ceasefire' });
  });

  it('creates the typed name, trimmed, when nothing is highlighted', () => {
    expect(chooseTag('  ukraine/grain ', suggestions, -1)).toEqual({ name: 'ukraine/grain' });
  });

  it('refuses a name that is no name, in the words the core uses', () => {
    expect(chooseTag('   ', [], -1)).toEqual({ problem: 'A tag needs a name.' });
    expect(chooseTag('ukraine/', [], -1)).toEqual({ problem: 'A tag name cannot start or end with "/".' });
    expect(chooseTag('x'.repeat(101), [], -1)).toEqual({ problem: 'A tag name can be at most 100 characters long.' });
  });
});
