// `make bench`, part 2: scraping over a local farm whose sites answer after 300 ms. Tick wall time
// against the ideal (total latency / 5 slots), time per company on an ATS feed against the browser
// path, and peak memory (PSS) of the tick with Chromium's processes. Prints figures; asserts nothing.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpuSampler, treePssMiB } from '../helpers/procTree.js';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { startDeadline } from '../../src/core/deadline.js';

const LATENCY_MS = 300;
const SLOTS = 5;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
const dir = mkdtempSync(join(tmpdir(), 'scoutly-scrape-bench-'));

function farmServer(host: string): Promise<Server> {
  const server = createServer((req, res) => {
    setTimeout(() => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.includes('/v1/boards/')) {
        const board = path.split('/')[5];
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jobs: Array.from({ length: 5 }, (_, i) => ({
          id: i + 1, title: `Engineer ${i}`, absolute_url: `https://boards.greenhouse.io/${board}/jobs/${i + 1}`, location: { name: 'Remote' },
          content: '&lt;p&gt;Build things.&lt;/p&gt;' })) }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><body><nav><a href="/">Home</a></nav>
        <ul class="jobs">${Array.from({ length: 5 }, (_, i) => `<li><a href="/jobs/${i}">Engineer ${i}</a></li>`).join('')}</ul></body></html>`);
    }, LATENCY_MS);
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve(server)));
}

async function tickOver(name: string, urls: string[], env: Record<string, string>, trustedHosts: string[], selector: string | null = name === 'browser' ? '.jobs' : null) {
  const store = await openStore(join(dir, `${name}.db`));
  const now = Date.now();
  const user = upsertUser(store, { email: 'bench@example.com' }, now);
  const { ids } = upsertCompanies(store, urls.map((url, i) => ({
    slug: `${name}${i}`, name: `${name} ${i}`, careersUrl: url, selector, workModel: null,
    headquarters: null, officeLocations: [], fields: [], openToApplication: null, rank: null,
  })), now);
  ids.forEach((id) => setPreference(store, user.id, id, 90, now));
  // The browser path as it was before static reading: every page rendered in Chromium.
  if (name === 'browser' || name === 'pageonly') store.sqlite.prepare(`UPDATE companies SET source_kind = 'browser', render_mode = 'browser', render_origin = 'user'`).run();
  const config = loadConfig({ env, exists: existsSync }); // the default browser, as a tick finds it
  const deps = buildTickDeps(config, store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock: systemClock, trustedHosts });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treePssMiB())), 250);
  const cpu = cpuSampler();
  const t0 = performance.now();
  const outcome = await runTick(deps, { deadline: startDeadline(30 * 60_000), concurrency: SLOTS, only: null, stopSignal: new AbortController().signal });
  const wall = performance.now() - t0;
  const cpuSeconds = cpu.stop();
  clearInterval(sampler);
  const sources = store.sqlite.prepare('SELECT source_kind AS kind, COUNT(*) AS n FROM companies GROUP BY source_kind').all() as { kind: string | null; n: number }[];
  closeStore(store);
  if (outcome.kind !== 'ran' || outcome.summary.succeeded !== urls.length) throw new Error(`${name}: ${JSON.stringify(outcome)}`);
  return { wall, peak, cpuSeconds, sources };
}

/**
 * Boards behind custom careers pages, embedded the way real ones are: a Greenhouse embed script and Lever
 * job links in the page's HTML, an Ashby embed the page's script assembles (seen only in the rendered
 * DOM), and plain pages with no board. One scrape each; then a second tick on what was learnt.
 */
async function boardsBehindPages(): Promise<void> {
  const PER_KIND = 10;
  const jobs = (kind: string, board: string) => Array.from({ length: 5 }, (_, i) => ({ kind, board, i }));
  const api = createServer((req, res) => {
    setTimeout(() => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const m = /^\/(greenhouse|lever|ashby)\/[^/]+\/.*?\/(gh\d+|lv\d+|as\d+)(\/jobs)?$/.exec(path);
      if (!m) return void res.writeHead(404).end('{}');
      const [, kind, board] = m;
      const body = kind === 'greenhouse'
        ? { jobs: jobs(kind, board!).map((j) => ({ id: j.i + 1, title: `Engineer ${j.i}`, absolute_url: `https://acme.example/careers?gh_jid=${j.i + 1}`, location: { name: 'Remote' }, content: '&lt;p&gt;Build.&lt;/p&gt;' })) }
        : kind === 'lever'
          ? jobs(kind!, board!).map((j) => ({ id: `${board}-${j.i}`, text: `Engineer ${j.i}`, hostedUrl: `https://jobs.lever.co/${board}/${j.i}`, categories: { location: 'Remote' } }))
          : { jobs: jobs(kind!, board!).map((j) => ({ id: `${board}-${j.i}`, title: `Engineer ${j.i}`, jobUrl: `https://jobs.ashbyhq.com/${board}/${j.i}`, isListed: true })) };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }, LATENCY_MS);
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  const hosts = Array.from({ length: PER_KIND * 4 }, (_, i) => `127.0.3.${2 + i}`);
  const pages = (i: number) => {
    const list = `<ul class="jobs">${Array.from({ length: 5 }, (_, j) => `<li><a href="/jobs/${j}">Engineer ${j}</a></li>`).join('')}</ul>`;
    switch (Math.floor(i / PER_KIND)) {
      case 0: return `<h1>Careers</h1><div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=gh${i}"></script>`;
      case 1: return `<h1>Careers</h1><ul>${Array.from({ length: 5 }, (_, j) => `<li><a href="https://jobs.lever.co/lv${i}/${j}">Engineer ${j}</a></li>`).join('')}</ul>`;
      case 2: return `<h1>Careers</h1>${list}<div id="ashby_embed"></div><script>const s = document.createElement('script');
        s.src = 'https://jobs.' + 'ashbyhq.com/as${i}/embed'; document.body.appendChild(s);</script>`;
      default: return `<h1>Careers</h1>${list}`;
    }
  };
  const servers = await Promise.all(hosts.map((h, i) => new Promise<Server>((resolve) => {
    const server = createServer((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(pages(i)), LATENCY_MS));
    server.listen(0, h, () => resolve(server));
  })));
  const urls = servers.map((s, i) => `http://${hosts[i]}:${(s.address() as { port: number }).port}/careers`);
  const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: `http://127.0.0.1:${(api.address() as { port: number }).port}` };
  console.log(`\nBoards behind custom careers pages: ${hosts.length} companies (Greenhouse embed, Lever links, Ashby embed in the rendered DOM only, no board), ${LATENCY_MS} ms latency`);
  const first = await tickOver('custom', urls, env, []);
  const onFeed = first.sources.filter((s) => s.kind && s.kind !== 'browser').reduce((a, s) => a + s.n, 0);
  line('companies on a feed after one scrape (goal: every board found)', `${onFeed} of ${hosts.length} (${((onFeed / hosts.length) * 100).toFixed(0)} %, ${PER_KIND * 3} have a board)`);
  const feedOnly = await tickOver('feedonly', urls.slice(0, PER_KIND * 2), env, []);
  const pageOnly = await tickOver('pageonly', urls.slice(PER_KIND * 3), { ...env }, [], '.jobs');
  line('per company, feed (found on the page): wall / CPU', `${(feedOnly.wall / (PER_KIND * 2)).toFixed(0)} ms / ${((feedOnly.cpuSeconds / (PER_KIND * 2)) * 1000).toFixed(0)} ms`);
  line('per company, page in Chromium: wall / CPU', `${(pageOnly.wall / PER_KIND).toFixed(0)} ms / ${((pageOnly.cpuSeconds / PER_KIND) * 1000).toFixed(0)} ms`);
  line('CPU ratio page / feed', `${(pageOnly.cpuSeconds / PER_KIND / (feedOnly.cpuSeconds / (PER_KIND * 2))).toFixed(1)}×`);
  await Promise.all([...servers, api].map((s) => new Promise((r) => s.close(r))));
}

