// The egress guard against SSRF: a logging server on 127.0.0.1 must see no connection, whatever form the
// address takes (IPv6 carriers, names from DNS or /etc/hosts, rebinding) and whatever asks for it (the feed
// client, a redirect, and in real Chromium: iframes, popups, meta refresh, scripts, fetch, WebSocket…).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedAddress, EgressRefusedError, type Resolver } from '../../src/scrape/egress.js';
import { startEgressProxy, type EgressProxy } from '../../src/scrape/browser/egressProxy.js';
import { launchBrowser } from '../../src/scrape/browser/launch.js';
import { createHttpClient } from '../../src/scrape/http.js';
import type { BrowserSession } from '../../src/scrape/types.js';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';
import { systemClock } from '../../src/core/clock.js';
import { lookup } from 'node:dns/promises';
import { html, serve, type Handler, type TestServer } from '../helpers/servers.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
const HOSTS_NAME = 'scoutly-intranet.internal';
const HOSTS_LINE = `127.0.0.1 ${HOSTS_NAME} # scoutly egress test, removed after`;
// Root may edit /etc/hosts (CI runs as root); elsewhere the stand-in DNS below covers names.
const canEditHosts = (() => {
  try {
    writeFileSync('/etc/hosts', readFileSync('/etc/hosts'));
    return true;
  } catch {
    return false;
  }
})();

let forbidden: TestServer; // 127.0.0.1:P, the LAN service an attacker wants to reach
let site: TestServer; // 127.0.0.2:P, the "public" careers site (trusted by address)
let rebindAnswers = 0;

/** A stand-in for DNS: names a hostile zone could publish. Anything else goes to the system resolver. */
const resolve: Resolver = async (host) => {
  if (host === 'intranet.test') return [{ address: '127.0.0.1', family: 4 }];
  if (host === 'public.test') return [{ address: '127.0.0.2', family: 4 }];
  if (host === 'split.test') return [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }];
  if (host === 'rebind.test') return [{ address: rebindAnswers++ === 0 ? '127.0.0.2' : '127.0.0.1', family: 4 }];
  return lookup(host, { all: true });
};
const policy = { allowPrivate: false, trustedHosts: ['127.0.0.2'], resolve };

const at = (host: string, path = '/') => `http://${host}:${forbidden.port}${path}`;
const targets = () => [at('intranet.test', '/t'), at(HOSTS_NAME, '/t'), at('[::ffff:127.0.0.1]', '/t'), at('split.test', '/t')];

beforeAll(async () => {
  forbidden = await serve((_req, res) => html(res, '<a href="/jobs/secret">Secret Engineer</a>'));
  // The site on the same port at 127.0.0.2, so one URL with a name reaches either, as a rebinding zone wants.
  site = await serve(siteHandler, '127.0.0.2', forbidden.port);
  if (canEditHosts) writeFileSync('/etc/hosts', `${readFileSync('/etc/hosts', 'utf8').trimEnd()}\n${HOSTS_LINE}\n`);
}, 30_000);

afterAll(async () => {
  if (canEditHosts) writeFileSync('/etc/hosts', readFileSync('/etc/hosts', 'utf8').split('\n').filter((l) => l !== HOSTS_LINE).join('\n'));
  await Promise.all([site?.close(), forbidden?.close()]);
});

const siteHandler: Handler = (req, res) => {
  const path = new URL(req.url!, 'http://x').pathname;
  if (path === '/to-intranet') return void res.writeHead(302, { location: at('intranet.test') }).end();
  if (path === '/to-hosts-name') return void res.writeHead(302, { location: at(HOSTS_NAME) }).end();
  if (path === '/close') return html(res, '<a href="/jobs/a">Alpha Engineer</a>', 200, { connection: 'close' });
  if (path === '/refresh') return html(res, `<meta http-equiv="refresh" content="0;url=${at('intranet.test')}"><a href="/jobs/a">Alpha Engineer</a>`);
  if (path === '/attack') {
    const each = (make: (url: string) => string) => targets().map(make).join('\n');
    return html(res, `<div class="jobs"><a href="/jobs/a">Alpha Engineer</a><a href="/jobs/b">Beta Engineer</a></div>
      ${each((u) => `<iframe src="${u}"></iframe>`)}
      <iframe src="/to-intranet"></iframe>
      ${each((u) => `<script src="${u}.js"></script><link rel="stylesheet" href="${u}.css">`)}
      <script>
        for (const u of ${JSON.stringify(targets())}) {
          fetch(u, { mode: 'no-cors' }).catch(() => {});
          const x = new XMLHttpRequest(); x.open('GET', u + '?xhr'); x.send();
          navigator.sendBeacon(u + '?beacon', 'x');
          try { new WebSocket(u.replace('http:', 'ws:')); } catch {}
          window.open(u + '?popup');
        }
      </script>`);
  }
  return html(res, 'not found', 404);
};

describe('the decision', () => {
  it.each([
    ['::ffff:7f00:1'], ['[::ffff:127.0.0.1]'], ['::7f00:1'], ['64:ff9b::a00:1'], ['2002:7f00:1::'], ['fec0::1'], ['fd00::1'],
    ['169.254.169.254'], ['100.64.0.1'], ['localhost'], ['api.localhost'], ['intranet.test'], ['split.test'],
  ])('%s is refused', async (host) => {
    await expect(checkedAddress(host, policy)).rejects.toBeInstanceOf(EgressRefusedError);
  });

  it('a public name connects to the one address it was checked at; the demo flag opens everything', async () => {
    await expect(checkedAddress('public.test', policy)).resolves.toEqual({ address: '127.0.0.2', family: 4 });
    await expect(checkedAddress('intranet.test', { ...policy, allowPrivate: true })).resolves.toEqual({ address: '127.0.0.1', family: 4 });
  });
});

