// `scoutly matches list|export|set`: the saved matches and where each application stands.

import { EXIT } from '../../core/exitCodes.js';
import { InputError, UsageError } from '../../core/errors.js';
import { parseDuration } from '../../core/duration.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../db/enums.js';
import { listMatches, setMatchStatus, type MatchRow } from '../../matches/repo.js';
import { stringFlag, usageOf, type Command, type ParsedArgs } from '../command.js';
import type { CommandContext } from '../context.js';
import { isoTime, table, truncate } from '../format.js';

const FILTER_OPTIONS = { user: { type: 'string' }, 'min-score': { type: 'string' }, since: { type: 'string' }, status: { type: 'string' } } as const;
const FILTER_HELP = `  --user EMAIL     one user's matches
  --min-score N    only scores at or above N (0–100)
  --since 7d       only matches saved within this long (90s, 12h, 7d …)
  --status S       one application status: ${APPLICATION_STATUSES.join(', ')}`;

function filters(args: ParsedArgs, ctx: CommandContext, command: Command) {
  const minRaw = stringFlag(args, 'min-score');
  const min = minRaw === undefined ? undefined : Number(minRaw);
  if (min !== undefined && (!Number.isInteger(min) || min < 0 || min > 100)) throw new UsageError('--min-score takes a whole number from 0 to 100', usageOf(command));
  const sinceRaw = stringFlag(args, 'since');
  const since = sinceRaw === undefined ? undefined : parseDuration(sinceRaw);
  if (since === null) throw new UsageError(`--since takes a duration such as 7d or 12h, got "${sinceRaw}"`, usageOf(command));
  const status = stringFlag(args, 'status');
  if (status && !(APPLICATION_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status takes one of ${APPLICATION_STATUSES.join(', ')}`, usageOf(command));
  }
  const user = stringFlag(args, 'user');
  return { ...(user ? { user } : {}), ...(min !== undefined ? { minScore: min } : {}), ...(since !== undefined ? { sinceMs: ctx.now() - since } : {}), ...(status ? { status } : {}) };
}

export const matchesListCommand: Command = {
  name: 'matches list',
  summary: 'List saved matches (analyses at or above SCOUTLY_MIN_SCORE), best first.',
  synopsis: 'matches list [--user EMAIL] [--min-score N] [--since 7d] [--status S] [--json]',
  help: `Options:\n${FILTER_HELP}\n  --json           as JSON`,
  options: { ...FILTER_OPTIONS, json: { type: 'boolean' } },
  async run(args, ctx) {
    const rows = listMatches(await ctx.openStore(), filters(args, ctx, matchesListCommand));
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(['id', 'score', 'company', 'title', 'status', 'saved', 'url'],
      rows.map((m) => [m.id, m.score, m.company, truncate(m.title, 45), m.closedAt ? `${m.status} (closed)` : m.status, isoTime(m.createdAt), m.url]))) ctx.out(l);
    ctx.out(`${rows.length} match(es)`);
    return EXIT.ok;
  },
};

/** What makes a spreadsheet read a cell as a formula: =, +, -, @ first (after spaces, or their full-width forms), or a TAB, CR or LF first. */
const FORMULA_START = /^(?:[\t\r\n]|[ ]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * A CSV cell, whatever the value (text, number, list, null): OWASP's rule for CSV injection on every cell,
 * so nothing from a careers page or a model runs in the user's spreadsheet: quoted, quotes doubled, and
 * an apostrophe first when a spreadsheet would read a formula. A list is one cell, its items joined by "; ".
 */
export const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return `"${(FORMULA_START.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export function matchesToCsv(rows: readonly MatchRow[]): string {
  const columns: (keyof MatchRow)[] = ['id', 'user', 'company', 'title', 'score', 'verdict', 'status', 'note', 'location', 'url', 'reasons'];
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\n')}\n`;
}

export const matchesExportCommand: Command = {
  name: 'matches export',
  summary: 'Export saved matches as CSV or JSON on standard output.',
  synopsis: 'matches export --format csv|json [--user EMAIL] [--min-score N] [--since 7d] [--status S]',
  help: `Options:\n  --format F       csv or json (required)\n${FILTER_HELP}`,
  options: { ...FILTER_OPTIONS, format: { type: 'string' } },
  async run(args, ctx) {
    const format = stringFlag(args, 'format');
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format takes csv or json', usageOf(matchesExportCommand));
    const rows = listMatches(await ctx.openStore(), filters(args, ctx, matchesExportCommand));
    if (format === 'json') ctx.json(rows);
    else ctx.io.stdout.write(matchesToCsv(rows));
    return EXIT.ok;
  },
};

export const matchesSetCommand: Command = {
  name: 'matches set',
  summary: 'Record where an application stands.',
  synopsis: 'matches set ID STATUS [--note TEXT]',
  help: `STATUS: ${APPLICATION_STATUSES.join(', ')}\nOptions:\n  --note TEXT   a note kept with the match`,
  options: { note: { type: 'string' } },
  positionals: { min: 2, max: 2, names: 'ID and STATUS' },
  async run(args, ctx) {
    const [idText, status] = args.positionals as [string, string];
    const id = Number(idText);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`ID must be a match number, got "${idText}"`, usageOf(matchesSetCommand));
    if (!(APPLICATION_STATUSES as readonly string[]).includes(status)) throw new UsageError(`STATUS must be one of ${APPLICATION_STATUSES.join(', ')}`, usageOf(matchesSetCommand));
    if (!setMatchStatus(await ctx.openStore(), id, status as ApplicationStatus, { note: stringFlag(args, 'note'), via: 'cli' }, ctx.now())) {
      throw new InputError(`no match #${id}; see \`scoutly matches list\``);
    }
    ctx.out(`match #${id} is now ${status}`);
    return EXIT.ok;
  },
};
