import { AppError } from '../../shared/model/errors';

/** The stable code a promise fails with ("no error" when it succeeds); for tests and callers that branch on codes. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}
