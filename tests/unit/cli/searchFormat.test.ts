import { describe, expect, it } from 'vitest';
import { markText, PLAIN_STYLE, TERMINAL_STYLE } from '../../../src/cli/format/markText';
import { pointAt } from '../../../src/cli/format/pointAt';

describe('markText', () => {
  it('styles each marked range, in any order', () => {
    expect(markText('peace talks in Doha', [[15, 19], [0, 5]], PLAIN_STYLE)).toBe('«peace» talks in «Doha»');
    expect(markText('yen rose', [[0, 3]], TERMINAL_STYLE)).toBe('\x1b[1myen\x1b[22m rose');
  });

  it('styles touching and overlapping ranges as one, and skips empty ones', () => {
    expect(markText('東京タワー', [[0, 1], [1, 2]], PLAIN_STYLE)).toBe('«東京»タワー');
    expect(markText('ceasefire', [[0, 5], [3, 9], [4, 4]], PLAIN_STYLE)).toBe('«ceasefire»');
  });

  it('leaves a text without marks as it is', () => {
    expect(markText('plain', [], PLAIN_STYLE)).toBe('plain');
  });
});

describe('pointAt', () => {
  it('puts a caret under the character at the position', () => {
    expect(pointAt('gaza is:new', 8)).toBe('  gaza is:new\n          ^');
    expect(pointAt('', 0)).toBe('  \n  ^');
  });

  it('keeps the caret in place past tabs, line breaks and wide characters', () => {
    expect(pointAt('a\tb\nc', 4)).toBe('  a b c\n      ^');
    expect(pointAt('東京 foo:bar', 3)).toBe('  東京 foo:bar\n       ^');
    expect(pointAt('ＮＤＴＶ x', 5)).toBe('  ＮＤＴＶ x\n           ^');
  });
});
