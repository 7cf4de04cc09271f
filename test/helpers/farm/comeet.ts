// Comeet stand-in: the hosted careers page, whose COMPANY_DATA carries the company's UID and public careers
// token (the only part of the real page Scoutly reads), and the Careers API, which answers a company's
// list only with its token and includes `details` only when asked (`details=true`). Lists from the
// genuine samples in test/fixtures/ats/comeet.
import { readFileSync } from 'node:fs';
import type { FarmRoute } from './route.js';
import { html, json } from '../servers.js';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/ats/comeet/${name}`, import.meta.url), 'utf8')) as unknown;

/** Companies by UID: hosted slug, careers token, positions. */
export const COMEET_COMPANIES: Record<string, { slug: string; token: string; positions: () => unknown }> = {
  '61.005': { slug: 'mwdn', token: 'tok_123', positions: () => sample('mwdn-positions.json') },
  // The documented example's company (its token is not published; this one is ours).
  '30.005': { slug: 'companyname', token: '5E7236A0BCE5E7295111B55E70BCE', positions: () => [sample('documented-position.json')] },
};

export const comeetRoutes: FarmRoute = (_req, res, url) => {
  const hosted = /^\/comeet\/www\.comeet\.com\/jobs\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (hosted) {
    const company = COMEET_COMPANIES[hosted[2]!];
    if (!company || company.slug !== hosted[1]) html(res, '<h1>Page not found</h1>', 404);
    else html(res, `<!doctype html><html ng-app="careers"><head><script>
      COMPANY_DATA = {"company_uid": "${hosted[2]}", "token": "${company.token}", "slug": "${company.slug}"};
    </script></head><body><div ng-view></div></body></html>`);
    return true;
  }
  const api = /^\/comeet\/www\.comeet\.co\/careers-api\/2\.0\/company\/([^/]+)\/positions$/.exec(url.pathname);
  if (!api) return false;
  const company = COMEET_COMPANIES[api[1]!];
  if (!company || url.searchParams.get('token') !== company.token) {
    json(res, { error: 'unknown company or token' }, 401);
    return true;
  }
  const positions = company.positions() as Record<string, unknown>[];
  json(res, url.searchParams.get('details') === 'true' ? positions : positions.map(({ details: _details, ...p }) => p));
  return true;
};
