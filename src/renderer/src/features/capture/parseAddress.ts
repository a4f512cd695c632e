export type ParsedAddress = { ok: true; url: string } | { ok: false; message: string };

// "name:" followed by anything but a port number: "mailto:", "file:", "javascript:", "https:".
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

const invalid = (message: string): ParsedAddress => ({ ok: false, message });

/**
 * Reads what was typed into the Save dialog's address field as a web address: http(s) as given,
 * a bare "example.com/story" as https, anything else refused with a sentence saying why.
 */
export function parseAddress(typed: string): ParsedAddress {
  const text = typed.trim();
  if (!text) return invalid('Type or paste the address of the article you want to save.');
  if (/\s/.test(text)) return invalid('A web address has no spaces; check what was pasted.');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return invalid(`Only web pages can be saved from an address (http:// or https://), not “${scheme}:” links.`);
  }
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    return invalid('That does not look like a web address.');
  }
  // Without a scheme, a single word ("news") is a typo far more often than a host on the network.
  if (!scheme && !url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
    return invalid('That does not look like a web address.');
  }
  return { ok: true, url: url.href };
}
