// iCIMS career portals' job search in the stand-in farm, as its iframe content (`in_iframe=1`), paged by
// `pr` from 0. Wipfli's page has no pager and is answered again for any later page (what a portal answers
// past its end is not known; the reader stops on a page that brings nothing new); Kimley-Horn's says
// "Page 1 of 1".
import { html } from '../servers.js';
import { atsFixture, type FarmRoute } from './route.js';

const PORTALS: Record<string, string> = {
  'careers-wipfli.icims.com': 'icims/wipfli-search.html', 'careers-kimley-horn.icims.com': 'icims/kimley-horn-search.html',
};

export const icimsRoutes: FarmRoute = (_req, res, url) => {
  const m = /^\/icims\/([^/]+)\/jobs\/search$/.exec(url.pathname);
  if (!m) return false;
  const fixture = PORTALS[m[1]!];
  if (!fixture) html(res, '', 404);
  else if (url.searchParams.get('in_iframe') !== '1') html(res, '<iframe id="icims_content_iframe"></iframe>'); // the wrapper, without jobs
  else html(res, atsFixture(fixture));
  return true;
};
