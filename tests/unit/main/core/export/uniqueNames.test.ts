import { describe, expect, it } from 'vitest';
import { uniqueNames } from '../../../../../src/main/core/export/uniqueNames';

describe('uniqueNames', () => {
  it('names each title by its slug, numbering repeats whatever their case, in order', () => {
    expect(uniqueNames(['Rivers rise', 'RIVERS RISE!', 'rivers rise', 'Rivers rise 2', '¿?'])).toEqual(['rivers-rise', 'rivers-rise-2', 'rivers-rise-3', 'rivers-rise-2-2', 'article']);
  });
});
