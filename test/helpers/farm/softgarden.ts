// Softgarden stand-in: a career site's `jobs.feed.json`, the whole board in one answer as Softgarden
// publishes it, from the genuine sample in test/fixtures/ats/softgarden.
import { readFileSync } from 'node:fs';
import type { FarmRoute } from './route.js';
import { json } from '../servers.js';

export const SOFTGARDEN_FEED = readFileSync(new URL('../../fixtures/ats/softgarden/abeking-jobs.feed.json', import.meta.url), 'utf8');

export const softgardenRoutes: FarmRoute = (_req, res, url) => {
  const site = /^\/softgarden\/([a-z0-9-]+)\.career\.softgarden\.de\/jobs\.feed\.json$/.exec(url.pathname)?.[1];
  if (!site) return false;
  if (site !== 'abeking') json(res, { error: 'no such career site' }, 404);
  else res.writeHead(200, { 'content-type': 'application/json' }).end(SOFTGARDEN_FEED);
  return true;
};