describe('the feed client', () => {
  const http = createHttpClient({ ...policy, clock: systemClock, politenessMs: 0 });

  it.each([['intranet.test'], ['split.test'], ['[::ffff:7f00:1]'], ...(canEditHosts ? [[HOSTS_NAME]] : [])])('refuses %s as invalid_url and never connects', async (host) => {
    await expect(http.getText(at(host, '/jobs'))).rejects.toMatchObject({ kind: 'invalid_url', disposition: 'permanent' });
    await expect(http.getText(at('public.test', '/to-intranet'))).rejects.toMatchObject({ kind: 'invalid_url' });
    expect(forbidden.connections()).toBe(0);
  });

  it('DNS rebinding: each connection resolves once and goes where it was checked; the rebound answer is refused', async () => {
    rebindAnswers = 0;
    const first = await http.getText(at('rebind.test', '/close'));
    expect(first.text).toContain('Alpha Engineer'); // 127.0.0.2 answered
    await expect(http.getText(at('rebind.test', '/close'))).rejects.toMatchObject({ kind: 'invalid_url' });
    expect(rebindAnswers).toBe(2);
    expect(forbidden.connections()).toBe(0);
  });
});

describe('the browser proxy', () => {
  let proxy: EgressProxy;
  beforeAll(async () => {
    proxy = await startEgressProxy(policy);
  });
  afterAll(() => proxy?.close());

  /** One raw exchange with the proxy: what a page's request looks like on the wire. */
  const ask = (request: string) => new Promise<string>((done, fail) => {
    const { port } = new URL(proxy.url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (c) => void (answer += c.toString()));
    socket.on('end', () => done(answer));
    socket.on('error', fail);
  });

  it.each(['[::ffff:7f00:1]', '[::ffff:127.0.0.1]', '[::7f00:1]', '[64:ff9b::7f00:1]', '127.0.0.1', 'intranet.test', 'localhost'])(
    'CONNECT and plain GET to %s get the proxy\'s 403', async (host) => {
      const authority = `${host}:${forbidden.port}`;
      expect(await ask(`CONNECT ${authority} HTTP/1.1\r\nhost: ${authority}\r\n\r\n`)).toMatch(/^HTTP\/1.1 403[^]*x-scoutly-egress: refused/i);
      expect(await ask(`GET http://${authority}/ HTTP/1.1\r\nhost: ${authority}\r\nconnection: close\r\n\r\n`)).toMatch(/^HTTP\/1.1 403[^]*x-scoutly-egress: refused/i);
      expect(forbidden.connections()).toBe(0);
    });

  it('lets a public site through, tunnel and plain', async () => {
    const authority = `public.test:${forbidden.port}`;
    expect(await ask(`GET http://${authority}/close HTTP/1.1\r\nhost: ${authority}\r\nconnection: close\r\n\r\n`)).toMatch(/^HTTP\/1.1 200[^]*Alpha Engineer/);
    expect(await ask(`CONNECT ${authority} HTTP/1.1\r\nhost: ${authority}\r\n\r\nGET /close HTTP/1.1\r\nhost: ${authority}\r\n\r\n`)).toMatch(/200 Connection Established[^]*Alpha Engineer/);
  });
});

describe.runIf(CHROMIUM)('Chromium behind the proxy', () => {
  let guarded: BrowserSession;
  beforeAll(async () => {
    guarded = await launchBrowser({ executablePath: CHROMIUM, ...policy });
  }, 60_000);
  afterAll(() => guarded?.close());
  const extract = (browser: BrowserSession, url: string) => browser.extract(url, { selector: null, signal: AbortSignal.timeout(30_000), timeoutMs: 20_000, now: Date.now });

  it('a page that reaches for the LAN every way it can: its postings are read, nothing arrives', async () => {
    const { postings } = await extract(guarded, at('public.test', '/attack'));
    expect(postings.map((p) => p.title).sort()).toEqual(['Alpha Engineer', 'Beta Engineer']);
    expect(forbidden.connections()).toBe(0);
  });

  const refusedPages: Array<[string, () => string]> = [
    ['a name that resolves to loopback', () => at('intranet.test')],
    ['a redirect to such a name', () => at('public.test', '/to-intranet')],
    ['an IPv4-mapped address', () => at('[::ffff:127.0.0.1]')],
    ...(canEditHosts ? [['a name from /etc/hosts', () => at(HOSTS_NAME)], ['a redirect to it', () => at('public.test', '/to-hosts-name')]] satisfies Array<[string, () => string]> : []),
  ];
  it.each(refusedPages)('%s is refused as invalid_url', async (_what, url) => {
    await expect(extract(guarded, url())).rejects.toMatchObject({ kind: 'invalid_url', disposition: 'permanent' });
    expect(forbidden.connections()).toBe(0);
  });

  it('a meta refresh to the LAN goes nowhere', async () => {
    await extract(guarded, at('public.test', '/refresh')).catch((err: { kind?: string }) => expect(err.kind).toBe('invalid_url'));
    expect(forbidden.connections()).toBe(0);
  });

  // The control that makes the checks above mean something: the same attack page, opened, does arrive.
  it('with SCOUTLY_ALLOW_PRIVATE_URLS=1 the same page does reach 127.0.0.1 (the attack is real)', async () => {
    const open = await launchBrowser({ executablePath: CHROMIUM, allowPrivate: true, resolve });
    try {
      await extract(open, at('public.test', '/attack'));
    } finally {
      await open.close();
    }
    expect(forbidden.connections()).toBeGreaterThan(0);
  }, 60_000);
});
