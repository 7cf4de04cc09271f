// JOIN in the stand-in farm: a company's page carries the company's id in its Next.js page data (a company
// that is gone gets the site's not-found page, status 404 inside a 200 answer); the public job list pages by
// `page` and `pageSize` with `pagination.pageCount`. Alteos's list is the genuine page 1 of
// test/fixtures/ats/join and, as in that sample's origin's own test, page 2 its first job under a new link.
import { html, json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

type Item = { id: number; idParam: string; title: string } & Record<string, unknown>;
const nextData = (pageProps: unknown) =>
  `<!DOCTYPE html><html><head></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${
    JSON.stringify({ props: { pageProps }, page: '/companies/[companySlug]' })}</script></body></html>`;

/** Companies by slug: their id and jobs. */
export const JOIN_COMPANIES: Record<string, { id: number; items: () => Item[] }> = {
  alteos: {
    id: 1080,
    items: () => {
      const page1 = fixtureJson<{ items: Item[] }>('join/alteos-jobs-page1.json').items;
      return [...page1, { ...page1[0]!, id: 99_999_999, idParam: '99999999-second-page-job' }];
    },
  },
};

export const joinRoutes: FarmRoute = (_req, res, url) => {
  const page = /^\/join\/join\.com\/companies\/([^/]+)$/.exec(url.pathname);
  if (page) {
    const company = JOIN_COMPANIES[decodeURIComponent(page[1]!)];
    html(res, nextData(company ? { initialState: { company: { id: company.id, domain: page[1] } } } : { statusCode: 404 }));
    return true;
  }
  const list = /^\/join\/join\.com\/api\/public\/companies\/(\d+)\/jobs$/.exec(url.pathname);
  if (!list) return false;
  const company = Object.values(JOIN_COMPANIES).find((c) => String(c.id) === list[1]);
  if (!company) return json(res, { statusCode: 404, message: 'Entity not found' }, 404), true;
  const all = company.items();
  const n = Number(url.searchParams.get('page') ?? 1);
  const size = Number(url.searchParams.get('pageSize') ?? 5);
  json(res, {
    items: all.slice((n - 1) * size, n * size), aggregations: [],
    pagination: { rowCount: all.length, pageCount: Math.ceil(all.length / size), page: n, pageSize: size },
  });
  return true;
};
