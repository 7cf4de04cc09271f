// Builds test data through the product's own import and tracking code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { parseSeedText, type CompanyInput } from '../../src/companies/seed.js';
import type { Store } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';
import { saveAnalysis } from '../../src/analyze/repo.js';
import { recordScrape } from '../../src/postings/repo.js';
import { normalizeAll } from '../../src/scrape/normalize.js';

export const REAL_COMPANIES_FILE = fileURLToPath(new URL('../fixtures/companies/scoutly-companies.json', import.meta.url));

export function realCompanies(): CompanyInput[] {
  const parsed = parseSeedText(readFileSync(REAL_COMPANIES_FILE, 'utf8'));
  if (parsed.problems.length) throw new Error(`the vendored company list does not parse: ${JSON.stringify(parsed.problems[0])}`);
  return parsed.rows.map((r) => r.company);
}

export function company(slug: string, overrides: Partial<CompanyInput> = {}): CompanyInput {
  return {
    slug, name: slug, careersUrl: `https://${slug}.example.com/careers`, selector: null, workModel: null, headquarters: null,
    officeLocations: [], fields: [], openToApplication: null, rank: null, ...overrides,
  };
}

/** Adds companies tracked by one user at the given ranks; returns their ids by slug. */
export function trackCompanies(store: Store, ranks: Record<string, number>, nowMs: number, email = 'me@example.com'): Record<string, number> {
  const user = upsertUser(store, { email }, nowMs);
  const slugs = Object.keys(ranks);
  const { ids } = upsertCompanies(store, slugs.map((s) => company(s)), nowMs);
  const bySlug: Record<string, number> = {};
  slugs.forEach((slug, i) => {
    bySlug[slug] = ids[i]!;
    setPreference(store, user.id, ids[i]!, ranks[slug]!, nowMs);
  });
  return bySlug;
}

export interface SeededPosting {
  title: string;
  score: number;
  reasons?: string[];
  location?: string;
  workplaceType?: string;
}

/**
 * A tracked company whose scrape found `postings`, each analysed for the user at `score` (saved as a
 * match at 60+), through the product's scrape-recording and analysis-saving code. Returns saved job ids by title.
 */
export function seedMatches(store: Store, slug: string, postings: readonly SeededPosting[], nowMs: number, email = 'me@example.com'): Record<string, number> {
  const companyId = trackCompanies(store, { [slug]: 90 }, nowMs, email)[slug]!;
  const userId = upsertUser(store, { email }, nowMs).id;
  const raws = postings.map((p, i) => ({
    sourceId: `${slug}-${i}`, title: p.title, url: `https://${slug}.example.com/jobs/${i}`, location: p.location ?? null,
    workplaceType: p.workplaceType ?? null, descriptionText: `${p.title} at ${slug}`,
  }));
  recordScrape(store, companyId, 'greenhouse', normalizeAll(raws), nowMs);
  const ids = new Map((store.sqlite.prepare('SELECT id, source_id AS sourceId FROM postings WHERE company_id = ?').all(companyId) as { id: number; sourceId: string }[])
    .map((r) => [r.sourceId, r.id]));
  const saved: Record<string, number> = {};
  postings.forEach((p, i) => {
    const postingId = ids.get(`${slug}-${i}`)!;
    saveAnalysis(store, userId, postingId, `test:${p.score}`, {
      score: p.score, verdict: p.score >= 60 ? 'good' : 'weak', reasons: p.reasons ?? [], concerns: [], analyzer: 'offline', model: null,
      promptVersion: 'test', flagged: false,
    }, 60, nowMs);
    const row = store.sqlite.prepare('SELECT id FROM saved_jobs WHERE user_id = ? AND posting_id = ?').get(userId, postingId) as { id: number } | undefined;
    if (row) saved[p.title] = row.id;
  });
  return saved;
}
