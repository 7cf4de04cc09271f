// When a company is due and in which order due work is drained (SPEC "Schedule").
// Pure: "now" is always an argument; the SQL in scheduleSql.ts mirrors these rules and tests hold them equal.

import { intervalMsForRank } from './tiers.js';

export interface ScheduleInput {
  effectiveRank: number;
  /** Last successful scrape, ms since epoch; null when it never succeeded. */
  lastSuccessAt: number | null;
  /** When tracking began (earliest preference): the due time of a company that never succeeded. */
  trackedSince: number;
}

/** The moment a company becomes due. One value however many periods were missed. */
export function nextDueAt(input: ScheduleInput): number {
  if (input.lastSuccessAt === null) return input.trackedSince;
  return input.lastSuccessAt + intervalMsForRank(input.effectiveRank);
}

export function isDue(input: ScheduleInput, nowMs: number): boolean {
  return nextDueAt(input) <= nowMs;
}

/** Overdue by more than this many intervals jumps ahead of every higher rank (no starvation). */
export const STARVATION_INTERVALS = 2;

/**
 * Drain priority, lower first: starving companies, then by rank (high first). Ties are broken by
 * the due time (the more overdue first), which the queue keeps as the task's run_at.
 */
export function drainPriority(rank: number, dueAt: number, nowMs: number): number {
  const starving = nowMs - dueAt > STARVATION_INTERVALS * intervalMsForRank(rank);
  return (starving ? 0 : 1000) + (100 - rank);
}
