import { errorMessage } from './errorMessage';

const INVALID = /^Invalid (?:body|query): (.+)$/s;
const FIELD = /^([A-Za-z][\w.]*): (.+)$/s;

/**
 * The server's 400 answer split by field, to show each message next to its field instead of the
 * raw "Invalid body: nomineeRef: must be an entity ref; reason: is required": `{ nomineeRef:
 * 'must be an entity ref', reason: 'is required' }`. Nested fields keep their path
 * (`criteria.0.reviewDate`). Empty when the error names no field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const match = INVALID.exec(errorMessage(error));
  if (!match) {
    return {};
  }
  return Object.fromEntries(
    match[1].split('; ').flatMap(problem => {
      const field = FIELD.exec(problem);
      return field ? [[field[1], field[2]]] : [];
    }),
  );
}
