import { STATUS_CODES } from 'node:http';
import { AppError } from '../../../../shared/ipc/result';

/** One sentence for what went wrong on the way to `url`, for errors that are not already an AppError. */
export function explainFetchError(error: unknown, url: URL): AppError {
  const known = causes(error).find((cause) => cause instanceof AppError);
  if (known) return known;
  const code = causes(error)
    .map((cause) => (cause as { code?: unknown }).code)
    .find((value): value is string => typeof value === 'string');
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return network(`Could not find the host ${url.hostname}.`);
  if (code === 'ECONNREFUSED') return network(`${host} refused the connection.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return network(`${host} cannot be reached from this computer.`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return network(`The connection to ${host} closed before the download finished.`);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new AppError('timeout', `Could not connect to ${host} in time.`);
  if (code?.startsWith('Z_') || code?.startsWith('ERR__')) return network(`The download from ${host} arrived damaged: its compressed data could not be read.`);
  if (code && /CERT|TLS|SSL/.test(code)) return network(`The secure connection to ${host} failed (${code}).`);
  return network(`Could not download from ${host}${code ? ` (${code})` : ''}.`);
}

export function httpStatusError(status: number, url: URL): AppError {
  return network(`The server answered ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd() + ` for ${url.href}.`);
}

const network = (message: string) => new AppError('network', message);

/** The error and the causes it wraps, outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let cause = error; cause != null && chain.length < 8; cause = (cause as { cause?: unknown }).cause) chain.push(cause);
  return chain;
}
