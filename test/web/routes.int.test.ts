// Every route the app has, enumerated from the app itself (so a new route cannot escape): without a
// session each answers 401 (API) or sends the browser to sign in (pages), except the explicit public list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { Client, startTestWeb, type TestWeb } from './helpers.js';

/** Anyone may reach these: signing in, a setup link, a digest's action link, the static assets. */
const PUBLIC = ['GET /sign-in', 'POST /sign-in', 'GET /setup/:token', 'POST /setup/:token', 'GET /act/:token', 'POST /act/:token',
  'POST /api/v1/actions/:token', 'GET /assets/:name'];

let web: TestWeb;
beforeAll(async () => {
  web = await startTestWeb();
  // Real rows behind the ids the walk uses: a refusal must come from the missing session, not a missing row.
  seedMatches(web.store, 'acme', [{ title: 'Platform Engineer', score: 90 }], web.clock.now());
});
afterAll(async () => {
  await web.close();
  cleanupTempDirs();
});

function routes(): { method: string; path: string; key: string }[] {
  const seen = new Map<string, { method: string; path: string; key: string }>();
  for (const r of web.app.routes) {
    if (r.method === 'ALL') continue; // middleware
    const key = `${r.method} ${r.path}`;
    seen.set(key, { method: r.method, path: r.path, key });
  }
  return [...seen.values()];
}

const concrete = (path: string) => path.replace(':id', '1').replace(':slug', 'acme').replace(':token', 'some-token').replace(':name', 'style.css');
const isApi = (path: string) => path.startsWith('/api/v1/') || path === '/api/openapi.json';

describe('who may reach what', () => {
  it('the app has the routes the walk expects, public ones included', () => {
    const keys = routes().map((r) => r.key);
    expect(keys.length).toBeGreaterThanOrEqual(45);
    for (const p of PUBLIC) expect(keys, p).toContain(p);
  });

  it('without a session, every other route answers 401 (API) or redirects to sign in (pages)', async () => {
    const client = new Client(web.url);
    const checked: string[] = [];
    for (const r of routes().filter((x) => !PUBLIC.includes(x.key))) {
      const res = await client.request(concrete(r.path), { method: r.method, ...(r.method === 'GET' ? {} : { form: { anything: '1' } }) });
      if (isApi(r.path)) {
        expect(res.status, r.key).toBe(401);
        expect(res.headers.get('content-type'), r.key).toBe('application/problem+json');
        expect(res.headers.get('www-authenticate'), r.key).toBe('Bearer');
      } else {
        expect(res.status, r.key).toBe(303);
        expect(res.headers.get('location'), r.key).toMatch(/^\/sign-in(\?next=|$)/);
      }
      await res.arrayBuffer();
      checked.push(r.key);
    }
    expect(checked.length).toBeGreaterThanOrEqual(37);
  });

  it('an unknown or revoked API token is refused on every API route, never taken as "no token" for a cookie', async () => {
    const client = new Client(web.url);
    for (const r of routes().filter((x) => isApi(x.path) && !PUBLIC.includes(x.key))) {
      const res = await client.request(concrete(r.path), { method: r.method, headers: { authorization: 'Bearer scoutly_not-a-real-token' } });
      expect(res.status, r.key).toBe(401);
      await res.arrayBuffer();
    }
  });

  it('the public routes answer without a session', async () => {
    const client = new Client(web.url);
    expect((await client.request('/sign-in')).status).toBe(200);
    expect((await client.request('/assets/style.css')).status).toBe(200);
    expect((await client.request('/setup/some-token')).status).toBe(404); // an unknown link says so; it does not ask to sign in
    expect((await client.request('/act/some-token')).status).toBe(404);
    expect((await client.request('/api/v1/actions/some-token', { method: 'POST' })).status).toBe(404);
  });
});
