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
