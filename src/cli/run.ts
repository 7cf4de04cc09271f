// Parses argv, dispatches to a command and maps every error to SPEC's exit codes. No process.* here:
// cli/main.ts passes the environment, streams and signals in.

import { ConfigError, DatabaseError, InputError, UsageError } from '../core/errors.js';
import { EXIT } from '../core/exitCodes.js';
import { redactSecrets } from '../core/redact.js';
import { escapeControls } from '../core/text.js';
import { secretValues } from '../config/config.js';
import { parseCommandArgs, usageOf, type Command } from './command.js';
import { CommandContext, type CliIo } from './context.js';
import { defaultLogFormat } from '../core/log.js';

type Loader = () => Promise<Command>;

/** Commands load on demand: a tick must not pay for the import/CSV/validation code of other commands. */
const COMMAND_LOADERS: Record<string, Loader> = {
  tick: () => import('./commands/tick.js').then((m) => m.tickCommand),
  enqueue: () => import('./commands/maintenance.js').then((m) => m.enqueueCommand),
  status: () => import('./commands/status.js').then((m) => m.statusCommand),
  'companies import': () => import('./commands/companies.js').then((m) => m.importCommand),
  'companies add': () => import('./commands/companies.js').then((m) => m.addCommand),
  'companies list': () => import('./commands/companies.js').then((m) => m.listCommand),
  'companies show': () => import('./commands/companies.js').then((m) => m.showCommand),
  'companies set-source': () => import('./commands/companies.js').then((m) => m.setSourceCommand),
  'companies set-render': () => import('./commands/companies.js').then((m) => m.setRenderCommand),
  'companies remove': () => import('./commands/companies.js').then((m) => m.removeCommand),
  track: () => import('./commands/companies.js').then((m) => m.trackCommand),
  untrack: () => import('./commands/companies.js').then((m) => m.untrackCommand),
  'users add': () => import('./commands/users.js').then((m) => m.usersAddCommand),
  'users list': () => import('./commands/users.js').then((m) => m.usersListCommand),
  'users show': () => import('./commands/users.js').then((m) => m.usersShowCommand),
  'users set-profile': () => import('./commands/users.js').then((m) => m.usersSetProfileCommand),
  'users set-password': () => import('./commands/users.js').then((m) => m.usersSetPasswordCommand),
  'users token': () => import('./commands/users.js').then((m) => m.usersTokenCommand),
  'queue list': () => import('./commands/queue.js').then((m) => m.queueListCommand),
  'queue retry': () => import('./commands/queue.js').then((m) => m.queueRetryCommand),
  'queue reset-stuck': () => import('./commands/queue.js').then((m) => m.queueResetStuckCommand),
  'queue add': () => import('./commands/queue.js').then((m) => m.queueAddCommand),
  'postings list': () => import('./commands/postings.js').then((m) => m.postingsListCommand),
  probe: () => import('./commands/postings.js').then((m) => m.probeCommand),
  'matches list': () => import('./commands/matches.js').then((m) => m.matchesListCommand),
  'matches export': () => import('./commands/matches.js').then((m) => m.matchesExportCommand),
  'matches set': () => import('./commands/matches.js').then((m) => m.matchesSetCommand),
  'matches explain': () => import('./commands/matches.js').then((m) => m.matchesExplainCommand),
  'seed-demo': () => import('./commands/demo.js').then((m) => m.seedDemoCommand),
  notify: () => import('./commands/notify.js').then((m) => m.notifyCommand),
  report: () => import('./commands/report.js').then((m) => m.reportCommand),
  doctor: () => import('./commands/doctor.js').then((m) => m.doctorCommand),
  backup: () => import('./commands/maintenance.js').then((m) => m.backupCommand),
  migrate: () => import('./commands/maintenance.js').then((m) => m.migrateCommand),
  prune: () => import('./commands/maintenance.js').then((m) => m.pruneCommand),
  web: () => import('./commands/web.js').then((m) => m.webCommand),
  'web setup-link': () => import('./commands/web.js').then((m) => m.webSetupLinkCommand),
};

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_LOADERS);

