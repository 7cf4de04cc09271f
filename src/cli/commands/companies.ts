// `scoutly companies import|add|list|show|remove`, `scoutly track` and `scoutly untrack`.

import { basename } from 'node:path';
import { EXIT } from '../../core/exitCodes.js';
import { InputError, UsageError } from '../../core/errors.js';
import { writeTx, type Store } from '../../db/client.js';
import {
  listCompanies, pinCompanySource, setCompanyRender, preferencesOf, removeCompany, requireCompany, setPreference, sourceOfCareersUrl, untrack, upsertCompanies,
} from '../../companies/repo.js';
import { detectFromUrl, unappliedFilter } from '../../scrape/detect.js';
import { describeFilter, parseStoredFilter } from '../../scrape/sourceFilter.js';
import { FEED_KINDS } from '../../scrape/sources.js';
import { STATIC_RECHECK_EVERY, UNLEARNT } from '../../scrape/page/renderChoice.js';
import { RENDER_MODES, type RenderMode } from '../../db/enums.js';
import { selectorProblem } from '../../scrape/selector.js';
import type { FeedKind } from '../../scrape/types.js';
import { formatProblems, parseSeedText, validateSeedRecords, type CompanyInput } from '../../companies/seed.js';
import { parseRank } from '../../schedule/tiers.js';
import { nextDueAt } from '../../schedule/due.js';
import { resolveUser } from '../../users/repo.js';
import { stringFlag, usageOf, type Command, type ParsedArgs } from '../command.js';
import type { CommandContext } from '../context.js';
import { isoTime, table, truncate } from '../format.js';

/** Exit code for bad input data (a file with invalid rows): sysexits EX_DATAERR. */
export const EXIT_DATA = 65;

function rankFlag(args: ParsedArgs, command: Command, fallback: number | null): number | null {
  const raw = stringFlag(args, 'rank');
  if (raw === undefined) return fallback;
  const r = parseRank(raw);
  if (!r.ok) throw new UsageError(`--rank: ${r.message}`, usageOf(command));
  return r.rank;
}

function trackAll(ctx: CommandContext, store: Store, ids: readonly number[], ranks: readonly number[], email: string | undefined): string {
  const user = resolveUser(store, email);
  const now = ctx.now();
  writeTx(store, () => ids.forEach((id, i) => setPreference(store, user.id, id, ranks[i]!, now)));
  return user.email;
}

