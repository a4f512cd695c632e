import { AppError } from '../../../../shared/ipc/result';

/** Parses a user's (or a redirect's) address; only http and https are fetched. */
export function webUrl(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new AppError('unsupported-url', `"${address}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const how = base ? `The page at ${base.href} redirects to a ${url.protocol} address` : `${url.protocol} addresses cannot be saved`;
    throw new AppError('unsupported-url', `${how}; only http and https addresses are fetched.`);
  }
  return url;
}
