// A company's feed drift: what the latest successful scrape's feed lost without failing (fields left
// empty, postings dropped), kept as a note on the company, and the one warning a day about it.

import { writeTx, type Store } from '../db/client.js';
import { DAY_MS } from '../schedule/tiers.js';

/** Whether a drift warning may be logged now: none yet on this UTC day. */
export const driftWarningDue = (lastWarnedAt: number | null, nowMs: number): boolean =>
  lastWarnedAt === null || Math.floor(lastWarnedAt / DAY_MS) !== Math.floor(nowMs / DAY_MS);

/**
 * Keeps `note` as the company's latest drift (null: the feed answered in full) and returns whether to log
 * the warning now (the day's first for this company). Writes only when something changes.
 */
export function noteCompanyDrift(store: Store, company: { id: number; driftNote: string | null; driftWarnedAt: number | null }, note: string | null,
  nowMs: number): boolean {
  const warn = note !== null && driftWarningDue(company.driftWarnedAt, nowMs);
  if (note === company.driftNote && !warn) return false;
  writeTx(store, () => store.sqlite.prepare('UPDATE companies SET drift_note = ?, drift_warned_at = ? WHERE id = ?')
    .run(note, warn ? nowMs : company.driftWarnedAt, company.id));
  return warn;
}
