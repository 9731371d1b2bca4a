import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';

/** What a command runs with: its streams and environment, so tests run the command line in-process. */
export interface CliContext {
  version: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called: exit status 2, with the command's usage. */
export class UsageError extends Error {}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Splits options from positional arguments with Node's own parser; an unknown option or a missing value is a UsageError. */
export function readArgs(args: string[], options: OptionSpec): { values: OptionValues; positional: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as OptionValues, positional: parsed.positionals };
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence says what is wrong.
    throw new UsageError(`${(error as Error).message.split('. ')[0].replace(/\.$/, '')}.`);
  }
}

/** A string option's value, or undefined. */
export const text = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};
