// Pinpoint's postings.json in the stand-in farm: the whole board in one answer. Two variants of the real
// board check validation: one posting's location malformed (kept, with the drift reported), every title gone (extraction drift).
import { json } from '../servers.js';
import { fixtureJson, type FarmRoute } from './route.js';

type Board = { data: Record<string, unknown>[] };
const board = () => fixtureJson<Board>('pinpoint/workwithus.json');

const SITES: Record<string, () => Board> = {
  'workwithus.pinpointhq.com': board,
  'malformed.pinpointhq.com': () => {
    const b = board();
    b.data[0]!.location = 'London';
    return b;
  },
  'drifted.pinpointhq.com': () => ({ data: board().data.map(({ title: _title, ...rest }) => rest) }),
};

export const pinpointRoutes: FarmRoute = (_req, res, url) => {
  const m = /^\/pinpoint\/([^/]+)\/postings\.json$/.exec(url.pathname);
  if (!m) return false;
  const site = SITES[m[1]!];
  json(res, site ? site() : { error: 'not found' }, site ? 200 : 404);
  return true;
};
