// Builds test data through the product's own import and tracking code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { parseSeedText, type CompanyInput } from '../../src/companies/seed.js';
import type { Store } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';

export const SHARED_COMPANIES = fileURLToPath(new URL('../../../shared/data/scoutly-companies.json', import.meta.url));

export function sharedCompanies(): CompanyInput[] {
  const parsed = parseSeedText(readFileSync(SHARED_COMPANIES, 'utf8'));
  if (parsed.problems.length) throw new Error(`shared data does not parse: ${JSON.stringify(parsed.problems[0])}`);
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
