// SQL expressions generated from the pure schedule rules, for the v_schedule view and the
// one-statement enqueue. Pure string builders; tests check them against tiers.ts and due.ts.

import { DAY_MS, RANK_TIERS } from './tiers.js';
import { STARVATION_INTERVALS } from './due.js';

/** `CASE WHEN rank >= 81 THEN 86400000 …` for a rank column. */
export function intervalCaseSql(rankColumn: string): string {
  const whens = RANK_TIERS.map((t) => `WHEN ${rankColumn} >= ${t.minRank} THEN ${t.intervalDays * DAY_MS}`).join(' ');
  return `CASE ${whens} END`;
}

/** Mirrors drainPriority(): `nowParam` is a bound parameter name such as `:now`. */
export function drainPrioritySql(rankColumn: string, dueColumn: string, intervalColumn: string, nowParam: string): string {
  return `(CASE WHEN ${nowParam} - ${dueColumn} > ${STARVATION_INTERVALS} * ${intervalColumn} THEN 0 ELSE 1000 END + (100 - ${rankColumn}))`;
}
