// Companies and preferences in the store: upsert from seed rows, look-ups, tracking. Thin SQL over better-sqlite3.

import { InputError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import type { RenderMode, RenderOrigin, SourceKind, SourceOrigin } from '../db/enums.js';
import { detectFromUrl } from '../scrape/detect.js';
import { filterFromUrl, filterToJson, parseStoredFilter, type SourceFilter } from '../scrape/sourceFilter.js';
import type { RenderState } from '../scrape/page/renderChoice.js';
import type { KnownSource } from '../scrape/registry.js';
import type { CompanyInput } from './seed.js';
import { oncePer } from '../core/memo.js';

/** A stored company: the seed fields plus what Scoutly learned (source, health). */
export interface CompanyRow extends Omit<CompanyInput, 'rank'> {
  id: number;
  sourceKind: SourceKind | null;
  sourceToken: string | null;
  /** The filter pasted with the careers URL (`companies.source_filter`), null when none. */
  sourceFilter: SourceFilter | null;
  sourceOrigin: SourceOrigin | null;
  /** How its careers page is read, and who chose it (see scrape/page/renderChoice.ts). */
  renderMode: RenderMode;
  renderOrigin: RenderOrigin | null;
  renderScrapesSinceCheck: number;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  lastErrorKind: string | null;
  consecutiveFailures: number;
  breakerOpenUntil: number | null;
  /** What the latest successful scrape's feed lost without failing; null when nothing (see companies/drift.ts). */
  driftNote: string | null;
  driftWarnedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

const COMPANY_COLUMNS = `id, slug, name, careers_url AS careersUrl, selector, work_model AS workModel, headquarters,
  office_locations AS officeLocations, fields, open_to_application AS openToApplication, source_kind AS sourceKind,
  source_token AS sourceToken, source_filter AS sourceFilter, source_origin AS sourceOrigin,
  render_mode AS renderMode, render_origin AS renderOrigin, render_scrapes_since_check AS renderScrapesSinceCheck, last_success_at AS lastSuccessAt, last_attempt_at AS lastAttemptAt, last_error AS lastError,
  last_error_kind AS lastErrorKind, consecutive_failures AS consecutiveFailures, breaker_open_until AS breakerOpenUntil,
  drift_note AS driftNote, drift_warned_at AS driftWarnedAt, created_at AS createdAt, updated_at AS updatedAt`;

function toCompany(row: Record<string, unknown>): CompanyRow {
  return {
    ...(row as unknown as CompanyRow),
    officeLocations: JSON.parse(String(row.officeLocations)) as string[],
    fields: JSON.parse(String(row.fields)) as string[],
    sourceFilter: parseStoredFilter(row.sourceFilter as string | null),
    openToApplication: row.openToApplication === null ? null : Boolean(row.openToApplication),
  };
}

/** The source and filter a careers URL names by itself (SPEC: detection at import). */
export function sourceOfCareersUrl(careersUrl: string) {
  const detected = detectFromUrl(careersUrl);
  let filter = detected?.filter ?? null;
  if (!detected) {
    try {
      filter = filterFromUrl(new URL(careersUrl));
    } catch {
      filter = null;
    }
  }
  return {
    sourceKind: detected?.kind ?? null, sourceToken: detected?.token ?? null, sourceOrigin: detected ? 'url' : null,
    sourceFilter: filterToJson(filter),
  };
}

/** Inserts or updates by slug (companyID). A changed careers URL forgets the detected source. */
export function upsertCompanies(store: Store, rows: readonly CompanyInput[], nowMs: number): { inserted: number; updated: number; ids: number[] } {
  const find = store.sqlite.prepare('SELECT id, careers_url AS careersUrl FROM companies WHERE slug = ?');
  const update = store.sqlite.prepare(`UPDATE companies SET name = @name, careers_url = @careersUrl, selector = @selector,
      work_model = @workModel, headquarters = @headquarters, office_locations = @officeLocations, fields = @fields,
      open_to_application = @openToApplication, updated_at = @now,
      source_kind = CASE WHEN careers_url = @careersUrl THEN source_kind ELSE @sourceKind END,
      source_token = CASE WHEN careers_url = @careersUrl THEN source_token ELSE @sourceToken END,
      source_origin = CASE WHEN careers_url = @careersUrl THEN source_origin ELSE @sourceOrigin END,
      source_filter = CASE WHEN careers_url = @careersUrl THEN source_filter ELSE @sourceFilter END
    WHERE id = @id`);
  const insert = store.sqlite.prepare(`INSERT INTO companies (slug, name, careers_url, selector, work_model, headquarters,
      office_locations, fields, open_to_application, source_kind, source_token, source_origin, source_filter, created_at, updated_at)
    VALUES (@slug, @name, @careersUrl, @selector, @workModel, @headquarters, @officeLocations, @fields, @openToApplication,
      @sourceKind, @sourceToken, @sourceOrigin, @sourceFilter, @now, @now)`);
  return writeTx(store, () => {
    let inserted = 0;
    let updated = 0;
    const ids: number[] = [];
    for (const r of rows) {
      const values = {
        slug: r.slug, name: r.name, careersUrl: r.careersUrl, selector: r.selector, workModel: r.workModel, headquarters: r.headquarters,
        officeLocations: JSON.stringify(r.officeLocations), fields: JSON.stringify(r.fields),
        openToApplication: r.openToApplication === null ? null : Number(r.openToApplication), now: nowMs,
        ...sourceOfCareersUrl(r.careersUrl),
      };
      const existing = find.get(r.slug) as { id: number } | undefined;
      if (existing) {
        update.run({ ...values, id: existing.id });
        ids.push(existing.id);
        updated++;
      } else {
        ids.push(Number(insert.run(values).lastInsertRowid));
        inserted++;
      }
    }
    return { inserted, updated, ids };
  });
}

export function findCompany(store: Store, slug: string): CompanyRow | undefined {
  const row = store.sqlite.prepare(`SELECT ${COMPANY_COLUMNS} FROM companies WHERE slug = ?`).get(slug) as Record<string, unknown> | undefined;
  return row ? toCompany(row) : undefined;
}

export function findCompanyById(store: Store, id: number): CompanyRow | undefined {
  const row = store.sqlite.prepare(`SELECT ${COMPANY_COLUMNS} FROM companies WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? toCompany(row) : undefined;
}

export function requireCompany(store: Store, slug: string): CompanyRow {
  const company = findCompany(store, slug);
  if (!company) throw new InputError(`no company "${slug}"; see \`scoutly companies list\` or add it with \`scoutly companies add\``);
  return company;
}

export function removeCompany(store: Store, slug: string): boolean {
  return writeTx(store, () => store.sqlite.prepare('DELETE FROM companies WHERE slug = ?').run(slug).changes > 0);
}

export interface CompanyListItem {
  slug: string;
  name: string;
  careersUrl: string;
  sourceKind: string | null;
  sourceToken: string | null;
  sourceFilter: SourceFilter | null;
  effectiveRank: number | null;
  nextDueAt: number | null;
  lastSuccessAt: number | null;
  consecutiveFailures: number;
  lastErrorKind: string | null;
  lastError: string | null;
  breakerOpenUntil: number | null;
}

export function listCompanies(store: Store, filter: { due?: boolean; problematic?: boolean; nowMs: number }): CompanyListItem[] {
  const where: string[] = [];
  if (filter.due) where.push('s.next_due_at <= @now');
  if (filter.problematic) where.push('(c.consecutive_failures > 0 OR c.breaker_open_until > @now)');
  return store.sqlite
    .prepare(`SELECT c.slug, c.name, c.careers_url AS careersUrl, c.source_kind AS sourceKind, c.source_token AS sourceToken,
        c.source_filter AS sourceFilter, s.effective_rank AS effectiveRank,
        s.next_due_at AS nextDueAt, c.last_success_at AS lastSuccessAt, c.consecutive_failures AS consecutiveFailures,
        c.last_error_kind AS lastErrorKind, c.last_error AS lastError, c.breaker_open_until AS breakerOpenUntil
      FROM companies c LEFT JOIN v_schedule s ON s.company_id = c.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.effective_rank DESC NULLS LAST, c.slug`)
    .all({ now: filter.nowMs })
    .map((row) => ({ ...(row as CompanyListItem), sourceFilter: parseStoredFilter((row as { sourceFilter: string | null }).sourceFilter) }));
}

// One prepared statement per connection: an import tracking 100,000 rows prepared one per row before.
const preferenceStatement = oncePer((sqlite: Store['sqlite']) =>
  sqlite.prepare<[number, number, number, number, number]>(`INSERT INTO preferences (user_id, company_id, rank, tracking, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)
    ON CONFLICT (user_id, company_id) DO UPDATE SET rank = excluded.rank, tracking = 1, updated_at = excluded.updated_at`));

export function setPreference(store: Store, userId: number, companyId: number, rank: number, nowMs: number): void {
  preferenceStatement(store.sqlite).run(userId, companyId, rank, nowMs, nowMs);
}

/** Stops tracking; the preference row (and its rank) stays so `track` can resume it. */
export function untrack(store: Store, companyId: number, userId: number | null, nowMs: number): number {
  return writeTx(store, () =>
    store.sqlite
      .prepare(`UPDATE preferences SET tracking = 0, updated_at = @now
        WHERE company_id = @companyId AND tracking = 1 AND (@userId IS NULL OR user_id = @userId)`)
      .run({ now: nowMs, companyId, userId }).changes,
  );
}

export function preferencesOf(store: Store, companyId: number) {
  return store.sqlite
    .prepare(`SELECT u.email, p.rank, p.tracking FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? ORDER BY p.rank DESC`)
    .all(companyId) as { email: string; rank: number; tracking: number }[];
}

export interface RememberedSource {
  kind: SourceKind;
  token: string | null;
  origin: SourceOrigin;
}

/** Remembers the source that worked (or forgets it with null, so the next scrape detects again). */
export function setCompanySource(store: Store, companyId: number, source: RememberedSource | null, nowMs: number): void {
  writeTx(store, () =>
    store.sqlite.prepare('UPDATE companies SET source_kind = ?, source_token = ?, source_origin = ?, updated_at = ? WHERE id = ?')
      .run(source?.kind ?? null, source?.token ?? null, source?.origin ?? null, nowMs, companyId));
}

/** The user names the source (`companies set-source`): pinned, with the filter of the board URL given, if any. */
export function pinCompanySource(store: Store, companyId: number, source: RememberedSource | null, filter: SourceFilter | null | undefined, nowMs: number): void {
  writeTx(store, () => {
    setCompanySource(store, companyId, source, nowMs);
    if (filter !== undefined) store.sqlite.prepare('UPDATE companies SET source_filter = ? WHERE id = ?').run(filterToJson(filter), companyId);
  });
}

/**
 * What a scrape starts from. Rows stored before sources had an origin (and a filter) get both from their
 * careers URL: a source the URL names came from it, any other was found on the page.
 */
export function scrapeInputOf(company: CompanyRow): { known: KnownSource | null; filter: SourceFilter | null } {
  const fromUrl = sourceOfCareersUrl(company.careersUrl);
  const legacy = company.sourceOrigin === null;
  const filter = legacy && !company.sourceFilter ? parseStoredFilter(fromUrl.sourceFilter) : company.sourceFilter;
  if (!company.sourceKind) return { known: null, filter };
  const origin = company.sourceOrigin ?? (fromUrl.sourceKind === company.sourceKind && fromUrl.sourceToken === company.sourceToken ? 'url' : 'page');
  return { known: { kind: company.sourceKind, token: company.sourceToken, origin }, filter };
}

export function renderStateOf(company: CompanyRow): RenderState {
  return { mode: company.renderMode, origin: company.renderOrigin, scrapesSinceCheck: company.renderScrapesSinceCheck };
}

/** Remembers how the page is read (learnt by a scrape, or set by the user with `companies set-render`). */
export function setCompanyRender(store: Store, companyId: number, state: RenderState, nowMs: number): void {
  writeTx(store, () =>
    store.sqlite.prepare('UPDATE companies SET render_mode = ?, render_origin = ?, render_scrapes_since_check = ?, updated_at = ? WHERE id = ?')
      .run(state.mode, state.mode === 'auto' ? null : state.origin, state.scrapesSinceCheck, nowMs, companyId));
}

/** A company as the dashboard shows it to one user: their rank, the shared schedule, source and health. */
export interface CompanyView extends Pick<CompanyRow, 'id' | 'slug' | 'name' | 'careersUrl' | 'selector' | 'sourceKind' | 'sourceToken' | 'sourceFilter'
  | 'sourceOrigin' | 'renderMode' | 'renderOrigin' | 'lastSuccessAt' | 'consecutiveFailures' | 'lastErrorKind' | 'lastError' | 'breakerOpenUntil'> {
  /** This user's rank and whether they track it (null: never tracked by them). */
  myRank: number | null;
  tracking: boolean;
  effectiveRank: number | null;
  intervalMs: number | null;
  nextDueAt: number | null;
  openPostings: number;
}

/** Every company, the user's tracked ones first (by their rank), then the rest by name. */
export function companiesForUser(store: Store, userId: number, slug: string | null = null): CompanyView[] {
  return (store.sqlite.prepare(`SELECT c.id, c.slug, c.name, c.careers_url AS careersUrl, c.selector, c.source_kind AS sourceKind,
      c.source_token AS sourceToken, c.source_filter AS sourceFilter, c.source_origin AS sourceOrigin, c.render_mode AS renderMode,
      c.render_origin AS renderOrigin, p.rank AS myRank, COALESCE(p.tracking, 0) AS tracking, s.effective_rank AS effectiveRank,
      s.interval_ms AS intervalMs, s.next_due_at AS nextDueAt, c.last_success_at AS lastSuccessAt, c.consecutive_failures AS consecutiveFailures,
      c.last_error_kind AS lastErrorKind, c.last_error AS lastError, c.breaker_open_until AS breakerOpenUntil,
      (SELECT COUNT(*) FROM postings o WHERE o.company_id = c.id AND o.closed_at IS NULL) AS openPostings
    FROM companies c LEFT JOIN preferences p ON p.company_id = c.id AND p.user_id = @userId LEFT JOIN v_schedule s ON s.company_id = c.id
    WHERE @slug IS NULL OR c.slug = @slug
    ORDER BY COALESCE(p.tracking, 0) DESC, p.rank DESC, c.name COLLATE NOCASE, c.slug`).all({ userId, slug }) as (Omit<CompanyView, 'sourceFilter' | 'tracking'> & { sourceFilter: string | null; tracking: number })[])
    .map((r) => ({ ...r, tracking: Boolean(r.tracking), sourceFilter: parseStoredFilter(r.sourceFilter) }));
}
