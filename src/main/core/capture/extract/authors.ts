const BY_PREFIX = /^(?:by|written by|words by|reporting by|von|par|por)\s+/i;
/** A date or time trailing a byline ("By Jane Doe, March 25, 2015 3:46 PM"): from the first digit, with a month before it. */
const TRAILING_DATE = /[\s,|·-]*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?\d.*$/i;
/** What is left of "Last updated: 7 January 2025" once the date is gone: a label, not a person. */
const DATE_LABEL = /^(?:last\s+)?(?:updated|published|posted|modified)\b|:$/i;
const SEPARATORS = /\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*/i;

/**
 * Author names as people read them: no "By ", no addresses, one entry per person, first mention first.
 * "Jane Doe and John Roe" and "Jane Doe, John Roe" become two names.
 */
export function cleanAuthors(values: readonly string[]): string[] {
  const names = new Map<string, string>();
  for (const value of values) {
    const text = value.replace(/\s+/g, ' ').trim().replace(BY_PREFIX, '').replace(TRAILING_DATE, '');
    if (/^(?:https?:)?\/\//i.test(text) || text.includes('@')) continue;
    const parts = text.split(SEPARATORS).map((part) => part.replace(BY_PREFIX, '').trim());
    // "Doe, Jane" is one person written surname first: keep it whole.
    const people = parts.length === 2 && !text.includes(' and ') && parts.every((p) => !p.includes(' ')) ? [text] : parts;
    for (const name of people) {
      if (name.length < 2 || name.length > 100 || DATE_LABEL.test(name)) continue;
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    }
  }
  return [...names.values()];
}
