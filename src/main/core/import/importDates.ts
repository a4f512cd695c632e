/** Dates as exports write them, as ISO 8601 with offset (UTC), or null when absent or unreadable. */

/** Unix seconds (Pocket, Instapaper), or milliseconds when the number is too large to be seconds. */
export function fromUnixTime(text: string | undefined): string | null {
  const value = text?.trim();
  if (!value || !/^\d+(\.\d+)?$/.test(value)) return null;
  const number = Number(value);
  const milliseconds = number > 1e11 ? number : number * 1000;
  return iso(new Date(milliseconds));
}

/** A date string with or without offset (`2024-03-01T10:00:00+01:00`, `2024-03-01 10:00:00+00:00`), or unix time. */
export function fromDateText(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return fromUnixTime(value);
  // A date without offset is taken as UTC, not the importing machine's zone, so results do not depend on it.
  const withZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) || !/\d\d:\d\d/.test(value) ? value : `${value}Z`;
  return iso(new Date(withZone.replace(' ', 'T')));
}

function iso(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
