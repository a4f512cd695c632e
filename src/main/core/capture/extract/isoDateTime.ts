const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A page's date as ISO 8601, keeping the offset the page gave ("2024-03-18T10:00:00-04:00"), or
 * the date alone when that is all it said. Other formats that name a zone become UTC. Never guesses:
 * a value that is not a date gives null.
 */
export function toIsoDateTime(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s = '00', frac = '', zone] = iso;
    if (Number.isNaN(Date.parse(`${y}-${mo}-${d}`))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
  }
  // RFC 2822 and friends: only when they carry a zone, or the time would be invented.
  if (!/(?:GMT|UTC|[+-]\d{4}\b|\b[ECMP][SD]T\b)/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
