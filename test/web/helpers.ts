// The dashboard in this process on a real HTTP server (127.0.0.1, port 0) over a real SQLite file, with a
// steppable clock; and a small client that keeps cookies and sends what a browser sends (Origin,
// Sec-Fetch-Site) so sessions, CSRF and redirects are exercised as over the wire.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { setAdmin, setPassword } from '../../src/auth/accounts.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createLogger } from '../../src/core/log.js';
import { closeStore, openStore, type Store } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';
import { createApp } from '../../src/web/app.js';
import { startWebServer } from '../../src/web/server.js';
import { steppableClock, type SteppableClock } from '../helpers/clock.js';
import { tempDir } from '../helpers/db.js';

export const PASSWORD = 'correct horse battery staple';

export interface TestWeb {
  url: string;
  store: Store;
  config: Config;
  clock: SteppableClock;
  app: ReturnType<typeof createApp>;
  /** What the app logged (errors only). */
  logged(): string;
  close(): Promise<void>;
}

export async function startTestWeb(env: Record<string, string> = {}): Promise<TestWeb> {
  const dbPath = join(tempDir('scoutly-web-'), 'scoutly.db');
  const store = await openStore(dbPath);
  const config = loadConfig({ env: { SCOUTLY_DB: dbPath, ...env } });
  const clock = steppableClock(Date.UTC(2026, 10, 23, 8, 0, 0));
  const stream = new PassThrough();
  let logged = '';
  stream.on('data', (d: Buffer) => void (logged += d.toString()));
  const app = createApp({ store, config, clock, log: createLogger({ format: 'plain', level: 'error', stream }) });
  const server = await startWebServer(app.fetch, { host: '127.0.0.1', port: 0 }, null);
  return {
    url: server.url, store, config, clock, app, logged: () => logged,
    close: async () => {
      await server.close();
      closeStore(store);
    },
  };
}

/** A user with a password (and admin when asked), through the product's own code. */
export async function addUser(web: TestWeb, email: string, options: { admin?: boolean; password?: string } = {}): Promise<number> {
  const { id } = upsertUser(web.store, { email }, web.clock.now());
  await setPassword(web.store, id, options.password ?? PASSWORD, web.clock.now());
  if (options.admin) setAdmin(web.store, id, true, web.clock.now());
  return id;
}

export interface Sent {
  method?: string;
  form?: Record<string, string | string[]>;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** The Origin a browser would send (default: this site); null sends none. */
  origin?: string | null;
  /** Sec-Fetch-Site (default same-origin for a request from the page); null sends none. */
  site?: string | null;
}

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(path: string, sent: Sent = {}): Promise<Response> {
    const method = sent.method ?? (sent.form || sent.json !== undefined || sent.body ? 'POST' : 'GET');
    const headers: Record<string, string> = { ...sent.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && sent.origin !== null) headers.origin = sent.origin ?? this.base;
    if (sent.site !== null) headers['sec-fetch-site'] = sent.site ?? 'same-origin';
    let body = sent.body;
    if (sent.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(sent.form)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
      body = params;
    } else if (sent.json !== undefined) {
      body = JSON.stringify(sent.json);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(new URL(path, this.base), { method, headers, body: body ?? null, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [name, ...value] = pair!.split('=');
      if (attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return res;
  }

  async signIn(email: string, password = PASSWORD): Promise<Response> {
    return this.request('/sign-in', { form: { email, password } });
  }

  /** The session's CSRF token, as every form of a page carries it. */
  async csrf(): Promise<string> {
    const html = await (await this.request('/matches')).text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!m) throw new Error('no CSRF token on the page: signed in?');
    return m[1]!;
  }

  /** A form post from our own page: with the CSRF token. */
  async post(path: string, form: Record<string, string | string[]> = {}): Promise<Response> {
    return this.request(path, { form: { _csrf: await this.csrf(), ...form } });
  }
}

export async function signedIn(web: TestWeb, email: string): Promise<Client> {
  const client = new Client(web.url);
  const res = await client.signIn(email);
  if (res.status !== 303 || res.headers.get('location') !== '/matches') throw new Error(`sign-in failed: ${res.status} ${res.headers.get('location')}`);
  return client;
}
