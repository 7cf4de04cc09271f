// The Companies operations: the list a user sees, adding one by its careers URL after a live probe (the
// code `scoutly probe` runs, with the same egress guard), import, rank, untrack, scrape now, and the
// admin's changes (source, render mode, removal).

import { addCompany, importCompanies, setRenderFromText, setSourceFromSpec, suggestCompanyNames } from '../../companies/manage.js';
import { companiesForUser, findCompany, removeCompany, requireCompany, setPreference, sourceOfCareersUrl, untrack, type CompanyView } from '../../companies/repo.js';
import type { RowProblem } from '../../companies/seed.js';
import { classify } from '../../core/errors.js';
import { timeoutSignal } from '../../core/timeoutSignal.js';
import { describeFilter, parseStoredFilter } from '../../scrape/sourceFilter.js';
import { DAY_MS } from '../../schedule/tiers.js';
import type { Caller, WebDeps } from '../context.js';
import { adminOnly, HttpProblem, invalid, notFound } from '../problem.js';

export interface CompanyOut {
  slug: string; name: string; careersUrl: string; selector: string | null;
  source: { kind: string | null; token: string | null; origin: string | null; filter: Record<string, string[]> | null };
  render: { mode: CompanyView['renderMode']; origin: string | null };
  myRank: number | null; tracking: boolean; effectiveRank: number | null; intervalDays: number | null; nextDueAt: number | null;
  lastSuccessAt: number | null; openPostings: number;
  health: { consecutiveFailures: number; lastErrorKind: string | null; lastError: string | null; breakerOpenUntil: number | null };
}

export function companyOut(c: CompanyView): CompanyOut {
  return {
    slug: c.slug, name: c.name, careersUrl: c.careersUrl, selector: c.selector,
    source: { kind: c.sourceKind, token: c.sourceToken, origin: c.sourceOrigin, filter: c.sourceFilter },
    render: { mode: c.renderMode, origin: c.renderOrigin }, myRank: c.myRank, tracking: c.tracking, effectiveRank: c.effectiveRank,
    intervalDays: c.intervalMs === null ? null : c.intervalMs / DAY_MS, nextDueAt: c.nextDueAt, lastSuccessAt: c.lastSuccessAt, openPostings: c.openPostings,
    health: { consecutiveFailures: c.consecutiveFailures, lastErrorKind: c.lastErrorKind, lastError: c.lastError, breakerOpenUntil: c.breakerOpenUntil },
  };
}

export const allCompanies = (deps: WebDeps, caller: Caller): CompanyView[] => companiesForUser(deps.store, caller.account.id);

export function oneCompany(deps: WebDeps, caller: Caller, slug: string): CompanyView {
  const found = companiesForUser(deps.store, caller.account.id, slug)[0];
  if (!found) throw notFound(`company "${slug}"`);
  return found;
}

function existing(deps: WebDeps, slug: string) {
  const company = findCompany(deps.store, slug);
  if (!company) throw notFound(`company "${slug}"`);
  return company;
}

function admin(caller: Caller): void {
  if (!caller.account.isAdmin) throw adminOnly();
}

export interface ProbeOutcome {
  url: string;
  source: { kind: string; token: string | null };
  filter: string | null;
  notes: string[];
  postings: { title: string; url: string; location: string | null }[];
  suggested: { slug: string; name: string };
  failed: string | null;
}

/** How long a live probe may take: a careers page is read twice (plain HTTP, then Chromium). */
const PROBE_TIMEOUT_MS = 90_000;

/** Reads a careers URL live as `scoutly probe` does (nothing saved): the source found and its postings. */
export async function probeCareersUrl(deps: WebDeps, input: { url: string; selector?: string | undefined }): Promise<ProbeOutcome> {
  const { scrapeOnce } = await import('../../tick/scraping.js');
  const filter = parseStoredFilter(sourceOfCareersUrl(input.url).sourceFilter);
  const deadline = timeoutSignal(PROBE_TIMEOUT_MS);
  try {
    const outcome = await scrapeOnce(deps.config, deps.clock, { careersUrl: input.url, selector: input.selector ?? null, filter }, null, deadline.signal, deps.log);
    return {
      url: input.url, source: { kind: outcome.source.kind, token: outcome.source.token ?? null }, filter: describeFilter(filter), notes: outcome.notes,
      postings: outcome.postings.map((p) => ({ title: p.title, url: p.url, location: p.location ?? null })),
      suggested: suggestCompanyNames(input.url, outcome.source.kind === 'browser' ? null : outcome.source.token ?? null), failed: null,
    };
  } catch (err) {
    const c = classify(err, false, deps.config.gemini.apiKey ? [deps.config.gemini.apiKey] : []);
    return { url: input.url, source: { kind: 'unknown', token: null }, filter: describeFilter(filter), notes: [], postings: [],
      suggested: suggestCompanyNames(input.url, null), failed: `${c.kind}: ${c.message}` };
  } finally {
    deadline.dispose();
  }
}

