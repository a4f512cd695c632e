import type { ImportProgress } from '../../../../shared/model/import';

/** "1 page", "8,000 pages". */
export const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** "about 12 minutes left", "about 2 hours 5 minutes left"; null while there is no pace yet. */
export function timeLeft(etaSeconds: number | null): string | null {
  if (etaSeconds === null) return null;
  const minutes = Math.round(etaSeconds / 60);
  if (minutes < 1) return 'less than a minute left';
  if (minutes < 60) return `about ${plural(minutes, 'minute', 'minutes')} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `about ${plural(hours, 'hour', 'hours')}${rest > 0 ? ` ${plural(rest, 'minute', 'minutes')}` : ''} left`;
}

/**
 * How far the downloads are. While they run: "1,234 of 8,000 pages downloaded · 12 failed". Once idle,
 * what is left: "7,988 pages downloaded · 12 failed · 40 not downloaded yet" (links imported without fetching).
 */
export function progressSummary({ state, fetched, failed, total }: ImportProgress, notFetched: number): string {
  const realFailed = failed - notFetched;
  const parts =
    state === 'idle'
      ? [fetched > 0 ? `${plural(fetched, 'page', 'pages')} downloaded` : null]
      : [`${fetched.toLocaleString()} of ${plural(total, 'page', 'pages')} downloaded`];
  if (realFailed > 0) parts.push(`${realFailed.toLocaleString()} failed`);
  if (notFetched > 0) parts.push(`${notFetched.toLocaleString()} not downloaded yet`);
  return parts.filter(Boolean).join(' · ');
}

/** What a screen reader hears when the downloads change course (not at every page, which would drown it). */
export function progressAnnouncement({ state, fetched, failed, total }: ImportProgress): string {
  if (state === 'running') return `Downloading ${plural(total - fetched - failed, 'page', 'pages')}.`;
  if (state === 'paused') return 'Downloads paused.';
  if (total === 0) return '';
  return failed > 0 ? `Downloads finished; ${failed.toLocaleString()} failed.` : 'Downloads finished.';
}

/** "Import 1 article", "Import 8,000 articles". */
export function importLabel(count: number): string {
  return `Import ${plural(count, 'article', 'articles')}`;
}
