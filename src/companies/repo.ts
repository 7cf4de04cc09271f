// Companies and preferences in the store: upsert from seed rows, look-ups, tracking. Thin I/O over drizzle.

import { and, asc, eq, sql } from 'drizzle-orm';
import { InputError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import { companies, preferences } from '../db/schema.js';
import type { CompanyInput } from './seed.js';

export type CompanyRow = typeof companies.$inferSelect;

/** Inserts or updates by slug (companyID). A changed careers URL forgets the detected source. */
export function upsertCompanies(store: Store, rows: readonly CompanyInput[], nowMs: number): { inserted: number; updated: number; ids: number[] } {
  return writeTx(store, () => {
    let inserted = 0;
    let updated = 0;
    const ids: number[] = [];
    for (const r of rows) {
      const existing = store.db.select({ id: companies.id, careersUrl: companies.careersUrl }).from(companies)
        .where(eq(companies.slug, r.slug)).get();
      const values = {
        name: r.name, careersUrl: r.careersUrl, selector: r.selector, workModel: r.workModel, headquarters: r.headquarters,
        officeLocations: r.officeLocations, fields: r.fields, openToApplication: r.openToApplication, updatedAt: nowMs,
      };
      if (existing) {
        const urlChanged = existing.careersUrl !== r.careersUrl;
        store.db.update(companies)
          .set({ ...values, ...(urlChanged ? { sourceKind: null, sourceToken: null } : {}) })
          .where(eq(companies.id, existing.id)).run();
        ids.push(existing.id);
        updated++;
      } else {
        const row = store.db.insert(companies).values({ ...values, slug: r.slug, createdAt: nowMs }).returning({ id: companies.id }).get();
        ids.push(row.id);
        inserted++;
      }
    }
    return { inserted, updated, ids };
  });
}

export function findCompany(store: Store, slug: string): CompanyRow | undefined {
  return store.db.select().from(companies).where(eq(companies.slug, slug)).get();
}

export function requireCompany(store: Store, slug: string): CompanyRow {
  const company = findCompany(store, slug);
  if (!company) throw new InputError(`no company "${slug}"; see \`scoutly companies list\` or add it with \`scoutly companies add\``);
  return company;
}

export function removeCompany(store: Store, slug: string): boolean {
  return writeTx(store, () => store.db.delete(companies).where(eq(companies.slug, slug)).run().changes > 0);
}

export interface CompanyListItem {
  slug: string;
  name: string;
  careersUrl: string;
  sourceKind: string | null;
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
    .prepare(`SELECT c.slug, c.name, c.careers_url AS careersUrl, c.source_kind AS sourceKind, s.effective_rank AS effectiveRank,
        s.next_due_at AS nextDueAt, c.last_success_at AS lastSuccessAt, c.consecutive_failures AS consecutiveFailures,
        c.last_error_kind AS lastErrorKind, c.last_error AS lastError, c.breaker_open_until AS breakerOpenUntil
      FROM companies c LEFT JOIN v_schedule s ON s.company_id = c.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.effective_rank DESC NULLS LAST, c.slug`)
    .all({ now: filter.nowMs }) as CompanyListItem[];
}

export function setPreference(store: Store, userId: number, companyId: number, rank: number, nowMs: number): void {
  store.db.insert(preferences)
    .values({ userId, companyId, rank, tracking: true, createdAt: nowMs, updatedAt: nowMs })
    .onConflictDoUpdate({
      target: [preferences.userId, preferences.companyId],
      set: { rank, tracking: true, updatedAt: nowMs },
    })
    .run();
}

/** Stops tracking; the preference row (and its rank) stays so `track` can resume it. */
export function untrack(store: Store, companyId: number, userId: number | null, nowMs: number): number {
  return writeTx(store, () =>
    store.db.update(preferences).set({ tracking: false, updatedAt: nowMs })
      .where(and(eq(preferences.companyId, companyId), eq(preferences.tracking, true), userId === null ? sql`1` : eq(preferences.userId, userId)))
      .run().changes,
  );
}

export function preferencesOf(store: Store, companyId: number) {
  return store.sqlite
    .prepare(`SELECT u.email, p.rank, p.tracking FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? ORDER BY p.rank DESC`)
    .all(companyId) as { email: string; rank: number; tracking: number }[];
}

export function companyCount(store: Store): number {
  return store.db.select({ n: sql<number>`count(*)` }).from(companies).orderBy(asc(companies.id)).get()?.n ?? 0;
}
