import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../../src/shared/annotations/anchorTarget';
import { describeSpan } from '../../../../src/shared/annotations/describeSpan';

const STORY = [
  'Floodwater closed the bridge on Mill Street early on Tuesday, the council said.',
  'Engineers will inspect the pillars once the river falls, which could take a week.',
  'Residents on the east bank were told to use the ferry, which will run every twenty minutes until the bridge reopens.',
  'The mayor said the town had not seen such a flood since 1998.',
].join('\n');

/** The target of the first occurrence of `words` in `text`. */
function targetOf(text: string, words: string) {
  const start = text.indexOf(words);
  return describeSpan(text, start, start + words.length);
}

const wordsAt = (text: string, anchor: { start: number; end: number } | null) => anchor && text.slice(anchor.start, anchor.end);

describe('anchorTarget', () => {
  it('anchors by position over the very text the highlight was made on', () => {
    const target = targetOf(STORY, 'the ferry');
    expect(anchorTarget(STORY, target)).toEqual({ start: target.position.start, end: target.position.end, method: 'position' });
  });

  it('does not trust the position when the text at it is not the quote, even if the hash claims so', () => {
    const target = targetOf(STORY, 'the ferry');
    const edited = `Updated. ${STORY}`;
    const anchor = anchorTarget(edited, target, target.textHash);
    expect(anchor?.method).toBe('quote');
    expect(wordsAt(edited, anchor)).toBe('the ferry');
    expect(anchor?.start).toBe(edited.indexOf('the ferry'));
  });

  it('finds the exact quote when a paragraph is added above', () => {
    const target = targetOf(STORY, 'inspect the pillars');
    const edited = `A new opening paragraph.\n${STORY}`;
    expect(anchorTarget(edited, target)).toEqual({ start: edited.indexOf('inspect the pillars'), end: edited.indexOf('inspect the pillars') + 19, method: 'quote' });
  });

  it('tells repeated words apart by their context', () => {
    const start = STORY.indexOf('the bridge reopens');
    const target = describeSpan(STORY, start, start + 'the bridge'.length);
    const edited = STORY.replace('Floodwater', 'High water');
    expect(anchorTarget(edited, target)).toEqual({ start: edited.indexOf('the bridge reopens'), end: edited.indexOf('the bridge reopens') + 10, method: 'quote' });
  });

  describe('where a passage repeats', () => {
    const line = 'For more, you can read the full statement from the town council on its website.';
    const text = `${STORY}\n${line}\nMeanwhile.\n${line}`;
    const start = text.lastIndexOf('statement');
    const target = describeSpan(text, start, start + 'statement'.length);

    it('takes the copy decisively nearer the old position', () => {
      const edited = text.replace('Floodwater', 'Water');
      expect(anchorTarget(edited, target)).toEqual({ start: start - 5, end: start - 5 + 9, method: 'quote' });
    });

    it('refuses to choose when neither copy is decisively nearer', () => {
      const edited = `${'A new paragraph of news. '.repeat(30)}\n${text}`;
      expect(anchorTarget(edited, target)).toBeNull();
    });

    it('prefers its own words, edited, at the old place over an untouched copy elsewhere', () => {
      const edited = `${text.slice(0, start)}state-ment${text.slice(start + 9)}`;
      expect(anchorTarget(edited, target)).toEqual({ start, end: start + 10, method: 'fuzzy' });
      expect(anchorTarget(`${'A new paragraph of news. '.repeat(30)}\n${edited}`, target)).toBeNull();
    });
  });

  it('re-anchors a longer quote approximately after words are inserted and punctuation changes', () => {
    const words = 'Residents on the east bank were told to use the ferry';
    const target = targetOf(STORY, words);
    const edited = STORY.replace('east bank were told', 'east bank of the river were told').replace('the ferry,', 'the ferry;');
    const anchor = anchorTarget(edited, target);
    expect(anchor?.method).toBe('fuzzy');
    expect(wordsAt(edited, anchor)).toBe('Residents on the east bank of the river were told to use the ferry');
  });

  it('re-anchors a short quote edited inside only between its unchanged context', () => {
    const target = targetOf(STORY, 'Mill Street');
    const edited = STORY.replace('Mill Street', 'Mill Road Street');
    expect(wordsAt(edited, anchorTarget(edited, target))).toBe('Mill Road Street');
    const rewritten = edited.replace('early on Tuesday, the council said', 'at dawn, police reported');
    expect(anchorTarget(rewritten, target)).toBeNull();
  });

  it('orphans a short quote whose surroundings are gone, rather than guess', () => {
    const target = targetOf(STORY, 'the river');
    const edited = STORY.replace('once the river falls, which could take a week', 'soon');
    expect(anchorTarget(`${edited}\nWe walked by the river later.`, target)).toBeNull();
  });

  it('orphans a highlight whose words were deleted or rewritten', () => {
    const target = targetOf(STORY, 'which will run every twenty minutes');
    expect(anchorTarget(STORY.replace(', which will run every twenty minutes', ''), target)).toBeNull();
    expect(anchorTarget(STORY.replace('which will run every twenty minutes', 'that sails hourly'), target)).toBeNull();
  });
});
