/**
 * Only plain web addresses may leave the app for the system browser: `file:`, `javascript:`,
 * custom schemes and the like could run programs or read local files.
 */
export function isExternalWebUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
}
