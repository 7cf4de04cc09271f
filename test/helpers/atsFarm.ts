// A local stand-in for the ATS APIs Scoutly reads, on 127.0.0.1, behind SCOUTLY_ATS_BASE_URL
// (`/<kind>/<host>/<path>`). It answers with test/fixtures/ats (documented shapes) and implements each
// API's documented paging and filtering, so filters are checked against the API's rules, not ours.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { html, json, serve, type TestServer } from './servers.js';
import { eightfoldPcsxRoutes } from './farm/eightfoldPcsx.js';
import { notionRoutes } from './farm/notion.js';
import { oracleRoutes } from './farm/oracle.js';
import { ripplingRoutes } from './farm/rippling.js';
import { bambooHrRoutes } from './farm/bamboohr.js';
import { teamtailorRoutes } from './farm/teamtailor.js';
import { jobviteRoutes } from './farm/jobvite.js';
import { icimsRoutes } from './farm/icims.js';
import { pinpointRoutes } from './farm/pinpoint.js';
import { atsFixture, fixtureJson, type FarmRoute } from './farm/route.js';
import { softgardenRoutes } from './farm/softgarden.js';
import { comeetRoutes } from './farm/comeet.js';
import { doverRoutes } from './farm/dover.js';
import { joinRoutes } from './farm/join.js';
import { jazzhrRoutes } from './farm/jazzhr.js';
import { paylocityRoutes } from './farm/paylocity.js';
import { successFactorsRoutes } from './farm/successfactors.js';

export { atsFixture };

const VENDOR_ROUTES: FarmRoute[] = [
  ripplingRoutes,
  bambooHrRoutes,
  teamtailorRoutes,
  jobviteRoutes,
  icimsRoutes,
  pinpointRoutes,
  softgardenRoutes,
  comeetRoutes,
  oracleRoutes,
  eightfoldPcsxRoutes,
  notionRoutes,
  doverRoutes,
  joinRoutes,
  jazzhrRoutes,
  paylocityRoutes,
  successFactorsRoutes,
];

type LeverPosting = { categories: Record<string, string | undefined> };

/** Lever: each filter parameter OR's its values; different parameters AND; several values are case-sensitive. */
function leverFilter(postings: LeverPosting[], query: URLSearchParams): LeverPosting[] {
  return postings.filter((p) => ['team', 'department', 'location', 'commitment', 'level'].every((k) => {
    const wanted = query.getAll(k);
    if (!wanted.length) return true;
    const value = p.categories[k] ?? '';
    return wanted.length === 1 ? value.toLowerCase() === wanted[0]!.toLowerCase() : wanted.includes(value);
  }));
}

/** 45 Workday postings; each has a location facet id; `total` is sent on the first page only, as Workday does. */
export const WORKDAY_POSTINGS = Array.from({ length: 45 }, (_, i) => ({
  title: `Analyst ${i}`, externalPath: `/job/Remote/Analyst-${i}_R${i}`, bulletFields: [`R${i}`],
  locationsText: i % 5 === 0 ? '3 Locations' : i % 2 ? 'Amsterdam' : 'Remote, Netherlands',
  postedOn: i === 0 ? 'Posted Today' : i === 1 ? 'Posted Yesterday' : i === 2 ? 'Posted 30+ Days Ago' : `Posted ${i % 7} Days Ago`,
  facet: i % 3 === 0 ? 'loc-ams' : 'loc-rem',
}));

export const EIGHTFOLD_POSITIONS = Array.from({ length: 25 }, (_, i) => ({
  id: 790_000 + i, name: `Software Engineer ${i}`, location: i % 2 ? 'Los Gatos, California, United States' : 'Amsterdam, Netherlands',
  locations: i % 2 ? ['Los Gatos, California, United States'] : ['Amsterdam, Netherlands', 'Remote, Netherlands'],
  department: 'Engineering', business_unit: 'Streaming', t_create: 1_763_000_000 + i, t_update: 1_763_100_000 + i,
  ats_job_id: `JR${i}`, display_job_id: `JR${i}`, type: 'ATS', work_location_option: i % 3 === 0 ? 'remote' : 'onsite',
  canonicalPositionUrl: `https://careers.acme.com/careers/job/${790_000 + i}`, job_description: `<p>Build &amp; run service ${i}.</p>`,
}));

