// String.fromCharCode takes its bytes as arguments; chunks keep that well under the engine's argument limit.
const CHUNK = 0x8000;

/** The bytes as base64, the way a file crosses the bridge as JSON. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}
