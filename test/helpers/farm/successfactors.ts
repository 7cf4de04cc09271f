// SuccessFactors career sites' search in the stand-in farm: `POST /services/recruiting/v1/jobs`, ten a page by
// `pageNumber`, `totalJobs` on every page. careers.skyworksinc.com answers the genuine two jobs of
// test/fixtures/ats/successfactors and 21 copies of the first (new id, title and url titles only) in en_US;
// any other host (the farm's own, serving a site page) answers an empty search in the locale it is asked.
import { json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

export const SKYWORKS_HOST = 'careers.skyworksinc.com';
type Result = { response: { id: string | number; unifiedStandardTitle: string } & Record<string, unknown> };

export function skyworksJobs(): Result[] {
  const [first, second] = fixtureJson<{ jobSearchResult: Result[] }>('successfactors/skyworks-jobs.json').jobSearchResult;
  const copies = Array.from({ length: 21 }, (_, i) => ({
    response: { ...first!.response, id: String(80_000 + i), unifiedStandardTitle: `Test Engineer ${i}`, urlTitle: `Test-Engineer-${i}`, unifiedUrlTitle: `Test-Engineer-${i}` },
  }));
  return [first!, second!, ...copies];
}

export const successFactorsRoutes: FarmRoute = (req, res, url, body) => {
  const m = /^\/successfactors\/([^/]+)\/services\/recruiting\/v1\/jobs$/.exec(url.pathname);
  if (!m) return false;
  if (req.method !== 'POST') return json(res, { error: 'Method Not Allowed' }, 405), true;
  const { pageNumber = 0, locale } = JSON.parse(body || '{}') as { pageNumber?: number; locale?: string };
  const all = m[1] === SKYWORKS_HOST && locale === 'en_US' ? skyworksJobs() : [];
  json(res, { jobSearchResult: all.slice(pageNumber * 10, pageNumber * 10 + 10), totalJobs: all.length });
  return true;
};
