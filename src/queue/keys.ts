// Dedupe keys: at most one open task per key (the partial unique index on tasks.dedupe_key).
// Kept apart from payloads.ts so code that enqueues does not load the validation library at start-up.

export function scrapeDedupeKey(companyId: number): string {
  return `scrape_company:${companyId}`;
}

export function analyzeDedupeKey(companyId: number, userId: number): string {
  return `analyze_postings:${companyId}:${userId}`;
}
