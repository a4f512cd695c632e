import { describe, expect, it } from 'vitest';
import { planAction, toggleAction } from '../../../../src/renderer/src/features/library/articleActions';
import { makeArticle } from '../../../support/makeArticle';

const starred = makeArticle(1, { starred: true, read: true });
const plain = makeArticle(2);
const archived = makeArticle(3, { archived: true });
const trashed = makeArticle(4, { trashedAt: '2025-03-01T00:00:00.000Z' });

describe('planAction', () => {
  it('touches only the articles it changes, so Undo gives each its previous value', () => {
    expect(planAction('star', [starred, plain])).toEqual({
      apply: [{ kind: 'state', ids: [plain.id], patch: { starred: true } }],
      undo: [{ kind: 'state', ids: [plain.id], patch: { starred: false } }],
      done: '1 article starred',
    });
    expect(planAction('unarchive', [archived, plain]).undo).toEqual([{ kind: 'state', ids: [archived.id], patch: { archived: true } }]);
    expect(planAction('read', [starred, plain, archived]).done).toBe('2 articles marked read');
  });

  it('undoes a move to the Trash by restoring, and a restore by trashing again', () => {
    expect(planAction('trash', [plain, trashed])).toEqual({
      apply: [{ kind: 'trash', ids: [plain.id] }],
      undo: [{ kind: 'restore', ids: [plain.id] }],
      done: '1 article moved to the Trash',
    });
    expect(planAction('restore', [plain, trashed]).undo).toEqual([{ kind: 'trash', ids: [trashed.id] }]);
  });
});

describe('toggleAction', () => {
  it('sets a flag unless every article has it already', () => {
    expect(toggleAction('starred', [starred, plain])).toBe('star');
    expect(toggleAction('starred', [starred])).toBe('unstar');
    expect(toggleAction('read', [starred])).toBe('unread');
    expect(toggleAction('archived', [plain])).toBe('archive');
  });
});
