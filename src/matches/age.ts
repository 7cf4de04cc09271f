// How long a matched role has been open, and whether that is past SCOUTLY_STALE_DAYS: one rule for the digest,
// the report and the dashboard (job seekers weigh how long a role has been open).

/** Whole days a posting open since `sinceMs` has been open, and whether that is past SCOUTLY_STALE_DAYS. */
export function postingAge(sinceMs: number, nowMs: number, staleDays: number): { ageDays: number; stale: boolean } {
  const ageDays = Math.max(0, Math.floor((nowMs - sinceMs) / 86_400_000));
  return { ageDays, stale: ageDays > staleDays };
}
