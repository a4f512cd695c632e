import ipaddr from 'ipaddr.js';
import { AppError } from '../../../../shared/ipc/result';

/**
 * Only global unicast addresses are public. Everything else (loopback, private, link-local, CGNAT, multicast,
 * unspecified, reserved, unique-local, and IPv4-mapped forms of those) is this computer or the local network.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The IP address a URL's host names literally (brackets of IPv6 removed), or null for a host name. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(host) ? host : null;
}

export function blockedAddressError(host: string, address: string): AppError {
  const where = host === address ? address : `${host} (${address})`;
  return new AppError(
    'blocked-address',
    `${where} is on this computer or the local network, which saving does not reach unless "Allow the local network" is turned on in Settings.`,
  );
}
