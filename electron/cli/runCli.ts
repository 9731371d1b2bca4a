import { describeError } from '../../shared/model/errors';
import type { CliContext } from './cliContext';
import { UsageError } from './cliContext';
import type { CommandName } from './usage';
import { COMMAND_USAGE, HELP } from './usage';

type Command = (args: string[], ctx: CliContext) => Promise<number>;

/** Each command loads on demand, so `--help` and `--version` start without loading the core. */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  import: async () => (await import('./importCommand')).importCommand,
  export: async () => (await import('./exportCommand')).exportCommand,
  build: async () => (await import('./buildCommand')).buildCommand,
  compare: async () => (await import('./compareCommand')).compareCommand,
  templates: async () => (await import('./templatesCommand')).templatesCommand,
  feed: async () => (await import('./feedCommand')).feedCommand,
};

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, name);

/** `--help` or `-h` among a command's own arguments (not after `--`). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** The command line, as a function of its arguments, so tests run it in-process too. */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    ctx.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    ctx.stdout.write(`${ctx.version}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    ctx.stderr.write(`briefwright: unknown command "${command}". Try --help.\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    ctx.stdout.write(`usage: ${COMMAND_USAGE[command]}\n`);
    return 0;
  }
  try {
    return await (await COMMANDS[command]())(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`briefwright ${command}: ${error.message}\nusage: ${COMMAND_USAGE[command]}\n`);
      return 2;
    }
    ctx.stderr.write(`briefwright ${command}: ${describeError(error).message}\n`);
    return 1;
  }
}
