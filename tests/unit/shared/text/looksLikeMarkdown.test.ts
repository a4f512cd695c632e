import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../../../src/shared/text/looksLikeMarkdown';

describe('looksLikeMarkdown', () => {
  it('knows Markdown by a heading, a fence or a link', () => {
    expect(looksLikeMarkdown('Intro\n\n## Part two\n\nMore.')).toBe(true);
    expect(looksLikeMarkdown('```\ncode\n```')).toBe(true);
    expect(looksLikeMarkdown('See [the report](https://example.com/r).')).toBe(true);
  });

  it('needs two kinds of the syntax prose also uses by accident', () => {
    expect(looksLikeMarkdown('Shopping:\n- bread\n- milk')).toBe(false);
    expect(looksLikeMarkdown('> quoted\n\n- item')).toBe(true);
    expect(looksLikeMarkdown('#hashtag and 3. place')).toBe(false);
  });
});
