import type { HighlightTarget } from '../model/annotation';
import { contextSimilarity } from './similarity';

/** A place the quote may now be: [start, end) of the text, `errors` edits away from the stored quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate weighed: each similarity from 0 to 1, and their weighted sum. */
export interface ScoredCandidate extends Candidate {
  quote: number;
  prefix: number;
  suffix: number;
  total: number;
}

// The words themselves weigh most, then each side's context; nearness to the old position only breaks
// near-ties (it can move the total by at most 4 of 94 points).
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, nearness: 4 };
/** Stored context that is empty (the highlight touched the text's edge) says nothing unless the candidate touches it too. */
const NO_CONTEXT = 0.5;

function sideSimilarity(expected: string, text: string, start: number, end: number, side: 'before' | 'after'): number {
  const atEdge = side === 'before' ? start === 0 : end === text.length;
  if (expected.length === 0) return atEdge ? 1 : NO_CONTEXT;
  // Half as much again as the context itself, so inserted words beside the quote still leave the rest to align.
  const reach = expected.length + Math.ceil(expected.length / 2);
  const actual = side === 'before' ? text.slice(Math.max(0, start - reach), start) : text.slice(end, end + reach);
  return contextSimilarity(expected, actual, side);
}

export function scoreCandidate(text: string, target: HighlightTarget, candidate: Candidate): ScoredCandidate {
  const { exact, prefix, suffix } = target.quote;
  // Normalised by the longer of the two, so words typed into a quote cost it less than losing as many of its own.
  const quote = Math.max(0, 1 - candidate.errors / Math.max(exact.length, candidate.end - candidate.start));
  const before = sideSimilarity(prefix, text, candidate.start, candidate.end, 'before');
  const after = sideSimilarity(suffix, text, candidate.start, candidate.end, 'after');
  const nearness = 1 - Math.min(1, Math.abs(candidate.start - target.position.start) / Math.max(1, text.length));
  const total = WEIGHTS.quote * quote + WEIGHTS.prefix * before + WEIGHTS.suffix * after + WEIGHTS.nearness * nearness;
  return { ...candidate, quote, prefix: before, suffix: after, total };
}
