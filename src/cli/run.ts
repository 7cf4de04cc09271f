// Parses argv, dispatches to a command and maps every error to SPEC's exit codes. No process.* here:
// cli/main.ts passes the environment, streams and signals in.

import { ConfigError, DatabaseError, InputError, UsageError } from '../core/errors.js';
import { EXIT } from '../core/exitCodes.js';
import { redactSecrets } from '../core/redact.js';
import { parseCommandArgs, usageOf, type Command } from './command.js';
import { CommandContext, type CliIo } from './context.js';
import { addCommand, importCommand, listCommand, removeCommand, showCommand, trackCommand, untrackCommand } from './commands/companies.js';
import { enqueueCommand, migrateCommand, pruneCommand } from './commands/maintenance.js';
import { queueAddCommand, queueListCommand, queueResetStuckCommand, queueRetryCommand } from './commands/queue.js';
import { statusCommand } from './commands/status.js';
import { tickCommand } from './commands/tick.js';
import { usersAddCommand, usersListCommand } from './commands/users.js';

export const COMMANDS: readonly Command[] = [
  tickCommand, enqueueCommand, statusCommand,
  importCommand, addCommand, listCommand, showCommand, removeCommand, trackCommand, untrackCommand,
  usersAddCommand, usersListCommand,
  queueListCommand, queueRetryCommand, queueResetStuckCommand, queueAddCommand,
  migrateCommand, pruneCommand,
];

const GROUPS = [...new Set(COMMANDS.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0]!))];

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: scoutly COMMAND [options]     (jobs-tick = scoutly tick)

Scoutly watches the careers pages of the companies you rank and tells you about new openings that fit your CV.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(/(?<=\.) /)[0]}`).join('\n')}

Run \`scoutly COMMAND --help\` for a command's options. Configuration comes from the environment and
./.env (see README.md); times are printed in UTC.
`;
}

function groupUsage(group: string): string {
  const members = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  return `Usage:\n${members.map((c) => `  scoutly ${c.synopsis}`).join('\n')}\n\nRun \`scoutly ${group} SUBCOMMAND --help\` for details.\n`;
}

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | { group: string } | null {
  const [first, second] = argv;
  if (first === undefined) return null;
  if (GROUPS.includes(first)) {
    const command = COMMANDS.find((c) => c.name === `${first} ${second}`);
    return command ? { command, rest: argv.slice(2) } : { group: first };
  }
  const command = COMMANDS.find((c) => c.name === first);
  return command ? { command, rest: argv.slice(1) } : null;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const err = (text: string) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  const [first] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    (first === undefined ? err : (t: string) => io.stdout.write(t))(mainUsage());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write('scoutly 0.1.0\n');
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    err(`scoutly: unknown command "${first}"\n\n${mainUsage()}`);
    return EXIT.usage;
  }
  if ('group' in found) {
    const sub = argv[1];
    const wantsHelp = sub === undefined || sub === '--help' || sub === '-h' || sub === 'help';
    if (wantsHelp && sub !== undefined) {
      io.stdout.write(groupUsage(found.group));
      return EXIT.ok;
    }
    err(`${sub === undefined ? `scoutly ${found.group}: which one?` : `scoutly: unknown command "${found.group} ${sub}"`}\n\n${groupUsage(found.group)}`);
    return EXIT.usage;
  }

  const ctx = new CommandContext(io);
  try {
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values.help) {
      io.stdout.write(usageOf(found.command));
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (e) {
    return reportError(e, found.command, ctx, err);
  } finally {
    ctx.close();
  }
}

function reportError(e: unknown, command: Command, ctx: CommandContext, err: (t: string) => void): number {
  const secrets = safeSecrets(ctx);
  const say = (text: string) => err(redactSecrets(text, secrets));
  if (e instanceof UsageError) {
    say(`scoutly ${command.name}: ${e.message}\n\n${e.usage ?? usageOf(command)}`);
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    say(`scoutly ${command.name}: ${e.message}`);
    return EXIT.usage;
  }
  if (e instanceof ConfigError) {
    say(`scoutly: configuration error (fix the environment or .env):\n${e.problems.map((p) => `  ${p.variable} ${p.message}`).join('\n')}`);
    return EXIT.config;
  }
  if (e instanceof DatabaseError || (e as { name?: string })?.name === 'SqliteError') {
    say(`scoutly: database error: ${(e as Error).message}`);
    return EXIT.database;
  }
  say(`scoutly: internal error (a bug; please report it): ${(e as Error)?.stack ?? String(e)}`);
  return EXIT.internal;
}

function safeSecrets(ctx: CommandContext): string[] {
  try {
    return ctx.config.gemini.apiKey ? [ctx.config.gemini.apiKey] : [];
  } catch {
    return [];
  }
}
