// Jobvite's hosted boards in the stand-in farm: a board's page of jobs; an unknown board redirects to
// Jobvite's search (`search.jobvite.com/?invalid=1`), as Jobvite does.
import { html } from '../servers.js';
import { atsFixture, farmOrigin, type FarmRoute } from './route.js';

export const jobviteRoutes: FarmRoute = (req, res, url) => {
  if (url.pathname.startsWith('/jobvite/search.jobvite.com/')) {
    html(res, '<!doctype html><title>Jobvite</title>');
    return true;
  }
  const m = /^\/jobvite\/jobs\.jobvite\.com\/([^/]+)\/jobs$/.exec(url.pathname);
  if (!m) return false;
  if (m[1] === 'feedingamerica') html(res, atsFixture('jobvite/feedingamerica.html'));
  else res.writeHead(302, { location: `${farmOrigin(req)}/jobvite/search.jobvite.com/?invalid=1` }).end();
  return true;
};
