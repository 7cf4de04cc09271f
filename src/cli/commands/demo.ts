// `scoutly seed-demo`: a demo user, profile, CV and companies pointing at the local demo site, so a first
// tick has something real to do. Used by `make demo`.

import { readFileSync } from 'node:fs';
import { EXIT } from '../../core/exitCodes.js';
import { UsageError } from '../../core/errors.js';
import { writeTx } from '../../db/client.js';
import { setPreference, upsertCompanies } from '../../companies/repo.js';
import type { CompanyInput } from '../../companies/seed.js';
import { upsertUser } from '../../users/repo.js';
import { demoFile } from '../../demo/files.js';
import { stringFlag, usageOf, type Command } from '../command.js';

export const DEMO_USER = 'demo@scoutly.local';

export function demoCompanies(baseUrl: string): (CompanyInput & { rank: number })[] {
  const company = (slug: string, name: string, careersUrl: string, rank: number, selector: string | null = null): CompanyInput & { rank: number } => ({
    slug, name, careersUrl, selector, workModel: 'FULLY_REMOTE', headquarters: null, officeLocations: [], fields: ['software'], openToApplication: true, rank,
  });
  return [
    company('acme', 'Acme', `${baseUrl}/acme/`, 95, '.jobs'),
    company('globex', 'Globex', `${baseUrl}/globex/`, 70, '#openings'),
    company('initech', 'Initech', `${baseUrl}/initech/`, 50),
    company('hooli', 'Hooli', 'https://boards.greenhouse.io/hooli', 85),
    company('piedpiper', 'Pied Piper', 'https://jobs.lever.co/piedpiper', 65),
    company('umbrella', 'Umbrella', 'https://jobs.ashbyhq.com/Umbrella', 20),
  ];
}

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Add a demo user (with profile and CV) and six demo companies served by the local demo site.',
  synopsis: 'seed-demo --base-url URL',
  help: `Options:
  --base-url URL   where the demo site runs (make demo starts it and passes its address)

The three ATS companies keep their real board URLs; set SCOUTLY_ATS_BASE_URL to the same URL so their
feeds are read from the demo site, and SCOUTLY_ALLOW_PRIVATE_URLS=1 so 127.0.0.1 may be fetched.`,
  options: { 'base-url': { type: 'string' } },
  async run(args, ctx) {
    const baseUrl = stringFlag(args, 'base-url');
    if (!baseUrl || !/^https?:\/\//.test(baseUrl)) throw new UsageError('--base-url must be the demo site\'s http URL', usageOf(seedDemoCommand));
    const store = await ctx.openStore();
    const now = ctx.now();
    const companies = demoCompanies(baseUrl.replace(/\/$/, ''));
    writeTx(store, () => {
      const cvBytes = readFileSync(demoFile('cv.md'));
      const user = upsertUser(store, {
        email: DEMO_USER, profile: JSON.parse(readFileSync(demoFile('profile.json'), 'utf8')) as Record<string, unknown>,
        cv: { fileName: 'cv.md', text: cvBytes.toString('utf8'), bytes: cvBytes },
      }, now);
      const { ids } = upsertCompanies(store, companies, now);
      ids.forEach((id, i) => setPreference(store, user.id, id, companies[i]!.rank, now));
    });
    ctx.out(`seeded ${DEMO_USER} tracking ${companies.length} demo companies: ${companies.map((c) => `${c.slug} (${c.rank})`).join(', ')}`);
    return EXIT.ok;
  },
};
