// BambooHR's careers list in the stand-in farm: every opening of a careers site in one answer.
import { json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

const SITES: Record<string, string> = { 'acme.bamboohr.com': 'bamboohr/list.json', 'scottsdale.bamboohr.com': 'bamboohr/list-ats-location.json' };

export const bambooHrRoutes: FarmRoute = (_req, res, url) => {
  const m = /^\/bamboohr\/([^/]+)\/careers\/list$/.exec(url.pathname);
  if (!m) return false;
  const fixture = SITES[m[1]!];
  json(res, fixture ? fixtureJson(fixture) : { error: 'not found' }, fixture ? 200 : 404);
  return true;
};