/** Saves a company (after its preview) and tracks it for the caller at the rank chosen. */
export function saveCompany(deps: WebDeps, caller: Caller, input: { url: string; slug: string; name?: string | undefined; selector?: string | undefined; rank: number }): CompanyView {
  const taken = findCompany(deps.store, input.slug);
  if (taken && taken.careersUrl !== input.url) {
    throw invalid([{ field: 'slug', message: `"${input.slug}" is already ${taken.name} (${taken.careersUrl}); choose another` }]);
  }
  addCompany(deps.store, { slug: input.slug, careersUrl: input.url, name: input.name, selector: input.selector }, { userId: caller.account.id, rank: input.rank }, deps.clock.now());
  return oneCompany(deps, caller, input.slug);
}

export interface ImportOut {
  inserted: number; updated: number; tracked: number; skipped: RowProblem[]; warnings: RowProblem[];
}

/** `companies import` from the dashboard: same validation and messages; a bad row names its line and field. */
export function importFile(deps: WebDeps, caller: Caller, input: { text: string; fileName: string; skipInvalid: boolean; track: boolean; rank: number }): ImportOut {
  const outcome = importCompanies(deps.store, input.text, input.fileName,
    { skipInvalid: input.skipInvalid, track: input.track ? () => ({ userId: caller.account.id, rank: input.rank }) : null }, deps.clock.now());
  if (outcome.kind === 'empty') throw invalid([{ field: 'file', message: `${input.fileName} holds no companies (expected a JSON array or a CSV file with a header row and at least one company)` }]);
  if (outcome.kind === 'invalid') {
    throw new HttpProblem(400, 'Invalid file', `${input.fileName}: ${outcome.problems.length} problem(s); nothing was imported (fix them, or skip the invalid rows)`,
      outcome.problems.map((p) => ({ field: `${p.where}: ${p.field}`, message: p.message })));
  }
  return { inserted: outcome.inserted, updated: outcome.updated, tracked: outcome.tracked, skipped: outcome.skipped, warnings: outcome.warnings };
}

export function rankCompany(deps: WebDeps, caller: Caller, slug: string, rank: number): CompanyView {
  setPreference(deps.store, caller.account.id, existing(deps, slug).id, rank, deps.clock.now());
  return oneCompany(deps, caller, slug);
}

/** Stops the caller's tracking (others who track it keep theirs). */
export function untrackCompany(deps: WebDeps, caller: Caller, slug: string): CompanyView {
  untrack(deps.store, existing(deps, slug).id, caller.account.id, deps.clock.now());
  return oneCompany(deps, caller, slug);
}

/** `scoutly queue add`: a scrape at the next tick, ahead of everything else. */
export async function scrapeNow(deps: WebDeps, slug: string): Promise<{ taskId: number; created: boolean; message: string }> {
  const company = existing(deps, slug);
  const [{ forceScrape }, { buildQueue }] = await Promise.all([import('../../tasks/enqueueScrapes.js'), import('../../tick/deps.js')]);
  const r = forceScrape(deps.store, buildQueue(deps.config, deps.store), company.id, deps.clock.now());
  return { taskId: r.id, created: r.created, message: r.created ? `queued scrape task #${r.id} for ${company.slug}: it runs at the next tick` : `brought task #${r.id} for ${company.slug} forward: it runs at the next tick` };
}

export function changeSource(deps: WebDeps, caller: Caller, slug: string, spec: string): string {
  admin(caller);
  return setSourceFromSpec(deps.store, requireCompany(deps.store, slug), spec, deps.clock.now()).join(' ');
}

export function changeRender(deps: WebDeps, caller: Caller, slug: string, mode: string): string {
  admin(caller);
  return setRenderFromText(deps.store, requireCompany(deps.store, slug), mode, deps.clock.now()).join(' ');
}

export function deleteCompany(deps: WebDeps, caller: Caller, slug: string): string {
  admin(caller);
  if (!removeCompany(deps.store, slug)) throw notFound(`company "${slug}"`);
  return `removed ${slug} with its postings, tasks and preferences (attempt history is kept)`;
}
