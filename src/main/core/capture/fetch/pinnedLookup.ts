import type { LookupFunction } from 'node:net';
import { blockedAddressError, isPublicAddress } from './addressPolicy';
import type { ResolvedAddress, Resolver } from './fetchOptions';

/**
 * The lookup the connection itself uses: the addresses are checked here and the socket connects to exactly
 * these, so a host name cannot resolve to a public address for a check and a private one for the connection
 * (DNS rebinding). Local addresses are dropped unless allowed; a host left with none is refused.
 */
export function pinnedLookup(resolve: Resolver, allowLocalNetwork: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : null;
        const candidates = family ? found.filter((entry) => entry.family === family) : found;
        const allowed = allowLocalNetwork ? candidates : candidates.filter((entry) => isPublicAddress(entry.address));
        const first = allowed[0];
        if (!first) throw noAddress(hostname, candidates);
        if (options.all) callback(null, allowed);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

function noAddress(hostname: string, found: ResolvedAddress[]): Error {
  if (found[0]) return blockedAddressError(hostname, found[0].address);
  return Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND', hostname });
}