try {
  console.log(`\nScraping a local farm answering after ${LATENCY_MS} ms, ${SLOTS} slots`);
  // 200 ATS boards on 200 loopback addresses: per-host politeness applies per address, as per real host.
  const hosts = Array.from({ length: 200 }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`);
  const servers = await Promise.all(hosts.map((h) => farmServer(h)));
  const port = (s: Server) => (s.address() as { port: number }).port;
  const feedUrls = hosts.map((_, i) => `https://boards.greenhouse.io/board${i}`);
  // Each company's feed lives on its own host: route by SCOUTLY_ATS_BASE_URL per company is not possible,
  // so the feed bench uses one base per tick slice of 40 companies.
  let feedWall = 0;
  for (let slice = 0; slice < (process.env.BENCH_SKIP_FEEDS ? 0 : 5); slice++) {
    const base = `http://${hosts[slice]}:${port(servers[slice]!)}`;
    const r = await tickOver(`feed${slice}`, feedUrls.slice(slice * 40, slice * 40 + 40), { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: base }, []);
    feedWall += r.wall;
  }
  const pageCount = Number(process.env.BENCH_PAGES ?? 200);
  const pageUrls = hosts.slice(0, pageCount).map((h, i) => `http://${h}:${port(servers[i]!)}/careers`);
  const browser = await tickOver('browser', pageUrls, { SCOUTLY_ALLOW_PRIVATE_URLS: '1' }, []);
  const ideal = (pageCount * LATENCY_MS) / SLOTS;
  line(`browser path, ${pageCount} companies on ${pageCount} hosts: tick wall time`, `${(browser.wall / 1000).toFixed(1)} s (ideal ${(ideal / 1000).toFixed(1)} s)`);
  line('browser path efficiency (ideal / wall; goal ≥ 80 %)', `${((ideal / browser.wall) * 100).toFixed(0)} %`);
  line(`browser path peak PSS, tick + ${basename(CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? 'no Chromium')} (goal ≤ 600 MB)`, `${browser.peak.toFixed(0)} MiB`);
  line('ATS feed, 200 companies sharing one API host (polite, serial)', `${(feedWall / 1000).toFixed(1)} s`);
  line('time per company: browser (5 in flight) / ATS feed (serial per host)', `${(browser.wall / pageCount).toFixed(0)} ms / ${(feedWall / 200).toFixed(0)} ms`);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await boardsBehindPages();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
