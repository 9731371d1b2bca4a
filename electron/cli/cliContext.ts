import { openLibrary } from '../services/library';
import type { Library } from '../services/library';
import { libraryFolder } from '../services/libraryPaths';

export interface CliContext {
  version: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

export function cliLibrary(ctx: CliContext): Library {
  return openLibrary(libraryFolder(ctx.env), (p) => ctx.stderr.write(`Moved aside an unreadable file: ${p.file} (${p.reason})\n`));
}

/** Splits `--flag value` options from positional arguments. */
export function parseArgs(args: string[], valued: string[], flags: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [null, undefined];
    if (name !== null && valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      options[name] = value;
    } else if (name !== null && flags.includes(name)) {
      options[name] = true;
    } else if (name !== null) {
      throw new UsageError(`unknown option --${name}.`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export class UsageError extends Error {}
