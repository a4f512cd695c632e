import type { z } from 'zod';
import type { ImportOrigin } from '../importBatch';
import type { ImportCollector } from '../importCollector';
import { importError } from '../importError';

/**
 * The entries of a JSON export, each checked against its schema. A file that is not a list is refused whole;
 * an entry of the wrong shape becomes a problem naming its index, and the others are still read.
 */
export function* readEntries<T>(json: unknown, schema: z.ZodType<T>, file: string, collector: ImportCollector): Generator<{ value: T; origin: ImportOrigin }> {
  if (!Array.isArray(json)) throw importError({ file }, 'The JSON is not a list of articles, as this export should be.');
  for (const [entry, candidate] of json.entries()) {
    const origin = { file, entry };
    const parsed = schema.safeParse(candidate);
    if (parsed.success) yield { value: parsed.data, origin };
    else collector.problem(origin, `The entry is not an article as this export writes one (${describeIssue(parsed.error)}).`);
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'unexpected shape';
}