export const importCommand: Command = {
  name: 'companies import',
  summary: 'Import companies from a JSON array in Scoutly\'s seed format, or a CSV file with the same headers.',
  synopsis: 'companies import FILE [--skip-invalid] [--track [--user EMAIL] [--rank N]] [--json]',
  help: `
Fields: companyID, company, careers_url, selector, work_model (FULLY_REMOTE, HYBRID, ON_SITE), headquarters,
office_locations, fields, openToApplication, and optionally rank (1–100) or the legacy priority (high, medium, low).
In CSV, list fields are separated by ";" (or given as a JSON array).

Companies are upserted by companyID. Every row is validated first; if any row is bad, the problems are listed
by index (JSON) or line (CSV) and nothing is written, unless --skip-invalid imports the good rows.

Options:
  --skip-invalid   import the valid rows and report the others
  --track          also track the imported companies: each row's rank/priority, else --rank, else 50
  --user EMAIL     whose tracking (default: the only user)
  --rank N         rank for rows that give none (1–100)
  --json           print the result as JSON`,
  options: { 'skip-invalid': { type: 'boolean' }, track: { type: 'boolean' }, user: { type: 'string' }, rank: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const file = args.positionals[0]!;
    if ((stringFlag(args, 'rank') || stringFlag(args, 'user')) && !args.values.track) {
      throw new UsageError('--rank and --user only apply with --track', usageOf(importCommand));
    }
    const defaultRank = rankFlag(args, importCommand, 50)!;
    let text: string;
    try {
      text = ctx.io.readFile(file).toString('utf8');
    } catch (err) {
      throw new InputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const { rows, problems, warnings = [] } = parseSeedText(text, basename(file));
    if (rows.length === 0 && problems.length === 0) {
      ctx.io.stderr.write(`scoutly: ${file} holds no companies (expected a JSON array or a CSV file with a header row and at least one company)\n`);
      return EXIT_DATA;
    }
    if (warnings.length) ctx.io.stderr.write(`scoutly: ${file}: ${warnings.length} warning(s):\n${formatProblems(warnings)}\n`);
    if (problems.length && !args.values['skip-invalid']) {
      ctx.io.stderr.write(`scoutly: ${file}: ${problems.length} problem(s); nothing was imported (fix them, or use --skip-invalid):\n${formatProblems(problems)}\n`);
      return EXIT_DATA;
    }
    if (args.values.track) resolveUser(store, stringFlag(args, 'user')); // fail before writing anything
    const companies = rows.map((r) => r.company);
    const result = writeTx(store, () => {
      const upserted = upsertCompanies(store, companies, ctx.now());
      const trackedFor = args.values.track
        ? trackAll(ctx, store, upserted.ids, companies.map((c) => c.rank ?? defaultRank), stringFlag(args, 'user'))
        : null;
      return { ...upserted, trackedFor };
    });
    if (args.values.json) {
      ctx.json({ inserted: result.inserted, updated: result.updated, skipped: problems, tracked: result.trackedFor ? result.ids.length : 0, user: result.trackedFor });
    } else {
      ctx.out(`imported ${rows.length} compan${rows.length === 1 ? 'y' : 'ies'} from ${file}: ${result.inserted} new, ${result.updated} updated`);
      if (problems.length) [`skipped ${problems.length} problem(s):`, ...formatProblems(problems).split('\n')].forEach((l) => ctx.out(l));
      if (result.trackedFor) ctx.out(`tracking all ${result.ids.length} for ${result.trackedFor}`);
      else ctx.out('nothing is tracked yet: use --track, or `scoutly track SLUG --rank N`');
    }
    return problems.length ? EXIT_DATA : EXIT.ok;
  },
};

/** The seed fields as `companies add` spells them, so a problem names what the user typed. */
const ADD_FLAG_OF: Record<string, string> = {
  companyID: 'SLUG', careers_url: 'URL', company: '--name', selector: '--selector', work_model: '--work-model', headquarters: '--headquarters',
};

export const addCommand: Command = {
  name: 'companies add',
  summary: 'Add or update one company.',
  synopsis: 'companies add SLUG URL [--name NAME] [--selector CSS] [--work-model M] [--headquarters H] [--rank N [--user EMAIL]]',
  help: `
SLUG is a short id (letters, digits, ".", "_", "-"); URL is the careers page (http or https).
Options:
  --name NAME          display name (default: SLUG)
  --selector CSS       where the postings are on the page
  --work-model M       FULLY_REMOTE, HYBRID or ON_SITE
  --headquarters H     e.g. "Berlin, Germany"
  --rank N             also track it at this rank (1–100)
  --user EMAIL         whose tracking (default: the only user)`,
  options: {
    name: { type: 'string' }, selector: { type: 'string' }, 'work-model': { type: 'string' }, headquarters: { type: 'string' },
    rank: { type: 'string' }, user: { type: 'string' },
  },
  positionals: { min: 2, max: 2, names: 'SLUG and URL' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const [slug, url] = args.positionals as [string, string];
    const rank = rankFlag(args, addCommand, null);
    const { rows, problems } = validateSeedRecords([{
      companyID: slug, company: stringFlag(args, 'name') ?? slug, careers_url: url, selector: stringFlag(args, 'selector'),
      work_model: stringFlag(args, 'work-model'), headquarters: stringFlag(args, 'headquarters'),
    }], () => 'company');
    if (problems.length) throw new InputError(`cannot add ${slug}:\n${formatProblems(problems.map((p) => ({ ...p, field: ADD_FLAG_OF[p.field] ?? p.field })))}`);
    const selector = stringFlag(args, 'selector');
    const badSelector = selector === undefined ? null : selectorProblem(selector);
    if (badSelector) throw new InputError(`cannot add ${slug}: --selector "${selector}" ${badSelector}`);
    const company: CompanyInput = rows[0]!.company;
    const result = writeTx(store, () => {
      const r = upsertCompanies(store, [company], ctx.now());
      return { ...r, trackedFor: rank === null ? null : trackAll(ctx, store, r.ids, [rank], stringFlag(args, 'user')) };
    });
    ctx.out(`${result.inserted ? 'added' : 'updated'} ${slug}${result.trackedFor ? `, tracked at rank ${rank} for ${result.trackedFor}` : ''}`);
    return EXIT.ok;
  },
};

export const listCommand: Command = {
  name: 'companies list',
  summary: 'List companies with their rank, schedule and health.',
  synopsis: 'companies list [--due] [--problematic] [--json]',
  help: 'Options:\n  --due          only companies due now\n  --problematic  only companies that are failing or have an open circuit breaker\n  --json         as JSON',
  options: { due: { type: 'boolean' }, problematic: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rows = listCompanies(store, { due: Boolean(args.values.due), problematic: Boolean(args.values.problematic), nowMs: ctx.now() });
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(['company', 'rank', 'source', 'filter', 'next due', 'last success', 'failures', 'last error'],
      rows.map((c) => [c.slug, c.effectiveRank ?? 'untracked', c.sourceKind, truncate(describeFilter(c.sourceFilter), 30), isoTime(c.nextDueAt), isoTime(c.lastSuccessAt),
        c.consecutiveFailures, c.lastErrorKind ? `${c.lastErrorKind}: ${truncate(c.lastError, 50)}` : null]))) ctx.out(l);
    ctx.out(`${rows.length} compan${rows.length === 1 ? 'y' : 'ies'}`);
    return EXIT.ok;
  },
};

