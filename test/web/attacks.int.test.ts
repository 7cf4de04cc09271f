// The issue's attacks, each a test against the real server on a real database: other users' ids, cross-site
// posts, password guessing, forged or stale tokens, markup in stored text, oversized uploads, traversal.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../src/auth/apiTokens.js';
import { setPassword } from '../../src/auth/accounts.js';
import { createActionToken, createSetupToken } from '../../src/auth/oneTimeTokens.js';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS } from '../../src/auth/signIn.js';
import { upsertCompanies } from '../../src/companies/repo.js';
import { cleanupTempDirs } from '../helpers/db.js';
import { company, seedMatches } from '../helpers/seed.js';
import { html, serve } from '../helpers/servers.js';
import { addUser, Client, PASSWORD, signedIn, startTestWeb, type Sent, type TestWeb } from './helpers.js';

let web: TestWeb;
let aliceMatch: number;
let bobMatch: number;

beforeAll(async () => {
  web = await startTestWeb();
  await addUser(web, 'alice@example.com'); // the first user: an admin
  await addUser(web, 'bob@example.com');
  aliceMatch = seedMatches(web.store, 'acme', [{ title: 'Platform Engineer', score: 90 }], web.clock.now(), 'alice@example.com')['Platform Engineer']!;
  bobMatch = seedMatches(web.store, 'globex', [{ title: 'Data Engineer', score: 80 }], web.clock.now(), 'bob@example.com')['Data Engineer']!;
});
afterAll(async () => {
  await web.close();
  cleanupTempDirs();
});

const statusOf = (id: number) => (web.store.sqlite.prepare('SELECT status FROM saved_jobs WHERE id = ?').get(id) as { status: string }).status;
const historyOf = (id: number) => (web.store.sqlite.prepare('SELECT COUNT(*) AS n FROM application_history WHERE saved_job_id = ?').get(id) as { n: number }).n;

describe("another user's ids answer 404", () => {
  it('through the API with a token and through the pages with a session; nothing changes', async () => {
    const bob = await signedIn(web, 'bob@example.com');
    const token = createApiToken(web.store, 2, 'test', web.clock.now()).token;
    const bearer = { authorization: `Bearer ${token}` };
    const api = new Client(web.url);
    expect((await api.request(`/api/v1/matches/${aliceMatch}`, { headers: bearer })).status).toBe(404);
    expect((await api.request(`/api/v1/matches/${aliceMatch}/status`, { json: { status: 'discarded' }, headers: bearer })).status).toBe(404);
    expect((await api.request(`/api/v1/matches/${bobMatch}`, { headers: bearer })).status).toBe(200);
    const listed = await (await api.request('/api/v1/matches', { headers: bearer })).json() as { matches: { id: number }[] };
    expect(listed.matches.map((m) => m.id)).toEqual([bobMatch]);
    const page = await bob.post(`/matches/${aliceMatch}/status`, { status: 'discarded' });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('not yours');
    expect(await (await bob.request('/matches')).text()).not.toContain('Platform Engineer');
    expect(statusOf(aliceMatch)).toBe('want_to_apply');
    expect(historyOf(aliceMatch)).toBe(0);
  });

  it('only an admin removes companies, changes sources and retries tasks', async () => {
    const bob = await signedIn(web, 'bob@example.com');
    expect((await bob.post('/companies/acme/remove', { confirm: 'yes' })).status).toBe(403);
    expect((await bob.post('/companies/acme/source', { source: 'greenhouse:acme' })).status).toBe(403);
    expect((await bob.post('/companies/acme/render', { mode: 'browser' })).status).toBe(403);
    expect((await bob.post('/tasks/1/retry')).status).toBe(403);
    const row = web.store.sqlite.prepare("SELECT source_kind AS kind, render_mode AS mode FROM companies WHERE slug = 'acme'").get();
    expect(row).toEqual({ kind: null, mode: 'auto' });
    const alice = await signedIn(web, 'alice@example.com');
    expect((await alice.post('/companies/acme/render', { mode: 'browser' })).status).toBe(303);
    expect(web.store.sqlite.prepare("SELECT render_mode AS mode FROM companies WHERE slug = 'acme'").get()).toEqual({ mode: 'browser' });
  });
});

