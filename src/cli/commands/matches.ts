// `scoutly matches list|export|set|explain`: the saved matches, where each application stands, and why each was scored as it was.

import { EXIT } from '../../core/exitCodes.js';
import { InputError, UsageError } from '../../core/errors.js';
import { parseDuration } from '../../core/duration.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../db/enums.js';
import { listMatches, matchToExplain, setMatchStatus, type MatchRow } from '../../matches/repo.js';
import { explainPosting } from '../../analyze/explain.js';
import { discardsOf, withFamilies } from '../../analyze/learned.js';
import { loadPlaces } from '../../analyze/places.js';
import { validateProfile } from '../../analyze/profile.js';
import { deriveProfileFromCv } from '../../users/cvProfile.js';
import { singleLine } from '../../core/text.js';
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
  help: `STATUS: ${APPLICATION_STATUSES.join(', ')}
Options:
  --note TEXT   a note kept with the match; with discarded ("not for me") it is the reason

A discarded match lowers later postings like it: the same company and kind of role (15 points), or the same
reason (10 points: "too junior", "on-site", "salary", "contract", or a word such as "agency" that the posting
says too); at most 25, never an exclusion, always shown as a concern. Setting it back to want_to_apply undoes it.`,
  options: { note: { type: 'string' } },
  positionals: { min: 2, max: 2, names: 'ID and STATUS' },
  async run(args, ctx) {
    const [idText, status] = args.positionals as [string, string];
    const id = idOf(idText, matchesSetCommand);
    if (!(APPLICATION_STATUSES as readonly string[]).includes(status)) throw new UsageError(`STATUS must be one of ${APPLICATION_STATUSES.join(', ')}`, usageOf(matchesSetCommand));
    if (!setMatchStatus(await ctx.openStore(), id, status as ApplicationStatus, { note: stringFlag(args, 'note'), via: 'cli' }, ctx.now())) {
      throw new InputError(`no match #${id}; see \`scoutly matches list\``);
    }
    ctx.out(`match #${id} is now ${status}`);
    return EXIT.ok;
  },
};

const idOf = (text: string, command: Command) => {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`ID must be a match number, got "${text}"`, usageOf(command));
  return id;
};

export const matchesExplainCommand: Command = {
  name: 'matches explain',
  summary: 'Show every rule that fired on a match, with the words of the posting and the profile it read.',
  synopsis: 'matches explain ID [--json]',
  help: `The stored analysis (score, analyzer, reasons, concerns), then the offline rules run again on the posting and
the user's current profile: the pre-gate, each part of the score with its points (+ a reason, ! a concern,
· points given where the posting or profile does not say, x an exclusion, ~ learned), caps, and what was learned
from postings marked "not for me". With a Gemini key the stored score is the model's; the rules are what it was sent.
Options:\n  --json   as JSON`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(args, ctx) {
    const id = idOf(args.positionals[0]!, matchesExplainCommand);
    const store = await ctx.openStore();
    const m = matchToExplain(store, id);
    if (!m) throw new InputError(`no match #${id}; see \`scoutly matches list\``);
    await loadPlaces();
    const raw = m.profile ?? (m.cvText ? deriveProfileFromCv(m.cvText, ctx.now()) : null);
    const checked = raw ? validateProfile(raw) : null;
    if (!checked?.ok) throw new InputError(`the profile of ${m.user} ${checked ? `is invalid: ${checked.message}` : 'is missing'}; see \`scoutly users show ${m.user}\``);
    const explanation = explainPosting({ ...m, companyId: m.companyId }, checked.profile, withFamilies(discardsOf(store, m.userId).filter((d) => d.matchId !== m.id)));
    const stored = { score: m.score, verdict: m.verdict, analyzer: m.analyzer, model: m.model, version: m.promptVersion, reasons: m.reasons, concerns: m.concerns };
    if (args.values.json) {
      ctx.json({ id: m.id, user: m.user, company: m.company, title: m.title, location: m.location, url: m.url, status: m.status, stored, rulesNow: explanation });
      return EXIT.ok;
    }
    ctx.out(`match #${m.id}: ${singleLine(m.title)} at ${singleLine(m.company)}${m.location ? ` (${singleLine(m.location)})` : ''}, for ${m.user}; ${m.status}${m.discardReason ? ` ("${singleLine(m.discardReason)}")` : ''}`);
    ctx.out(`stored analysis: ${m.score ?? '—'} (${m.verdict ?? '—'}) by ${m.analyzer ?? '—'}${m.model ? ` ${m.model}` : ''} ${m.promptVersion ?? ''}${m.analysedAt ? ` at ${isoTime(m.analysedAt)}` : ''}`);
    for (const r of m.reasons) ctx.out(`  + ${singleLine(r)}`);
    for (const c of m.concerns) ctx.out(`  - ${singleLine(c)}`);
    ctx.out(`the rules now (offline, with the current profile): ${explanation.excluded ? 'excluded' : `score ${explanation.score}`}`);
    for (const f of explanation.firings) {
      const symbol = { excluded: 'x', concern: '!', adjusted: '~', reason: '+', default: '·' }[f.effect];
      const points = f.points ? ` (${f.points > 0 ? '+' : ''}${f.points} points)` : '';
      ctx.out(`  ${symbol} ${singleLine(f.says)}${points}${f.cap !== undefined ? ` (the score at most ${f.cap})` : ''}`);
      if (f.posting) ctx.out(`      posting: "${singleLine(truncate(f.posting, 160))}"`);
      if (f.profile) ctx.out(`      profile: "${singleLine(truncate(f.profile, 160))}"`);
    }
    return EXIT.ok;
  },
};
