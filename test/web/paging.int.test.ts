// The matches list a page at a time, on the real server over a real database: 120 matches on pages of 50,
// best first, each shown once; the count and the range shown; the next link keeps the filters; the API
// pages the same way and names a bad page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/apiTokens.js';
import { cleanupTempDirs } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { addUser, Client, signedIn, startTestWeb, type TestWeb } from './helpers.js';

const EMAIL = 'carol@example.com';
let web: TestWeb;
let acmeIds: number[];

beforeAll(async () => {
  web = await startTestWeb();
  await addUser(web, EMAIL);
  // Scores 61–99 repeat, so the order also rests on the tie-breakers across page boundaries.
  acmeIds = Object.values(seedMatches(web.store, 'acme', Array.from({ length: 120 }, (_, i) => ({ title: `Acme role ${i}`, score: 61 + (i % 39) })), web.clock.now(), EMAIL));
  // Matches the company filter must leave out.
  seedMatches(web.store, 'globex', Array.from({ length: 10 }, (_, i) => ({ title: `Globex role ${i}`, score: 99 })), web.clock.now(), EMAIL);
});
afterAll(async () => {
  await web.close();
  cleanupTempDirs();
});

const unescape = (href: string) => href.replace(/&amp;/g, '&');

interface Shown { ids: number[]; scores: number[]; status: string; next: string | null }

function read(html: string): Shown {
  const cards = [...html.matchAll(/<article class="card match" id="match-(\d+)"[\s\S]*?<span class="score" title="score">(\d+)<\/span>/g)];
  const next = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
  return {
    ids: cards.map((m) => Number(m[1])), scores: cards.map((m) => Number(m[2])),
    status: /<p class="muted" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? '', next: next ? unescape(next) : null,
  };
}

describe('the matches page, a page at a time', () => {
  it('shows 120 matches on pages of 50, best first, each once, with the count; the next link keeps the filters', async () => {
    const carol = await signedIn(web, EMAIL);
    const pages: Shown[] = [];
    let next: string | null = '/matches?company=acme&minScore=60&status=want_to_apply';
    while (next && pages.length < 5) {
      const res = await carol.request(next);
      expect(res.status).toBe(200);
      const shown = read(await res.text());
      pages.push(shown);
      if (shown.next) {
        const url = new URL(shown.next, web.url);
        expect(Object.fromEntries(url.searchParams)).toEqual({ company: 'acme', minScore: '60', status: 'want_to_apply', page: String(pages.length + 1) });
      }
      next = shown.next;
    }
    expect(pages.map((p) => p.ids.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => p.status.replace(/^.*best first/, ''))).toEqual([': 1–50 of 120.', ': 51–100 of 120.', ': 101–120 of 120.']);
    expect(pages[0]!.status).toMatch(/^120 matches/);
    const ids = pages.flatMap((p) => p.ids);
    expect([...ids].sort((a, b) => a - b)).toEqual([...acmeIds].sort((a, b) => a - b));
    const scores = pages.flatMap((p) => p.scores);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a page past the end says so and links back; one page needs no pager', async () => {
    const carol = await signedIn(web, EMAIL);
    const past = await (await carol.request('/matches?company=acme&page=9')).text();
    expect(read(past).ids).toEqual([]);
    expect(read(past).status).toContain('none of 120 on page 9');
    expect(unescape(/<a href="([^"]+)" rel="prev">/.exec(past)![1]!)).toBe('/matches?company=acme&page=3');
    const globex = await (await carol.request('/matches?company=globex')).text();
    expect(read(globex).ids).toHaveLength(10);
    expect(globex).not.toContain('class="pager"');
    const bad = await carol.request('/matches?page=0');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('page: must be a whole number from 1');
  });
});

describe('the matches API, a page at a time', () => {
  it('answers one page with the total; perPage up to 500; a bad one names the field', async () => {
    const userId = (web.store.sqlite.prepare('SELECT id FROM users WHERE email = ?').get(EMAIL) as { id: number }).id;
    const token = createApiToken(web.store, userId, 'test', web.clock.now()).token;
    const api = async (path: string) => new Client(web.url).request(path, { origin: null, site: null, headers: { authorization: `Bearer ${token}` } });
    const first = await (await api('/api/v1/matches?company=acme')).json() as { matches: { id: number }[]; total: number; page: number; perPage: number };
    expect({ ...first, matches: first.matches.length }).toEqual({ matches: 50, total: 120, page: 1, perPage: 50 });
    const third = await (await api('/api/v1/matches?company=acme&page=3')).json() as { matches: { id: number }[]; total: number };
    expect(third.matches).toHaveLength(20);
    const allAcme = await (await api('/api/v1/matches?company=acme&perPage=500')).json() as { matches: { id: number }[]; total: number };
    expect(allAcme.matches).toHaveLength(120);
    expect(third.matches.map((m) => m.id)).toEqual(allAcme.matches.slice(100).map((m) => m.id));
    expect((await (await api('/api/v1/matches?perPage=500')).json() as { total: number }).total).toBe(130);
    const bad = await api('/api/v1/matches?perPage=501');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'perPage', message: 'must be a whole number from 1 to 500' }] });
  });
});
