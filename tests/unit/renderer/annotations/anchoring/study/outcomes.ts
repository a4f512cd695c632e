import type { AnchorMethod, TextAnchor } from '../../../../../../src/shared/annotations/anchorTarget';
import type { Edit } from './textEdits';

export const OUTCOMES = ['position', 'quote', 'fuzzy', 'orphan', 'wrong'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export interface Span {
  start: number;
  end: number;
}
/** How far each edge of an anchor may stray from where the highlighted words are now. */
export interface Slack {
  start: number;
  end: number;
}

export const NO_SLACK: Slack = { start: 0, end: 0 };

/**
 * An edit right at an edge of a highlight (within one character of it, e.g. a word typed just before
 * its first word, or its last character of punctuation changed) leaves it open whether the changed
 * characters belong to the highlight, so that edge may be off by the edit's size and its separating
 * space. Every other edge must be exact.
 */
export function slackOf(edit: Edit, old: Span): Slack {
  const touches = (edge: number) => edit.site.start <= edge + 1 && edit.site.end >= edge - 1;
  return { start: touches(old.start) ? edit.size + 1 : 0, end: touches(old.end) ? edit.size + 1 : 0 };
}

/** Right (the method that found it), orphaned, or wrong: anchored anywhere but the expected words (allowing the slack). */
export function judge(anchor: TextAnchor | null, expected: Span | null, slack: Slack): Outcome {
  if (!anchor) return 'orphan';
  if (!expected) return 'wrong';
  const right = Math.abs(anchor.start - expected.start) <= slack.start && Math.abs(anchor.end - expected.end) <= slack.end;
  return right ? anchor.method : 'wrong';
}

/** Outcome counts per row (a case, or an edit kind), printed as shares. */
export class OutcomeTable {
  private readonly rows = new Map<string, Record<Outcome, number>>();

  add(row: string, outcome: Outcome): void {
    const counts = this.rows.get(row) ?? { position: 0, quote: 0, fuzzy: 0, orphan: 0, wrong: 0 };
    counts[outcome] += 1;
    this.rows.set(row, counts);
  }

  counts(row: string): Record<Outcome, number> & { total: number } {
    const counts = this.rows.get(row) ?? { position: 0, quote: 0, fuzzy: 0, orphan: 0, wrong: 0 };
    return { ...counts, total: OUTCOMES.reduce((sum, outcome) => sum + counts[outcome], 0) };
  }

  format(): string {
    const width = Math.max(...[...this.rows.keys()].map((row) => row.length), 4);
    const header = `${'case'.padEnd(width)}  ${'n'.padStart(5)}  ${OUTCOMES.map((o) => o.padStart(8)).join('  ')}`;
    const lines = [...this.rows.keys()].map((row) => {
      const counts = this.counts(row);
      const share = (outcome: Outcome) => `${((100 * counts[outcome]) / Math.max(1, counts.total)).toFixed(1)}%`.padStart(8);
      return `${row.padEnd(width)}  ${String(counts.total).padStart(5)}  ${OUTCOMES.map(share).join('  ')}`;
    });
    return [header, ...lines].join('\n');
  }
}

/** Timings of anchorTarget by the method that answered (orphans included). */
export class AnchorTimings {
  private readonly samples = new Map<AnchorMethod | 'orphan', number[]>();

  time(anchor: () => TextAnchor | null): TextAnchor | null {
    const started = performance.now();
    const result = anchor();
    const elapsed = performance.now() - started;
    const key = result?.method ?? 'orphan';
    this.samples.set(key, this.samples.get(key) ?? []);
    this.samples.get(key)!.push(elapsed);
    return result;
  }

  /** The slowest call, in ms. */
  max(): number {
    return Math.max(0, ...[...this.samples.values()].flat());
  }

  format(): string {
    const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return [...this.samples.entries()]
      .map(([method, samples]) => {
        const sorted = [...samples].sort((a, b) => a - b);
        return `  ${method.padEnd(8)} n ${String(sorted.length).padStart(5)}  p50 ${quantile(sorted, 0.5).toFixed(2)} ms  p95 ${quantile(sorted, 0.95).toFixed(2)} ms  max ${sorted.at(-1)!.toFixed(2)} ms`;
      })
      .join('\n');
  }
}
