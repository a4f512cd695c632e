import { parseQuery } from '../../../../shared/search/parseQuery';

/** What a search that found nothing could drop to find more, said in a sentence. */
export function looserSearch(query: string): string {
  const parsed = parseQuery(query);
  if (!parsed.ok) return 'Try fewer words.';
  const { must, not, filters } = parsed.query;
  const filtered = Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null));
  const ways = [
    must.length > 1 ? 'fewer words' : null,
    filtered ? 'removing a filter (tag:, is:, before:…)' : null,
    not.length > 0 ? 'removing an exclusion (-word)' : null,
  ].filter(Boolean);
  return ways.length > 0 ? `Try ${ways.join(', or ')}.` : 'Try another word, or the start of one.';
}
