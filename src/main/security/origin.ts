/**
 * `scheme://host[:port]` of a URL, or undefined when it does not parse. Written out by hand because
 * WHATWG `URL.origin` is "null" for custom schemes such as our `app:`, which would make every
 * custom-scheme URL look alike.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}