export const showCommand: Command = {
  name: 'companies show',
  summary: 'Show one company: its page, source, schedule, health and who tracks it.',
  synopsis: 'companies show SLUG [--json]',
  help: 'Options:\n  --json   as JSON',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'SLUG' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const c = requireCompany(store, args.positionals[0]!);
    const prefs = preferencesOf(store, c.id);
    const tracking = prefs.filter((p) => p.tracking);
    const rank = tracking.length ? Math.max(...tracking.map((p) => p.rank)) : null;
    const trackedSince = c.createdAt;
    const due = rank === null ? null : nextDueAt({ effectiveRank: rank, lastSuccessAt: c.lastSuccessAt, trackedSince });
    if (args.values.json) {
      ctx.json({ ...c, effectiveRank: rank, preferences: prefs });
      return EXIT.ok;
    }
    const lines: [string, string | number | null][] = [
      ['company', `${c.name} (${c.slug})`], ['careers page', c.careersUrl], ['selector', c.selector], ['work model', c.workModel],
      ['headquarters', c.headquarters], ['offices', c.officeLocations.join('; ') || null], ['fields', c.fields.join('; ') || null],
      ['source', c.sourceKind ? `${c.sourceKind}${c.sourceKind !== 'browser' && c.sourceToken ? ` (${c.sourceToken})` : ''}${c.sourceOrigin ? `, ${ORIGIN_WORDS[c.sourceOrigin]}` : ''}` : 'not detected yet'],
      ['filter', describeFilter(c.sourceFilter)],
      ['page read', c.renderMode === 'auto' ? 'not learnt yet (both ways at the next page scrape)'
        : `${c.renderMode === 'static' ? 'with plain HTTP' : 'in Chromium'}, ${c.renderOrigin === 'user' ? 'set by you' : 'learnt'}`],
      ['effective rank', rank ?? 'untracked'], ['next due', rank === null ? null : isoTime(due)], ['last success', isoTime(c.lastSuccessAt)],
      ['failures in a row', c.consecutiveFailures], ['last error', c.lastErrorKind ? `${c.lastErrorKind}: ${c.lastError}` : null],
      ['breaker open until', c.breakerOpenUntil ? isoTime(c.breakerOpenUntil) : null],
      ['tracked by', prefs.map((p) => `${p.email} (rank ${p.rank}${p.tracking ? '' : ', paused'})`).join(', ') || null],
    ];
    for (const [k, v] of lines) ctx.out(`${k.padEnd(19)} ${v ?? '—'}`);
    return EXIT.ok;
  },
};

