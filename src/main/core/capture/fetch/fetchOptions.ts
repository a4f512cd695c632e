import { lookup } from 'node:dns/promises';

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The limits of one fetch (DESIGN.md §4); tests shrink them to exercise each one quickly. */
export interface FetchLimits {
  /** From the start of a request (connect included) until its response headers arrive. */
  firstByteMs: number;
  /** The whole fetch: every redirect and the body. */
  totalMs: number;
  /** Decoded bytes of a page, after decompression. */
  pageBytes: number;
  /** Decoded bytes of one image. */
  imageBytes: number;
  redirects: number;
}

export interface FetchOptions {
  /** Whether this computer and the local network may be fetched from: the user's setting, refused by default. */
  allowLocalNetwork?: boolean;
  signal?: AbortSignal;
  limits?: Partial<FetchLimits>;
  /** Resolves host names; defaults to the system's resolver. Tests inject one. */
  resolve?: Resolver;
}

export const DEFAULT_LIMITS: FetchLimits = {
  firstByteMs: 10_000,
  totalMs: 30_000,
  pageBytes: 20 * 1024 * 1024,
  imageBytes: 10 * 1024 * 1024,
  redirects: 10,
};

export const USER_AGENT = 'Mozilla/5.0 (compatible; NewsArchive/0.1; +offline reading)';

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};