const GROUPS = [...new Set(COMMAND_NAMES.filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!))];

async function loadCommands(names: readonly string[]): Promise<Command[]> {
  return Promise.all(names.map((n) => COMMAND_LOADERS[n]!()));
}

export async function mainUsage(): Promise<string> {
  const commands = await loadCommands(COMMAND_NAMES);
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: scoutly COMMAND [options]     (jobs-tick = scoutly tick)

Scoutly watches the careers pages of the companies you rank and tells you about new openings that fit your CV.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(/(?<=\.) /)[0]}`).join('\n')}

Run \`scoutly COMMAND --help\` for a command's options. Configuration comes from the environment and
./.env (see README.md); times are printed in UTC.
`;
}

async function groupUsage(group: string): Promise<string> {
  const members = await loadCommands(COMMAND_NAMES.filter((n) => n.startsWith(`${group} `)));
  return `Usage:\n${members.map((c) => `  scoutly ${c.synopsis}`).join('\n')}\n\nRun \`scoutly ${group} SUBCOMMAND --help\` for details.\n`;
}

async function findCommand(argv: readonly string[]): Promise<{ command: Command; rest: string[] } | { group: string } | null> {
  const [first, second] = argv;
  if (first === undefined) return null;
  if (GROUPS.includes(first)) {
    const load = COMMAND_LOADERS[`${first} ${second}`];
    if (load) return { command: await load(), rest: argv.slice(2) };
    // `scoutly web` is a command and the head of `scoutly web setup-link`.
    const self = COMMAND_LOADERS[first];
    return self ? { command: await self(), rest: argv.slice(1) } : { group: first };
  }
  const load = COMMAND_LOADERS[first];
  return load ? { command: await load(), rest: argv.slice(1) } : null;
}

/**
 * Writes failures to stderr; under journald every line carries the error priority (`<3>`), so
 * `journalctl -p warning` shows why a run exited 64, 70, 74 or 78.
 */
function errorWriter(io: CliIo): (text: string) => void {
  const journal = (io.env.SCOUTLY_LOG_FORMAT || defaultLogFormat(io.env, () => io.isTTY)) === 'journal';
  return (text: string) => {
    const lines = text.replace(/(?<!\n)\n+$/, '').split('\n');
    // Messages quote what was typed or read (a name, a value): shown, never obeyed.
    io.stderr.write(`${lines.map((l) => escapeControls(l)).map((l) => (journal ? `<3>${l}` : l)).join('\n')}\n`);
  };
}

/** Where the settings came from, for the message that asks to fix one. */
function settingsPlaces(env: Readonly<Record<string, string | undefined>>): string {
  const unitFile = env.SCOUTLY_ENV_FILE;
  return unitFile ? `${unitFile} (the unit's EnvironmentFile) or the environment` : 'the environment or ./.env';
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const err = errorWriter(io);
  const [first] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    (first === undefined ? err : (t: string) => io.stdout.write(t))(await mainUsage());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write('scoutly 0.1.0\n');
    return EXIT.ok;
  }
  const found = await findCommand(argv);
  if (!found) {
    err(`scoutly: unknown command "${first}"\n\n${await mainUsage()}`);
    return EXIT.usage;
  }
  if ('group' in found) {
    const sub = argv[1];
    const wantsHelp = sub === undefined || sub === '--help' || sub === '-h' || sub === 'help';
    if (wantsHelp && sub !== undefined) {
      io.stdout.write(await groupUsage(found.group));
      return EXIT.ok;
    }
    err(`${sub === undefined ? `scoutly ${found.group}: which one?` : `scoutly: unknown command "${found.group} ${sub}"`}\n\n${await groupUsage(found.group)}`);
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
    say(`scoutly: configuration error (fix it in ${settingsPlaces(ctx.io.env)}):\n${e.problems.map((p) => `  ${p.variable} ${p.message}`).join('\n')}`);
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
    return secretValues(ctx.config);
  } catch {
    return [];
  }
}
