// Rippling's job board API in the stand-in farm: a board's whole list in one answer (an array), a job open
// in several places once per place; an unknown board is a 404.
import { json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

const BOARDS: Record<string, string> = { rippling: 'rippling/rippling.json', acme: 'rippling/one-job-two-places.json' };

export const ripplingRoutes: FarmRoute = (_req, res, url) => {
  const m = /^\/rippling\/api\.rippling\.com\/platform\/api\/ats\/v1\/board\/([^/]+)\/jobs$/.exec(url.pathname);
  if (!m) return false;
  const fixture = BOARDS[decodeURIComponent(m[1]!)];
  json(res, fixture ? fixtureJson(fixture) : { error: 'board not found' }, fixture ? 200 : 404);
  return true;
};
