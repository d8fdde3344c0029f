import { useCallback, useState } from 'react';
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

/**
 * A form's view of its last submit: `capture` runs the submit and, on a 400, keeps the server's
 * message per field in `errors` for the form to show next to each field (and rethrows).
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const capture = useCallback(async <T>(submit: () => Promise<T>) => {
    setErrors({});
    try {
      return await submit();
    } catch (e) {
      setErrors(fieldErrors(e));
      throw e;
    }
  }, []);
  return { errors, capture };
}

/** Whether every field the error names is among `shown`: then the form shows it all. */
export function showsAllFieldErrors(error: unknown, shown: string[]): boolean {
  const fields = Object.keys(fieldErrors(error));
  return fields.length > 0 && fields.every(field => shown.includes(field));
}
