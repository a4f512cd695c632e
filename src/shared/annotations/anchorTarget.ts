import type { HighlightTarget } from '../model/annotation';
import { approximateMatches, rivalMatches } from './approximateMatches';
import { chooseCandidate } from './chooseCandidate';
import { exactMatches } from './exactMatches';
import { scoreCandidate, type Candidate } from './scoreCandidate';
import { textHash } from './textHash';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

const anchor = (text: string, exact: string, { start, end }: Candidate): TextAnchor => ({
  start,
  end,
  method: text.slice(start, end) === exact ? 'quote' : 'fuzzy',
});

/**
 * Where a stored highlight is in `text` (the article's normalised text; pass its hash when known):
 * by position when the text is the very one the highlight was made on; else by the exact quote,
 * disambiguated by its context and nearness to the old position; else by an approximate match
 * tolerant of small edits. Null (an orphan) whenever the evidence is weak or two places are about
 * as likely: a highlight is never moved to words that are not its own.
 */
export function anchorTarget(text: string, target: HighlightTarget, hash?: string): TextAnchor | null {
  const { quote, position } = target;
  if ((hash ?? textHash(text)) === target.textHash && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const score = (candidates: Candidate[]) => candidates.map((candidate) => scoreCandidate(text, target, candidate));
  // Verbatim and approximate places are weighed together: an exact copy elsewhere must not win over the
  // highlight's own words, edited, where it was.
  const candidates = score([...exactMatches(text, quote.exact), ...approximateMatches(text, quote, position)]);
  const best = chooseCandidate(candidates, quote.exact.length, position.start);
  if (!best) return null;
  const rivals = score(rivalMatches(text, quote, best));
  return chooseCandidate([...candidates, ...rivals], quote.exact.length, position.start) === best ? anchor(text, quote.exact, best) : null;
}
