import { InputError } from '@backstage/errors';
import { Request } from 'express';
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

type RequestPart = 'params' | 'query' | 'body';
const PART_NAMES = { params: 'path', query: 'query', body: 'body' } as const;

/**
 * Parses one part of a request with the schema its route declares in the route table
 * (`apiRoutes` of -common, from which the OpenAPI spec is generated), e.g.
 * `parseRequest(apiRoutes.previewDigest, 'query', req)`.
 */
export function parseRequest<
  R extends Partial<Record<RequestPart, z.ZodType>>,
  P extends RequestPart & keyof R,
>(
  route: R,
  part: P,
  req: Pick<Request, RequestPart>,
): z.infer<NonNullable<R[P]> & z.ZodType> {
  const schema = route[part] as NonNullable<R[P]> & z.ZodType;
  return parseInput(schema, req[part], PART_NAMES[part]);
}
