// JazzHR's hosted boards in the stand-in farm (test/fixtures/ats/jazzhr): HackerEarth's list, Smule's empty
// one; any other name is redirected to JazzHR's job-seekers page, as JazzHR does.
import { html } from '../servers.js';
import { atsFixture, farmOrigin, type FarmRoute } from './route.js';

const BOARDS: Record<string, string> = { hackerearth: 'jazzhr/hackerearth-apply.html', smuleinc: 'jazzhr/smuleinc-apply-empty.html' };

export const jazzhrRoutes: FarmRoute = (req, res, url) => {
  if (url.pathname === '/jazzhr/www.jazzhr.com/job-seekers') return html(res, atsFixture('jazzhr/jazzhr-job-seekers.html')), true;
  const m = /^\/jazzhr\/([a-z0-9-]+)\.applytojob\.com\/apply\/?$/.exec(url.pathname);
  if (!m) return false;
  const fixture = BOARDS[m[1]!];
  if (fixture) html(res, atsFixture(fixture));
  else res.writeHead(302, { location: `${farmOrigin(req)}/jazzhr/www.jazzhr.com/job-seekers` }).end();
  return true;
};
