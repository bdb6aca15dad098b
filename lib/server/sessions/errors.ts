/** A failure to report to the client as a 4xx JSON error with a clear message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const sessionNotFound = () => new ApiError(404, "session not found");
