// What a person changes about companies, in one place for the CLI and the dashboard: add one (checked as
// an import row is), import a seed file, name a company's source, choose how its page is read, track it.
// Bad input throws InputError (a value) or UsageError (the form of an argument), each naming the fix.

import { InputError, UsageError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import type { RenderMode } from '../db/enums.js';
import { detectFromUrl, unappliedFilter } from '../scrape/detect.js';
import { UNLEARNT } from '../scrape/page/renderChoice.js';
import { selectorProblem } from '../scrape/selector.js';
import { describeFilter, parseStoredFilter } from '../scrape/sourceFilter.js';
import { FEED_KINDS } from '../scrape/sources.js';
import type { FeedKind } from '../scrape/types.js';
import { pinCompanySource, setCompanyRender, setPreference, sourceOfCareersUrl, upsertCompanies, type CompanyRow } from './repo.js';
import { formatProblems, parseSeedText, validateSeedRecords, type CompanyInput, type RowProblem } from './seed.js';

/** Who tracks what is added or imported, and at which rank. */
export interface Tracking {
  userId: number;
  rank: number;
}

export interface NewCompany {
  slug: string;
  careersUrl: string;
  name?: string | undefined;
  selector?: string | undefined;
  workModel?: string | undefined;
  headquarters?: string | undefined;
}

/** Adds (or updates) one company, validated as an import row is; tracks it when `track` is given. */
/** `fieldLabels` names the fields as the caller's user knows them (the CLI's flags: `company` → `--name`). */
export function addCompany(store: Store, input: NewCompany, track: Tracking | null, nowMs: number,
  fieldLabels: Readonly<Record<string, string>> = {}): { inserted: boolean; companyId: number } {
  const { rows, problems } = validateSeedRecords([{
    companyID: input.slug, company: input.name ?? input.slug, careers_url: input.careersUrl, selector: input.selector,
    work_model: input.workModel, headquarters: input.headquarters,
  }], () => 'company');
  if (problems.length) throw new InputError(`cannot add ${input.slug}:\n${formatProblems(problems.map((p) => ({ ...p, field: fieldLabels[p.field] ?? p.field })))}`);
  const badSelector = input.selector === undefined ? null : selectorProblem(input.selector);
  if (badSelector) throw new InputError(`cannot add ${input.slug}: --selector "${input.selector}" ${badSelector}`);
  const company: CompanyInput = rows[0]!.company;
  return writeTx(store, () => {
    const r = upsertCompanies(store, [company], nowMs);
    if (track) setPreference(store, track.userId, r.ids[0]!, track.rank, nowMs);
    return { inserted: r.inserted > 0, companyId: r.ids[0]! };
  });
}

export type ImportOutcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; problems: RowProblem[]; warnings: RowProblem[] }
  | { kind: 'imported'; rows: number; inserted: number; updated: number; ids: number[]; skipped: RowProblem[]; warnings: RowProblem[]; tracked: number };

/**
 * Imports a seed file's text (JSON array or CSV). Every row is validated first: with a bad row nothing is
 * written unless `skipInvalid`. With `track` (asked only once the rows are valid, so a bad file is reported
 * first), each row is tracked at its own rank, else `track().rank`.
 */
export function importCompanies(store: Store, text: string, fileName: string, options: { skipInvalid: boolean; track: (() => Tracking) | null }, nowMs: number): ImportOutcome {
  const { rows, problems, warnings = [] } = parseSeedText(text, fileName);
  if (rows.length === 0 && problems.length === 0) return { kind: 'empty' };
  if (problems.length && !options.skipInvalid) return { kind: 'invalid', problems, warnings };
  const companies = rows.map((r) => r.company);
  const track = options.track?.() ?? null;
  return writeTx(store, () => {
    const upserted = upsertCompanies(store, companies, nowMs);
    if (track) upserted.ids.forEach((id, i) => setPreference(store, track.userId, id, companies[i]!.rank ?? track.rank, nowMs));
    return { kind: 'imported', rows: rows.length, ...upserted, skipped: problems, warnings, tracked: track ? upserted.ids.length : 0 };
  });
}

/**
 * Names a company's source from what a person typed: `auto` (detect again), `browser` (its page), a
 * board URL with its filter, or KIND:TOKEN. Returns what now happens, in words (one or two lines).
 */
