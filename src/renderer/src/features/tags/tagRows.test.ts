import { describe, expect, it } from 'vitest';
import type { TagNode } from '../../../../shared/model/tag';
import { tagRows } from './tagRows';

const node = (name: string, total: number, children: TagNode[] = []): TagNode => ({ name, color: null, count: 0, total, children });

describe('tagRows', () => {
  it('lists parents before their children, each indented by depth and labelled by its last part', () => {
    const tree = [node('ukraine', 3, [node('ukraine/ceasefire', 1, [node('ukraine/ceasefire/talks', 1)])]), node('climate', 2)];
    expect(tagRows(tree).map(({ name, label, depth, total }) => [name, label, depth, total])).toEqual([
      ['ukraine', 'ukraine', 0, 3],
      ['ukraine/ceasefire', 'ceasefire', 1, 1],
      ['ukraine/ceasefire/talks', 'talks', 2, 1],
      ['climate', 'climate', 0, 2],
    ]);
  });
});
