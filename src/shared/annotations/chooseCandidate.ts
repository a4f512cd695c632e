import type { ScoredCandidate } from './scoreCandidate';

/** Below this the words found are not the highlighted words, whatever the context says. */
const MIN_QUOTE_SIMILARITY = 0.5;
/** Quotes this long carry enough evidence on their own when they match well. */
const SELF_EVIDENT_LENGTH = 64;
/** From this long, a good match needs only some agreement of its context. */
const PHRASE_LENGTH = 20;
const GOOD_QUOTE = 0.75;

/**
 * Whether a candidate has evidence enough to move a highlight there. The less the quote says (short,
 * or much edited), the more its context must agree: such a quote is only trusted between the very
 * words it stood between, both sides mostly intact or one side wholly so.
 */
function isSupported(candidate: ScoredCandidate, quoteLength: number): boolean {
  if (candidate.quote < MIN_QUOTE_SIMILARITY) return false;
  const { prefix, suffix } = candidate;
  if (candidate.quote >= GOOD_QUOTE && quoteLength >= SELF_EVIDENT_LENGTH) return true;
  if (candidate.quote >= GOOD_QUOTE && quoteLength >= PHRASE_LENGTH) return (prefix + suffix) / 2 >= 0.5;
  return Math.min(prefix, suffix) >= 0.75 || (Math.max(prefix, suffix) >= 0.9 && Math.min(prefix, suffix) >= 0.5);
}

/** Two candidates are one place when their edges differ by no more than their errors allow (a copy of a repeated passage is another place). */
const samePlace = (a: ScoredCandidate, b: ScoredCandidate) => {
  const tolerance = Math.max(a.errors, b.errors) + 2;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
};

/** A place counts as decisively nearer the old position than another when it is four times nearer, give or take a line. */
const DECISIVELY_NEARER = (near: number, far: number) => 4 * near + 64 <= far;

/**
 * The best-scoring supported candidate when no other place is supported too; null when unsure. Where
 * a passage repeats, scores cannot tell the copies apart (the copy at the old place may be the
 * highlight's own words, edited, while an untouched copy elsewhere scores higher), so only nearness
 * to the old position settles it, and only when one place is decisively nearer than every other.
 */
export function chooseCandidate(candidates: ScoredCandidate[], quoteLength: number, oldStart: number): ScoredCandidate | null {
  const supported = candidates.filter((c) => isSupported(c, quoteLength));
  const best = supported.reduce<ScoredCandidate | null>((top, c) => (!top || c.total > top.total ? c : top), null);
  if (!best) return null;
  if (supported.every((c) => samePlace(c, best))) return best;
  const distance = (c: ScoredCandidate) => Math.abs(c.start - oldStart);
  const nearest = supported.reduce((top, c) => (distance(c) < distance(top) ? c : top));
  const decisive = supported.every((c) => samePlace(c, nearest) || DECISIVELY_NEARER(distance(nearest), distance(c)));
  return decisive ? nearest : null;
}
