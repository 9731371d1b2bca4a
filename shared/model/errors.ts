/**
 * Stable error codes. Tests and the CLI depend on these strings; never rename one.
 * Every failure that reaches a person carries one of these and a sentence in the analyst's words.
 */
export const ERROR_CODES = [
  'empty',
  'unsupported-format',
  'too-large',
  'corrupt',
  'no-text',
  'encrypted',
  'timeout',
  'fetch-failed',
  /** A web address that leads inside the machine or its network (loopback, private, link-local, metadata). */
  'blocked-address',
  'not-found',
  'invalid-input',
  'invalid-file',
  'forbidden',
  'file-locked',
  'canceled',
  /** The browser host is already reading as many uploads as it takes at once. */
  'busy',
  'disk-full',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a stable code and a message an analyst can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Turns anything thrown into a code and a sentence, without leaking stack traces to the analyst. */
export function describeError(error: unknown): { code: ErrorCode; message: string } {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: 'Something went wrong inside Briefwright. Your work is safe; please try again.',
  };
}