const ORIGIN_WORDS = { url: 'from the careers URL', page: 'found on the page', user: 'set by you' } as const;

export const setSourceCommand: Command = {
  name: 'companies set-source',
  summary: 'Name the board a company publishes through, read its page, or go back to detection.',
  synopsis: 'companies set-source SLUG KIND:TOKEN|BOARD_URL|browser|auto',
  help: `
KIND:TOKEN     a board of one of the sources: ${FEED_KINDS.join(', ')}; e.g. greenhouse:acme, lever:acme,
               ashby:Acme (case-sensitive), workday:acme.wd5/External, eightfold:careers.acme.com|acme.com.
               The whole board is read; to narrow it, give the board's URL with its filter instead.
BOARD_URL      the board's own address, as your browser shows it with the filters you chose, e.g.
               https://jobs.lever.co/acme?department=Engineering or https://job-boards.greenhouse.io/acme?departments[]=123
browser        always read the careers page itself (never switch to a board found on it)
auto           forget what was set or learned: detect again from the careers URL and the page

A source you set is kept even when it fails (the error shows in \`companies show\`); \`auto\` undoes it.`,
  positionals: { min: 2, max: 2, names: 'SLUG and SOURCE' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]!);
    const spec = args.positionals[1]!.trim();
    const now = ctx.now();
    if (spec === 'auto') {
      const fromUrl = sourceOfCareersUrl(company.careersUrl);
      pinCompanySource(store, company.id, fromUrl.sourceKind ? { kind: fromUrl.sourceKind, token: fromUrl.sourceToken, origin: 'url' } : null,
        parseStoredFilter(fromUrl.sourceFilter), now);
      ctx.out(`${company.slug}: source ${fromUrl.sourceKind ? `${fromUrl.sourceKind} (${fromUrl.sourceToken}) from the careers URL` : 'detected again at the next scrape'}`);
      return EXIT.ok;
    }
    if (spec === 'browser' || spec === 'page') {
      pinCompanySource(store, company.id, { kind: 'browser', token: null, origin: 'user' }, undefined, now);
      ctx.out(`${company.slug}: its careers page is read (${company.careersUrl})`);
      return EXIT.ok;
    }
    let source: { kind: FeedKind; token: string } | null = null;
    let filter = null;
    if (/^https?:\/\//i.test(spec)) {
      const detected = detectFromUrl(spec);
      if (!detected || detected.kind === 'browser' || !detected.token) {
        throw new InputError(`${spec} is not the address of a board Scoutly reads (${FEED_KINDS.join(', ')}); use KIND:TOKEN, or \`browser\``);
      }
      source = { kind: detected.kind, token: detected.token };
      filter = detected.filter ?? null;
    } else {
      const m = /^([a-z]+):(.+)$/.exec(spec);
      const kind = m?.[1] as FeedKind | undefined;
      if (!m || !kind || !FEED_KINDS.includes(kind)) {
        throw new UsageError(`SOURCE must be KIND:TOKEN (KIND one of ${FEED_KINDS.join(', ')}), a board URL, browser or auto; got "${spec}"`, usageOf(setSourceCommand));
      }
      if (!/^[A-Za-z0-9][A-Za-z0-9._:|/-]{0,199}$/.test(m[2]!)) throw new InputError(`"${m[2]}" is not a valid ${kind} board token (letters, digits, . _ - : | /)`);
      source = { kind, token: m[2]! };
    }
    const unapplied = unappliedFilter({ ...source, filter });
    if (unapplied.length) throw new InputError(`the ${source.kind} reader cannot apply the filter ${unapplied.join(', ')} in that URL; remove it, or keep reading the page with \`browser\``);
    pinCompanySource(store, company.id, { ...source, origin: 'user' }, filter, now);
    ctx.out(`${company.slug}: reads the ${source.kind} board ${source.token}${filter ? ` with the filter ${describeFilter(filter)}` : ' (the whole board)'}`);
    if (company.sourceFilter && !filter) ctx.out(`(the filter of its careers URL, ${describeFilter(company.sourceFilter)}, no longer applies)`);
    return EXIT.ok;
  },
};