describe('cross-site requests', () => {
  it('a form posted from another site, or without the CSRF token, is refused with 403 and changes nothing', async () => {
    const alice = await signedIn(web, 'alice@example.com');
    const csrf = await alice.csrf();
    const path = `/matches/${aliceMatch}/status`;
    const tries: Sent[] = [
      { form: { status: 'applied' }, origin: 'https://evil.example', site: 'cross-site' },
      { form: { status: 'applied' } },
      { form: { status: 'applied', _csrf: 'forged' } },
      { form: { status: 'applied', _csrf: csrf }, origin: 'https://evil.example', site: 'cross-site' },
      { form: { status: 'applied', _csrf: csrf }, origin: null, site: 'same-site' },
    ];
    for (const t of tries) {
      const res = await alice.request(path, t);
      expect(res.status, JSON.stringify(t)).toBe(403);
      await res.arrayBuffer();
    }
    expect(statusOf(aliceMatch)).toBe('want_to_apply');
    // The same request from the page itself goes through: the refusals above came from the checks.
    expect((await alice.request(path, { form: { status: 'applied', _csrf: csrf } })).status).toBe(303);
    expect(statusOf(aliceMatch)).toBe('applied');
  });

  it('the JSON API with a session cookie needs the X-CSRF-Token header; with an API token it needs none', async () => {
    const alice = await signedIn(web, 'alice@example.com');
    const path = `/api/v1/matches/${aliceMatch}/status`;
    expect((await alice.request(path, { json: { status: 'interview_scheduled' } })).status).toBe(403);
    expect((await alice.request(path, { json: { status: 'interview_scheduled' }, headers: { 'x-csrf-token': await alice.csrf() } })).status).toBe(200);
    const token = createApiToken(web.store, 1, null, web.clock.now()).token;
    const script = new Client(web.url);
    const res = await script.request(path, { json: { status: 'technical_assessment', note: 'take-home' }, origin: null, site: null, headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'technical_assessment', note: 'take-home', history: [{ via: 'web' }, { via: 'web' }, { via: 'api', note: 'take-home' }] });
  });

  it('signing in from another site is refused (no login CSRF)', async () => {
    const res = await new Client(web.url).request('/sign-in', { form: { email: 'alice@example.com', password: PASSWORD }, origin: 'https://evil.example', site: 'cross-site' });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

describe('password guessing', () => {
  beforeEach(() => web.store.sqlite.exec('DELETE FROM sign_in_attempts'));

  it('20 wrong passwords: the account is limited, the right password too, until the window has passed', async () => {
    const guesser = new Client(web.url);
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await guesser.signIn('alice@example.com', `wrong guess ${i}`);
      expect(res.status).toBe(303);
      outcomes.push(res.headers.get('location')!);
    }
    expect(outcomes.slice(0, MAX_FAILURES_PER_ACCOUNT).every((l) => l === '/sign-in')).toBe(true);
    expect(outcomes.slice(MAX_FAILURES_PER_ACCOUNT).every((l) => l.includes('limited=1'))).toBe(true);
    // Refused tries are not verified nor counted: only the first five reached the password check.
    expect(web.store.sqlite.prepare('SELECT COUNT(*) AS n FROM sign_in_attempts').get()).toEqual({ n: MAX_FAILURES_PER_ACCOUNT });
    const page = await (await guesser.request('/sign-in?limited=1')).text();
    expect(page).toMatch(/Too many failed sign-ins: try again in \d+ minute/);

    const owner = new Client(web.url);
    const during = await owner.signIn('alice@example.com');
    expect(during.headers.get('location')).toContain('limited=1');
    expect(owner.cookies.has('scoutly_session')).toBe(false);

    web.clock.advance(SIGN_IN_WINDOW_MS + 1000);
    const after = await owner.signIn('alice@example.com');
    expect(after.headers.get('location')).toBe('/matches');
    expect(owner.cookies.has('scoutly_session')).toBe(true);
  });

  it('one address trying many accounts is limited too', async () => {
    const guesser = new Client(web.url);
    // Fewer tries per account than the account limit: only the address limit can stop them.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await guesser.signIn(`someone${i % 3}@example.com`, 'wrong');
    const res = await guesser.signIn('bob@example.com');
    expect(res.headers.get('location')).toContain('limited=1');
    web.clock.advance(SIGN_IN_WINDOW_MS + 1000);
    expect((await guesser.signIn('bob@example.com')).headers.get('location')).toBe('/matches');
  });
});

describe('tokens that are forged, expired or used again', () => {
  const tamper = (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;

  it('a setup link: altered → refused; used → refused the second time; older than 15 minutes → refused', async () => {
    const carol = await addUser(web, 'carol@example.com');
    const hashBefore = () => (web.store.sqlite.prepare('SELECT password_hash AS h FROM users WHERE id = ?').get(carol) as { h: string }).h;
    const before = hashBefore();
    const link = createSetupToken(web.store, carol, web.clock.now());
    const client = new Client(web.url);
    const choose = (token: string, by = new Client(web.url)) => by.request(`/setup/${token}`, { form: { password: 'a brand new passphrase', again: 'a brand new passphrase' } });

    expect((await client.request(`/setup/${tamper(link)}`)).status).toBe(404);
    expect((await choose(tamper(link))).status).toBe(404);
    expect(hashBefore()).toBe(before);

    const used = await choose(link, client);
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe('/matches');
    expect(client.cookies.has('scoutly_session')).toBe(true);
    expect(hashBefore()).not.toBe(before);
    const after = hashBefore();
    expect((await choose(link)).status).toBe(404);
    expect(hashBefore()).toBe(after);

    const late = createSetupToken(web.store, carol, web.clock.now());
    web.clock.advance(15 * 60_000 + 1);
    expect((await client.request(`/setup/${late}`)).status).toBe(404);
    expect((await choose(late)).status).toBe(404);
    expect(hashBefore()).toBe(after);
  });

  it("a digest's action token: altered, used again, expired or of another purpose → refused; it acts only on its match", async () => {
    const match = seedMatches(web.store, 'initech', [{ title: 'SRE', score: 85 }], web.clock.now(), 'alice@example.com').SRE!;
    const token = createActionToken(web.store, { userId: 1, savedJobId: match, action: 'applied' }, web.clock.now());
    const anyone = new Client(web.url);
    const act = (t: string) => anyone.request(`/api/v1/actions/${t}`, { method: 'POST', origin: null, site: null });
    expect((await act(tamper(token))).status).toBe(404);
    expect(statusOf(match)).toBe('want_to_apply');
    const ok = await act(token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: match, status: 'applied', title: 'SRE', company: 'initech' });
    expect((await act(token)).status).toBe(404);

    const stale = createActionToken(web.store, { userId: 1, savedJobId: match, action: 'discarded' }, web.clock.now());
    web.clock.advance(7 * 86_400_000 + 1);
    expect((await act(stale)).status).toBe(404);
    expect((await anyone.request(`/act/${stale}`)).status).toBe(404);
    const setup = createSetupToken(web.store, 1, web.clock.now());
    expect((await act(setup)).status).toBe(404);
    expect(statusOf(match)).toBe('applied');
    expect(web.store.sqlite.prepare("SELECT via FROM application_history WHERE saved_job_id = ?").all(match)).toEqual([{ via: 'digest' }]);
  });

  it('a revoked API token, an expired session and a session from before a password change are refused', async () => {
    const made = createApiToken(web.store, 2, 'script', web.clock.now());
    const script = new Client(web.url);
    const bearer = { authorization: `Bearer ${made.token}` };
    expect((await script.request('/api/v1/me', { headers: bearer })).status).toBe(200);
    expect(revokeApiToken(web.store, 2, made.id, web.clock.now())).toBe(true);
    expect((await script.request('/api/v1/me', { headers: bearer })).status).toBe(401);

    const bob = await signedIn(web, 'bob@example.com');
    web.clock.advance(20 * 86_400_000);
    expect((await bob.request('/matches')).status).toBe(200); // used: the 30 days start again
    web.clock.advance(20 * 86_400_000);
    expect((await bob.request('/matches')).status).toBe(200);
    web.clock.advance(31 * 86_400_000);
    expect((await bob.request('/matches')).headers.get('location')).toMatch(/^\/sign-in/);

    const again = await signedIn(web, 'bob@example.com');
    await setPassword(web.store, 2, 'another long passphrase', web.clock.now());
    expect((await again.request('/matches')).headers.get('location')).toMatch(/^\/sign-in/);
    await setPassword(web.store, 2, PASSWORD, web.clock.now());
  });
});

describe('markup in stored text renders inert', () => {
  it('a company name, a posting title, a note and a CV file name show as text, never as tags', async () => {
    const evil = {
      company: '<script>alert("company")</script>Evil Corp', title: '<img src=x onerror=alert("title")>Engineer',
      note: '<b onmouseover=alert("note")>call back</b>', cv: '<svg onload=alert("cv")>.txt',
    };
    upsertCompanies(web.store, [company('evil', { name: evil.company })], web.clock.now());
    const match = seedMatches(web.store, 'evil', [{ title: evil.title, score: 95, reasons: ['<iframe src="https://evil.example">'] }], web.clock.now(), 'alice@example.com')[evil.title]!;
    // seedMatches names the company by its slug: give it the hostile name back.
    upsertCompanies(web.store, [company('evil', { name: evil.company })], web.clock.now());
    const alice = await signedIn(web, 'alice@example.com');
    expect((await alice.post(`/matches/${match}/status`, { status: 'applied', note: evil.note })).status).toBe(303);
    const form = new FormData();
    form.set('_csrf', await alice.csrf());
    form.set('file', new File(['Jane Doe\nSkills: TypeScript, SQL\n'], evil.cv, { type: 'text/plain' }));
    expect((await alice.request('/profile/cv', { body: form })).status).toBe(303);

    const pages = await Promise.all(['/matches', '/companies', '/profile', '/problems', '/jobs?company=evil'].map(async (p) => (await alice.request(p)).text()));
    const html = pages.join('\n');
    for (const raw of ['<script>alert', '<img src=x', '<b onmouseover', '<svg onload', '<iframe']) expect(html).not.toContain(raw);
    expect(html).toContain('&lt;script&gt;alert(&quot;company&quot;)&lt;/script&gt;Evil Corp');
    expect(html).toContain('&lt;img src=x onerror=alert(&quot;title&quot;)&gt;Engineer');
    expect(html).toContain('&lt;b onmouseover=alert(&quot;note&quot;)&gt;call back&lt;/b&gt;');
    expect(html).toContain('&lt;svg onload=alert(&quot;cv&quot;)&gt;.txt');
  });
});

describe('uploads and paths', () => {
  it('a 20 MB upload is refused with 413 before anything is written, through the page and the API', async () => {
    const alice = await signedIn(web, 'alice@example.com');
    const before = web.store.sqlite.prepare('SELECT cv_file_name AS name, updated_at AS at FROM users WHERE id = 1').get();
    const big = new Uint8Array(20 * 1024 * 1024).fill(65);
    const form = new FormData();
    form.set('_csrf', await alice.csrf());
    form.set('file', new File([big], 'huge.txt', { type: 'text/plain' }));
    const page = await alice.request('/profile/cv', { body: form });
    expect(page.status).toBe(413);
    expect(await page.text()).toContain('nothing was saved');
    const token = createApiToken(web.store, 1, null, web.clock.now()).token;
    const apiForm = new FormData();
    apiForm.set('file', new File([big], 'huge.txt', { type: 'text/plain' }));
    const api = await new Client(web.url).request('/api/v1/profile/cv', { method: 'PUT', body: apiForm, headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(413);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect(web.store.sqlite.prepare('SELECT cv_file_name AS name, updated_at AS at FROM users WHERE id = 1').get()).toEqual(before);
  });

  it('the same without a Content-Length (a streamed body) is cut off at the limit', async () => {
    const alice = await signedIn(web, 'alice@example.com');
    const csrf = await alice.csrf();
    const boundary = 'x-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`;
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(head));
        if (sent >= 20 * 1024 * 1024) return controller.close();
        controller.enqueue(new Uint8Array(1024 * 1024).fill(66));
        sent += 1024 * 1024;
      },
    });
    const res = await fetch(`${web.url}/profile/cv`, {
      method: 'POST', body: stream, duplex: 'half', redirect: 'manual',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: `scoutly_session=${alice.cookies.get('scoutly_session')}`, origin: web.url, 'sec-fetch-site': 'same-origin' },
    } as RequestInit).catch((err: Error) => ({ status: `closed: ${err.message}` }));
    expect(res.status).toBe(413);
    expect(web.store.sqlite.prepare("SELECT COUNT(*) AS n FROM users WHERE cv_file_name = 'huge.txt'").get()).toEqual({ n: 0 });
  });

  it('path traversal in asset URLs answers 404 and never a file (signed in, so nothing is a redirect to sign in)', async () => {
    const alice = await signedIn(web, 'alice@example.com');
    const raw = (path: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(web.url);
      // node:http sends the path as written (fetch would resolve the dots first).
      httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers: { cookie: `scoutly_session=${alice.cookies.get('scoutly_session')}` } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => void (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject).end();
    });
    for (const path of ['/assets/../package.json', '/assets/..%2fpackage.json', '/assets/%2e%2e%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/..%5c..%5cpackage.json', '/assets/style.css%00.js', '/assets//etc/passwd', '/assets/%2fetc%2fpasswd', '/assets/htmx.min.js/..', '/assets/']) {
      const r = await raw(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/"name": "scoutly"|root:x:0/);
    }
    expect((await raw('/assets/style.css')).status).toBe(200);
  });
});

