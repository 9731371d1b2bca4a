import type { Handlers, Method } from './contract';
import { contract, isMethod } from './contract';
import type { Result } from './result';
import { err, errFrom, ok } from './result';

/**
 * The one path every front door takes: check the method, validate the input against the contract,
 * run the handler, and answer a Result. Never throws.
 */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return err('not-found', `There is no operation called "${method}".`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    return err('invalid-input', `The request to ${method} was not well formed${where}: ${first?.message ?? 'invalid'}.`);
  }
  try {
    const run = handlers[method as Method] as (input: unknown) => Promise<unknown>;
    return ok(await run(parsed.data));
  } catch (error) {
    return errFrom(error);
  }
}
