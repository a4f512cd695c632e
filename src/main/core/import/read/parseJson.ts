import { importError } from '../importError';

/** Keys that reach an object's prototype when copied with spread or assignment. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON from an untrusted export. A file with a `__proto__`, `constructor` or `prototype` key is refused whole:
 * no export we read has them, so they can only be an attack, and refusing keeps them out of every object.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) throw importError({ file, line: lineOfKey(text, error.key) }, `The file holds a "${error.key}" key, which no export has; it was refused.`);
    if (error instanceof SyntaxError) throw importError({ file, line: lineOfSyntaxError(text, error.message) }, `The JSON is damaged: ${syntaxProblem(error.message)}.`);
    throw error;
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** The line the first `"key":` is on. */
function lineOfKey(text: string, key: string): number | undefined {
  const at = text.search(new RegExp(`"${key}"\\s*:`));
  return at === -1 ? undefined : lineAt(text, at);
}

/** V8 names the position of a syntax error, or quotes the text around it. */
function lineOfSyntaxError(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  const quoted = /, "(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/.exec(message)?.[1];
  const at = quoted ? text.indexOf(quoted) : -1;
  return at === -1 || !quoted ? undefined : lineAt(text, at + Math.floor(quoted.length / 2));
}

/** The reason without V8's position or quoted text, which the line already gives. */
const syntaxProblem = (message: string): string =>
  message.replace(/ in JSON at position \d+.*$/s, '').replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/\.$/, '');

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;
