// Teamtailor career sites' JSON Feed in the stand-in farm. UpCloud's feed is served two items a page with
// JSON Feed's `next_url`; a career site on the company's own domain (the farm's host) answers with
// Teamtailor's own feed.
import { json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

type Feed = { feed_url: string; next_url?: string; items: unknown[] };
const PER_PAGE = 2;

export const teamtailorRoutes: FarmRoute = (req, res, url) => {
  const m = /^\/teamtailor\/([^/]+)\/jobs\.json$/.exec(url.pathname);
  if (!m) return false;
  const host = m[1]!;
  if (host === req.headers.host) {
    json(res, fixtureJson('teamtailor/career-teamtailor.json'));
  } else if (host === 'upcloud.teamtailor.com') {
    const feed = fixtureJson<Feed>('teamtailor/upcloud.json');
    const page = Number(url.searchParams.get('page') ?? 1);
    const items = feed.items.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    const more = page * PER_PAGE < feed.items.length;
    json(res, { ...feed, items, ...(more ? { next_url: `${feed.feed_url}?page=${page + 1}` } : {}) });
  } else {
    json(res, { error: 'not found' }, 404);
  }
  return true;
};