export interface AtsFarm {
  server: TestServer;
  url: string;
  /** Requests seen, by path (for "asked only once", "never asked"). */
  hits(pathPrefix: string): number;
  /** Extra routes: custom careers pages embedding boards, traps. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startAtsFarm(host = '127.0.0.1'): Promise<AtsFarm> {
  const pages = new Map<string, string>();
  const handler = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url!, 'http://x');
    const p = url.pathname;
    const q = url.searchParams;
    if (pages.has(p)) return html(res, pages.get(p)!);
    if (VENDOR_ROUTES.some((route) => route(req, res, url, body))) return;
    switch (p) {
      case '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/jobs': return json(res, fixtureJson('greenhouse-acme-jobs.json'));
      case '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/departments': return json(res, fixtureJson('greenhouse-acme-departments.json'));
      case '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/offices': return json(res, fixtureJson('greenhouse-acme-offices.json'));
      case '/lever/api.lever.co/v0/postings/acme': {
        const all = leverFilter(fixtureJson<LeverPosting[]>('lever-acme.json'), q);
        const skip = Number(q.get('skip') ?? 0);
        return json(res, all.slice(skip, skip + Number(q.get('limit') ?? 100)));
      }
      case '/ashby/api.ashbyhq.com/posting-api/job-board/Acme': return json(res, fixtureJson('ashby-acme.json'));
      case '/ashby/jobs.ashbyhq.com/api/non-user-graphql': {
        const vars = (JSON.parse(body || '{}') as { variables?: { organizationHostedJobsPageName?: string } }).variables;
        return json(res, vars?.organizationHostedJobsPageName === 'Acme' ? fixtureJson('ashby-acme-teams.json') : { data: { jobBoard: null } });
      }
      case '/workable/apply.workable.com/api/v1/widget/accounts/vandelay': return json(res, fixtureJson('workable.json'));
      case '/recruitee/kramerica.recruitee.com/api/offers/': return json(res, fixtureJson('recruitee.json'));
      case '/breezy/pendant.breezy.hr/json': return json(res, fixtureJson('breezy.json'));
      case '/personio/bizarro.jobs.personio.de/xml': return void res.writeHead(200, { 'content-type': 'application/xml' }).end(atsFixture('personio.xml'));
      case '/smartrecruiters/api.smartrecruiters.com/v1/companies/Kruger/postings': {
        const all = Array.from({ length: 120 }, (_, i) => ({
          id: `7440000${100 + i}`, name: `Role ${i}`, releasedDate: '2026-11-01T10:00:00.000Z', refNumber: `R${i}`,
          location: { city: 'Lisbon', region: 'Lisbon', country: 'pt', remote: i % 4 === 0, hybrid: i % 4 === 1,
            ...(i === 0 ? { fullLocation: 'Lisbon, Lisbon, Portugal' } : {}) },
          department: { id: i % 2 ? '11' : '12', label: i % 2 ? 'Engineering' : 'Marketing' },
        }));
        const offset = Number(q.get('offset') ?? 0);
        return json(res, { offset, limit: 100, totalFound: all.length, content: all.slice(offset, offset + 100) });
      }
      case '/workday/globo.wd3.myworkdayjobs.com/wday/cxs/globo/External/jobs': {
        if (req.method !== 'POST') return json(res, { error: 'POST only' }, 405);
        const { offset, limit, appliedFacets } = JSON.parse(body) as { offset: number; limit: number; appliedFacets: Record<string, string[]> };
        const wanted = appliedFacets.locations;
        const all = WORKDAY_POSTINGS.filter((j) => !wanted?.length || wanted.includes(j.facet));
        const page = all.slice(offset, offset + limit).map(({ facet: _facet, ...j }) => j);
        return json(res, { total: offset === 0 ? all.length : 0, jobPostings: page, facets: [] });
      }
      case '/eightfold/careers.acme.com/api/apply/v2/jobs': {
        if (q.get('domain') !== 'acme.com') return json(res, { error: 'unknown domain' }, 400);
        const start = Number(q.get('start') ?? 0);
        const num = Math.min(Number(q.get('num') ?? 10), 10); // the tenant caps its pages
        const loc = q.get('location');
        const all = EIGHTFOLD_POSITIONS.filter((x) => !loc || x.location.includes(loc));
        return json(res, { positions: all.slice(start, start + num), count: all.length });
      }
      default:
        return json(res, { error: 'not found' }, 404);
    }
  };
  const server = await serve(handler, host);
  return {
    server, url: server.url, pages,
    hits: (prefix) => server.requests.filter((r) => r.url.startsWith(prefix)).length,
    close: () => server.close(),
  };
}

/** The farm for one test file: started before its tests, closed after. */
export function useAtsFarm(): { readonly farm: AtsFarm } {
  let farm: AtsFarm | undefined;
  beforeAll(async () => {
    farm = await startAtsFarm();
  });
  afterAll(() => farm?.close());
  return { get farm() {
    if (!farm) throw new Error('the ATS farm starts in beforeAll');
    return farm;
  } };
}
