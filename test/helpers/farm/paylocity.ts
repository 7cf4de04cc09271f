// Paylocity's public boards in the stand-in farm: North Carolina Advanced Energy Corporation's genuine page
// (test/fixtures/ats/paylocity); `…0001` is that page with one job's location object malformed (kept, with the
// drift reported), `…0002` a page without its jobs' data. Other ids are not found.
import { html } from '../servers.js';
import { atsFixture, type FarmRoute } from './route.js';

export const PAYLOCITY_NCAEC = '211e692d-c45a-4e3a-ae01-3e497af97929';
export const PAYLOCITY_MALFORMED = '00000000-0000-4000-8000-000000000001';
export const PAYLOCITY_DRIFTED = '00000000-0000-4000-8000-000000000002';

const genuine = () => atsFixture('paylocity/ncaec-jobs-all.html');

export const paylocityRoutes: FarmRoute = (_req, res, url) => {
  const m = /^\/paylocity\/recruiting\.paylocity\.com\/Recruiting\/Jobs\/All\/([^/]+)$/.exec(url.pathname);
  if (!m) return false;
  if (m[1] === PAYLOCITY_NCAEC) html(res, genuine());
  else if (m[1] === PAYLOCITY_MALFORMED) html(res, genuine().replace('"JobLocation":{"LocationId":4066251', '"JobLocation":"Raleigh","x":{"LocationId":4066251'));
  else if (m[1] === PAYLOCITY_DRIFTED) html(res, '<!doctype html><html><body><div id="app"></div></body></html>');
  else html(res, '<h1>Not Found</h1>', 404);
  return true;
};