export function setSourceFromSpec(store: Store, company: CompanyRow, specText: string, nowMs: number): string[] {
  const spec = specText.trim();
  if (spec === 'auto') {
    const fromUrl = sourceOfCareersUrl(company.careersUrl);
    pinCompanySource(store, company.id, fromUrl.sourceKind ? { kind: fromUrl.sourceKind, token: fromUrl.sourceToken, origin: 'url' } : null,
      parseStoredFilter(fromUrl.sourceFilter), nowMs);
    return [`${company.slug}: source ${fromUrl.sourceKind ? `${fromUrl.sourceKind} (${fromUrl.sourceToken}) from the careers URL` : 'detected again at the next scrape'}`];
  }
  if (spec === 'browser' || spec === 'page') {
    pinCompanySource(store, company.id, { kind: 'browser', token: null, origin: 'user' }, undefined, nowMs);
    return [`${company.slug}: its careers page is read (${company.careersUrl})`];
  }
  let source: { kind: FeedKind; token: string };
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
      throw new UsageError(`SOURCE must be KIND:TOKEN (KIND one of ${FEED_KINDS.join(', ')}), a board URL, browser or auto; got "${spec}"`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._:|/-]{0,199}$/.test(m[2]!)) throw new InputError(`"${m[2]}" is not a valid ${kind} board token (letters, digits, . _ - : | /)`);
    source = { kind, token: m[2]! };
  }
  const unapplied = unappliedFilter({ ...source, filter });
  if (unapplied.length) throw new InputError(`the ${source.kind} reader cannot apply the filter ${unapplied.join(', ')} in that URL; remove it, or keep reading the page with \`browser\``);
  pinCompanySource(store, company.id, { ...source, origin: 'user' }, filter, nowMs);
  const lines = [`${company.slug}: reads the ${source.kind} board ${source.token}${filter ? ` with the filter ${describeFilter(filter)}` : ' (the whole board)'}`];
  if (company.sourceFilter && !filter) lines.push(`(the filter of its careers URL, ${describeFilter(company.sourceFilter)}, no longer applies)`);
  return lines;
}

export const RENDER_MEANING = {
  static: 'read with plain HTTP, never in Chromium',
  browser: 'rendered in Chromium every time',
  auto: 'read both ways at the next scrape, then as learnt',
} as const;

/** Sets how the company's careers page is read; returns what now happens, in words. */
export function setRenderFromText(store: Store, company: CompanyRow, modeText: string, nowMs: number): string[] {
  const mode = modeText.trim().toLowerCase();
  if (!(mode in RENDER_MEANING)) throw new UsageError(`MODE must be static, browser or auto; got "${modeText}"`);
  const renderMode = mode as RenderMode;
  setCompanyRender(store, company.id, renderMode === 'auto' ? UNLEARNT : { mode: renderMode, origin: 'user', scrapesSinceCheck: 0 }, nowMs);
  const lines = [`${company.slug}: its careers page is ${RENDER_MEANING[renderMode]}`];
  if (company.sourceKind && company.sourceKind !== 'browser') lines.push(`(it is read from its ${company.sourceKind} board now; this applies if it goes back to its page)`);
  return lines;
}

/**
 * A slug and a name to offer for a pasted careers URL: the board's token when it names one (greenhouse
 * `acme`), else the host's distinctive label (`careers.acme.com` → `acme`).
 */
export function suggestCompanyNames(careersUrl: string, boardToken: string | null): { slug: string; name: string } {
  let base = boardToken?.split(/[|/:.]/)[0] ?? '';
  if (!base) {
    try {
      const host = new URL(careersUrl).hostname.toLowerCase();
      const labels = /^[\d.]+$|:/.test(host) ? [] : host.split('.').filter((l) => !/^(www|careers?|jobs?|apply|boards?|job-boards)$/.test(l));
      labels.pop(); // the top-level domain
      if (labels.length > 1 && /^(co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 1]!)) labels.pop(); // globex.co.uk
      base = labels.pop() ?? 'company';
    } catch {
      base = 'company';
    }
  }
  const slug = base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 100) || 'company';
  return { slug, name: slug.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
}
