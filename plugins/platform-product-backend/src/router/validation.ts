import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses `value` with a shared schema; on failure throws an InputError (400) whose message names
 * every offending field, e.g. `Invalid query: toolRef: must be an entity ref`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: 'body' | 'query' | 'path',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map(issue => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}
