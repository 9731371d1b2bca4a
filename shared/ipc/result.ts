import type { ErrorCode } from '../model/errors';
import { describeError } from '../model/errors';

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: ErrorCode; message: string };
export type Result<T> = Ok<T> | Err;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string): Err {
  return { ok: false, code, message };
}

/** Wraps anything thrown into an `Err`: AppErrors keep their code; the rest become `internal`. */
export function errFrom(error: unknown): Err {
  const { code, message } = describeError(error);
  return err(code, message);
}