describe('the session cookie and proxies', () => {
  it('is HttpOnly, SameSite=Lax, Path=/; Secure only when a trusted proxy says HTTPS; X-Forwarded-* from anyone else are ignored', async () => {
    const fresh = new Client(web.url);
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
    const res = await fresh.request('/sign-in', { form: { email: 'alice@example.com', password: PASSWORD }, headers });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('scoutly_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    await new Client(web.url).request('/sign-in', { form: { email: 'nobody@example.com', password: 'wrong' }, headers });
    expect(web.store.sqlite.prepare("SELECT address FROM sign_in_attempts WHERE email = 'nobody@example.com'").get()).toEqual({ address: '127.0.0.1' });

    const proxied = await startTestWeb({ SCOUTLY_WEB_TRUSTED_PROXIES: '127.0.0.1' });
    try {
      await addUser(proxied, 'alice@example.com');
      const client = new Client(proxied.url);
      const behind = await client.request('/sign-in', { form: { email: 'alice@example.com', password: PASSWORD }, headers: { ...headers, 'x-forwarded-for': '198.51.100.9, 203.0.113.7' } });
      expect(behind.headers.getSetCookie().find((c) => c.startsWith('scoutly_session='))).toMatch(/; Secure/);
      await new Client(proxied.url).request('/sign-in', { form: { email: 'nobody@example.com', password: 'wrong' }, headers: { 'x-forwarded-for': '198.51.100.9, 203.0.113.7' } });
      // The nearest address the trusted proxy saw, not the leftmost one a client can write.
      expect(proxied.store.sqlite.prepare("SELECT address FROM sign_in_attempts WHERE email = 'nobody@example.com'").get()).toEqual({ address: '203.0.113.7' });
    } finally {
      await proxied.close();
    }
  });
});

describe('adding a company by URL', () => {
  it('cannot make the server visit loopback or private addresses (the egress guard of `scoutly probe`)', async () => {
    const inside = await serve((_req, res) => html(res, '<a href="/jobs/1">Secret admin page</a>'));
    try {
      const alice = await signedIn(web, 'alice@example.com');
      for (const target of [`${inside.url}/careers`, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:9/careers']) {
        const res = await alice.post('/companies/preview', { url: target });
        expect(res.status, target).toBe(200);
        const page = await res.text();
        expect(page, target).toContain('It could not be read: invalid_url');
        expect(page, target).not.toContain('Secret admin page');
      }
      expect(inside.requests).toEqual([]);
    } finally {
      await inside.close();
    }
  });
});
