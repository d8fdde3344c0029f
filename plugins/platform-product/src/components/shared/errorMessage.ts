/**
 * The server's own explanation of a failed request (a `ResponseError`'s cause, e.g. "Invalid
 * body: title: …" or "the survey is closed") rather than "Request failed with 400 Bad Request";
 * else the error's message.
 */
export function errorMessage(error: unknown): string {
  const { cause, message } = (error ?? {}) as {
    cause?: unknown;
    message?: string;
  };
  if (cause instanceof Error && cause.message) {
    return cause.message;
  }
  return message || String(error);
}

/** The server refused a change because the item changed (or ended) since it was loaded. */
export const isConflict = (error: unknown) =>
  (error as { response?: { status?: number } })?.response?.status === 409;

/** The server has no such thing (or does not show it to the reader). */
export const isNotFound = (error: unknown) =>
  (error as { response?: { status?: number } })?.response?.status === 404;
