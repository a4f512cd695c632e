import type { TextQuoteSelector } from '../model/annotation';
import type { Candidate } from './scoreCandidate';
import { boundaryDistance } from './similarity';

/** How much of the quote's head and tail, and of its context, decide where an edge lies. */
const EDGE_SPAN = 32;

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * The edges of an approximate match set where the context and the quote's own first and last words
 * fit best: an approximate search may spend its errors on either side of an edge ("tedly use" for
 * "this use" after "reportedly" was typed in). An edge that was at a word boundary stays at one.
 */
export function refineEdges(text: string, quote: TextQuoteSelector, match: Candidate): Candidate {
  const { exact, prefix, suffix } = quote;
  const head = exact.slice(0, EDGE_SPAN);
  const tail = exact.slice(-EDGE_SPAN);
  // An approximate search may misplace an edge by about the length of words typed in beside it, which it pays
  // for with fewer errors (a few substitutions): look twice its errors and a word's length away.
  const reach = Math.min(2 * match.errors + EDGE_SPAN / 2, 2 * EDGE_SPAN + match.errors);
  const startsWord = !isSpace(exact[0]) && (prefix === '' || isSpace(prefix.at(-1)));
  const endsWord = !isSpace(exact.at(-1)) && (suffix === '' || isSpace(suffix[0]));

  const startCost = (at: number) =>
    boundaryDistance(prefix.slice(-EDGE_SPAN), text.slice(Math.max(0, at - EDGE_SPAN * 2), at), 'before') +
    boundaryDistance(head, text.slice(at, at + head.length * 2), 'after');
  const endCost = (at: number) =>
    boundaryDistance(tail, text.slice(Math.max(0, at - tail.length * 2), at), 'before') +
    boundaryDistance(suffix.slice(0, EDGE_SPAN), text.slice(at, at + EDGE_SPAN * 2), 'after');
  const startOk = (at: number) => !isSpace(text[at]) && (!startsWord || at === 0 || isSpace(text[at - 1]));
  const endOk = (at: number) => !isSpace(text[at - 1]) && (!endsWord || at === text.length || isSpace(text[at]));

  const best = (from: number, to: number, ok: (at: number) => boolean, cost: (at: number) => number, fallback: number) => {
    let chosen = fallback;
    let lowest = Infinity;
    for (let at = Math.max(0, from); at <= Math.min(text.length, to); at++) {
      if (!ok(at)) continue;
      const c = cost(at);
      if (c < lowest || (c === lowest && Math.abs(at - fallback) < Math.abs(chosen - fallback))) [chosen, lowest] = [at, c];
    }
    return chosen;
  };
  const start = best(match.start - reach, match.start + reach, startOk, startCost, match.start);
  const end = best(Math.max(start + 1, match.end - reach), match.end + reach, endOk, endCost, match.end);
  return end > start ? { ...match, start, end } : match;
}
