// An Eightfold tenant that refuses `/api/apply/v2/jobs` (403, as branded tenants answer it) and serves its
// PCSX search: the genuine position of test/fixtures/ats/eightfold-pcsx and copies of it (new id, name and
// place only), ten a page whatever is asked, `location` matched against the position's places.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json } from '../servers.js';
import { fixtureJson } from './route.js';

export const PCSX_HOST = 'careers.branded.example';
const BASE = `/eightfold/${PCSX_HOST}`;

type Position = { id: number; name: string; locations: string[]; positionUrl: string } & Record<string, unknown>;

export function pcsxPositions(): Position[] {
  const [genuine] = fixtureJson<{ data: { positions: Position[] } }>('eightfold-pcsx/search.json').data.positions;
  const copies = Array.from({ length: 22 }, (_, i) => ({
    ...genuine!, id: 171_837_904_000 + i, name: `Account Executive ${i}`, positionUrl: `/careers/job/${171_837_904_000 + i}`,
    locations: [i % 2 ? 'Toronto, Ontario, Canada' : 'Amsterdam, Netherlands'],
  }));
  return [genuine!, ...copies];
}

export function eightfoldPcsxRoutes(_req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (url.pathname === `${BASE}/api/apply/v2/jobs`) return json(res, { error: 'Forbidden' }, 403), true;
  if (url.pathname !== `${BASE}/api/pcsx/search`) return false;
  if (url.searchParams.get('domain') !== 'branded.example') return json(res, { status: 400, error: { message: 'unknown domain' } }, 400), true;
  const location = url.searchParams.get('location');
  const all = pcsxPositions().filter((p) => !location || p.locations.some((l) => l.includes(location)));
  const start = Number(url.searchParams.get('start') ?? 0);
  json(res, { data: { count: all.length, positions: all.slice(start, start + 10) } });
  return true;
}
