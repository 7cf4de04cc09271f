// The scrape_company kind: read one company's careers source and record its postings. Its outcomes are
// the company's health (consecutive failures, breaker). The work itself loads on the tick's first scrape.

import { recordCompanyFailure, recordCompanySuccess } from '../../companies/health.js';
import type { ScrapeKindDeps, ScrapePayload } from '../scrapeCompany.js';
import type { TaskKindModule } from '../kind.js';
import { idsPayload } from '../payload.js';

export type { ScrapeKindDeps, ScrapePayload };

/** Limit of one scrape attempt (feed pages, or a careers page and its next pages). */
export const SCRAPE_TIMEOUT_MS = 90_000;

/** One open scrape per company. */
export const scrapeDedupeKey = (p: ScrapePayload) => `scrape_company:${p.companyId}`;
/** The same key in SQL, for enqueueing the due companies in one statement (tested equal to the one above). */
export const scrapeDedupeKeySql = (companyIdExpr: string) => `'scrape_company:' || ${companyIdExpr}`;

export const scrapeCompanyKind: TaskKindModule<ScrapePayload, ScrapeKindDeps> = {
  kind: 'scrape_company',
  payloadSchema: idsPayload('companyId'),
  dedupeKey: scrapeDedupeKey,
  timeoutMs: SCRAPE_TIMEOUT_MS,
  reachesSites: true,
  handler: async (ctx, deps) => (await import('../scrapeCompany.js')).scrapeCompany(ctx, deps),
  onOutcome(tx, task, outcome, nowMs) {
    if (task.companyId === null) return;
    if (outcome.type === 'succeeded') return void recordCompanySuccess(tx, task.companyId, nowMs);
    const failure = outcome.type === 'failed'
      ? outcome.error
      // A page that kills the tick counts against its company, so the breaker stops it re-enqueueing for ever.
      : { kind: 'crashed', message: outcome.message, blamesCompany: true };
    const breakerUntil = recordCompanyFailure(tx, task.companyId, nowMs, failure);
    return breakerUntil === null ? undefined : { notBefore: breakerUntil };
  },
};