const RENDER_MEANING = {
  static: 'read with plain HTTP, never in Chromium',
  browser: 'rendered in Chromium every time',
  auto: 'read both ways at the next scrape, then as learnt',
} as const;

export const setRenderCommand: Command = {
  name: 'companies set-render',
  summary: 'Choose how a company\'s careers page is read: plain HTTP, Chromium, or learnt (auto).',
  synopsis: 'companies set-render SLUG static|browser|auto',
  help: `
static   read the page with plain HTTP only (cheap; for pages whose postings are in the HTML)
browser  always render it in Chromium (for pages that build their list with JavaScript)
auto     let Scoutly learn: the next scrape reads the page both ways and keeps the cheaper one when both
         find the same postings; a static page that suddenly finds nothing is checked in Chromium, and a
         browser page is tried with plain HTTP again every ${STATIC_RECHECK_EVERY} scrapes

Applies when the company's source is its careers page (not a board's feed). \`scoutly probe URL\` shows both
results side by side.`,
  positionals: { min: 2, max: 2, names: 'SLUG and MODE' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]!);
    const mode = args.positionals[1]!.trim().toLowerCase();
    if (!(RENDER_MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`MODE must be static, browser or auto; got "${args.positionals[1]}"`, usageOf(setRenderCommand));
    }
    const renderMode = mode as RenderMode;
    setCompanyRender(store, company.id, renderMode === 'auto' ? UNLEARNT : { mode: renderMode, origin: 'user', scrapesSinceCheck: 0 }, ctx.now());
    ctx.out(`${company.slug}: its careers page is ${RENDER_MEANING[renderMode]}`);
    if (company.sourceKind && company.sourceKind !== 'browser') ctx.out(`(it is read from its ${company.sourceKind} board now; this applies if it goes back to its page)`);
    return EXIT.ok;
  },
};

export const removeCommand: Command = {
  name: 'companies remove',
  summary: 'Remove a company with its postings, tasks and preferences (attempt history is kept).',
  synopsis: 'companies remove SLUG',
  help: 'To stop scraping but keep the history, use `scoutly untrack SLUG` instead.',
  positionals: { min: 1, max: 1, names: 'SLUG' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const slug = args.positionals[0]!;
    if (!removeCompany(store, slug)) throw new InputError(`no company "${slug}"; see \`scoutly companies list\``);
    ctx.out(`removed ${slug}`);
    return EXIT.ok;
  },
};

export const trackCommand: Command = {
  name: 'track',
  summary: 'Track a company at a rank (1–100): 81–100 daily, 61–80 every 2 days, 31–60 every 3, 11–30 every 4, 1–10 every 5.',
  synopsis: 'track SLUG --rank N [--user EMAIL]',
  help: 'Options:\n  --rank N      1–100, required\n  --user EMAIL  whose preference (default: the only user)',
  options: { rank: { type: 'string' }, user: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'SLUG' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rank = rankFlag(args, trackCommand, null);
    if (rank === null) throw new UsageError('--rank is required', usageOf(trackCommand));
    const company = requireCompany(store, args.positionals[0]!);
    const email = writeTx(store, () => trackAll(ctx, store, [company.id], [rank], stringFlag(args, 'user')));
    ctx.out(`tracking ${company.slug} at rank ${rank} for ${email}`);
    return EXIT.ok;
  },
};

export const untrackCommand: Command = {
  name: 'untrack',
  summary: 'Stop tracking a company (for one user with --user, else for everyone). History and rank are kept.',
  synopsis: 'untrack SLUG [--user EMAIL]',
  help: 'Options:\n  --user EMAIL  only this user\'s preference',
  options: { user: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'SLUG' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]!);
    const email = stringFlag(args, 'user');
    const userId = email ? resolveUser(store, email).id : null;
    const n = untrack(store, company.id, userId, ctx.now());
    ctx.out(n ? `stopped tracking ${company.slug}` : `${company.slug} was not tracked${email ? ` by ${email}` : ''}`);
    return EXIT.ok;
  },
};

