// A company's health: consecutive failed scrapes and the circuit breaker that stops re-enqueueing a page
// that keeps failing. Written by the scrape_company kind's onOutcome, inside the outcome's transaction.

import { oncePer } from '../core/memo.js';
import type { Store } from '../db/client.js';
import { breakerOpenUntil } from '../schedule/backoff.js';

const of = oncePer((store: Store) => {
  const db = store.sqlite;
  return {
    success: db.prepare(`
      UPDATE companies SET last_success_at = @now, last_attempt_at = @now, consecutive_failures = 0,
        breaker_open_until = NULL, last_error = NULL, last_error_kind = NULL, updated_at = @now WHERE id = @id`),
    failure: db.prepare(`
      UPDATE companies SET last_attempt_at = @now, last_error = @message, last_error_kind = @kind,
        consecutive_failures = consecutive_failures + @blame, updated_at = @now
      WHERE id = @id RETURNING consecutive_failures`),
    breaker: db.prepare(`UPDATE companies SET breaker_open_until = ? WHERE id = ?`),
  };
});

/** A scrape got through: failures reset, breaker closed. */
export function recordCompanySuccess(store: Store, companyId: number, nowMs: number): void {
  of(store).success.run({ id: companyId, now: nowMs });
}

/**
 * Notes a failed scrape on the company; one that blames the company counts towards the breaker, which
 * opens after enough of them in a row. Returns the breaker's end when it is open, else null.
 */
export function recordCompanyFailure(store: Store, companyId: number, nowMs: number, failure: { kind: string; message: string; blamesCompany: boolean }): number | null {
  const s = of(store);
  const row = s.failure.get({ id: companyId, now: nowMs, message: failure.message, kind: failure.kind, blame: failure.blamesCompany ? 1 : 0 }) as
    { consecutive_failures: number } | undefined;
  if (!row || !failure.blamesCompany) return null;
  const until = breakerOpenUntil(row.consecutive_failures, nowMs);
  if (until !== null) s.breaker.run(until, companyId);
  return until;
}
