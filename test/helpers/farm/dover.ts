// Dover's careers-page API in the stand-in farm: the slug names the careers page's id, whose jobs come in
// Django REST framework limit/offset pages (`count`, `next`, `previous`, `results`). Boards from the genuine
// jobs in test/fixtures/ats/dover; Dover's own board grows with copies of them (new id and title only), a
// sample job and an unpublished one, so that paging and what is left out show. `drifty` is Dover's own board
// with one job's title gone and another's places sent as a sentence (kept, with the drift reported).
import { json } from '../servers.js';
import { farmOrigin, fixtureJson, type FarmRoute } from './route.js';

type Job = { id: string; title: string; is_sample?: boolean; is_published?: boolean } & Record<string, unknown>;

function doverOwnJobs(): Job[] {
  const [head, marketing] = fixtureJson<Job[]>('dover/dover-jobs.json');
  const copies = Array.from({ length: 118 }, (_, i) => ({ ...marketing!, id: `0000${i}-copy`, title: `Account Executive ${i}` }));
  return [head!, { ...head!, id: 'sample-1', title: 'Example Role', is_sample: true },
    { ...marketing!, id: 'draft-1', title: 'Draft Role', is_published: false }, marketing!, ...copies];
}

/** Careers pages by slug: their id and jobs. */
export const DOVER_BOARDS: Record<string, { id: string; jobs: () => Job[] }> = {
  dover: { id: '5c5b1f7e-0d29-4d63-9a4c-0d6f1b2c3a41', jobs: doverOwnJobs },
  drifty: {
    id: '0b7e4d52-3f1a-4c8e-9d6b-2a5f7c9e1d30',
    jobs: () => doverOwnJobs().map((job, i) => {
      if (i === 4) return { ...job, locations: 'Remote, anywhere in the US' };
      if (i !== 3) return job;
      const { title: _gone, ...untitled } = job;
      return untitled as Job;
    }),
  },
  codingal: { id: '9d19c96c-5e33-4332-8c9a-623e55540671', jobs: () => [fixtureJson<Job>('dover/codingal-job.json')] },
  // The genuine jobs with their titles gone.
  drifted: { id: 'd71f0c1e-7a57-4b4e-8f0e-4e2f9d9d0a11', jobs: () => fixtureJson<Job[]>('dover/dover-jobs.json').map(({ title: _t, ...j }) => j as Job) },
};

export const doverRoutes: FarmRoute = (req, res, url) => {
  const slug = /^\/dover\/app\.dover\.com\/api\/v1\/careers-page-slug\/([^/]+)$/.exec(url.pathname);
  if (slug) {
    const board = DOVER_BOARDS[decodeURIComponent(slug[1]!)];
    if (board) json(res, { id: board.id });
    else json(res, { detail: 'Not found.' }, 404);
    return true;
  }
  const list = /^\/dover\/app\.dover\.com\/api\/v1\/careers-page\/([^/]+)\/jobs$/.exec(url.pathname);
  if (!list) return false;
  const board = Object.values(DOVER_BOARDS).find((b) => b.id === list[1]);
  if (!board) return json(res, { detail: 'Not found.' }, 404), true;
  const all = board.jobs();
  const limit = Number(url.searchParams.get('limit') ?? 10);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const at = (o: number) => `${farmOrigin(req)}${url.pathname}?limit=${limit}&offset=${o}`;
  json(res, {
    count: all.length, next: offset + limit < all.length ? at(offset + limit) : null, previous: offset > 0 ? at(Math.max(0, offset - limit)) : null,
    results: all.slice(offset, offset + limit),
  });
  return true;
};
