// Hostile input through the built CLI's tick, one family at a time, each beside a healthy Greenhouse board in
// the same tick: markup nested a million deep, 800,000 unclosed XML elements, a million "<" without ">",
// JSON-LD nested a million deep, a page that repeats an embed's name. The inputs are sized so that work
// growing faster than the input (a quadratic pass, an unbounded parser stack) runs for minutes here, while
// the linear reading takes a second or two: the tick must end within its budget plus grace (the process is
// killed at that bound, failing the test), the healthy company must get its postings, the tick's peak memory
// must stay under a browser tick's ordinary peak, and what lies past the caps must reach no output.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore } from '../../src/db/client.js';
import { setCompanyRender, setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { useAtsFarm } from '../helpers/atsFarm.js';
import { SCOUTLY, scoutlyAsync, start, type RunResult } from '../helpers/cli.js';
import { cleanupTempDirs, openTestStore, tempDbPath } from '../helpers/db.js';
import { company } from '../helpers/seed.js';

const ats = useAtsFarm();
afterAll(() => cleanupTempDirs());

const BUDGET_S = 15;
/** SPEC: at the end of its budget the tick aborts what is in flight and exits within budget + 30 s. */
const EXIT_BOUND_MS = (BUDGET_S + 30) * 1000;
/** README: a steady tick with Chromium peaks at 446–453 MiB; a tick reading feeds and static pages must stay below. */
const BROWSER_TICK_PEAK_MIB = 446;
/** Lies past the caps (deeper than MAX_MARKUP_DEPTH, inside a script): must never be stored, listed or logged. */
const MARK = 'FORGED';

const deep = (n: number, inner = '') => `${'<div>'.repeat(n)}${inner}`;
const jobLink = (slug: string) => `<a href="/jobs/${slug}">Backend Engineer ${slug}</a>`;

interface Family {
  name: string;
  /** The hostile company's careers URL (a path on the farm, or an ATS board URL routed to it). */
  careersUrl: (farm: string) => string;
  /** Served at this farm path. */
  path: string;
  body: () => string;
  /** Read as a page over plain HTTP (pinned, so no browser is launched). */
  page?: boolean;
  /** What the hostile company must still yield from the well-formed part of its answer. */
  expectTitles: string[];
}

const FAMILIES: Family[] = [
  {
    name: 'a careers page nested 1,000,000 <div> deep (parser stack; DOM walks)',
    careersUrl: (farm) => `${farm}/deep-page`, path: '/deep-page', page: true,
    body: () => `<html><body><ul class="jobs"><li>${jobLink('deep')}</li></ul>${deep(1_000_000, `<a href="/jobs/x">${MARK} Engineer</a><script>${MARK}</script>`)}`,
    expectTitles: ['Backend Engineer deep'],
  },
  {
    name: 'a careers page nested 30,000 deep and closed again (recursive DOM walks past the stack)',
    careersUrl: (farm) => `${farm}/recursion-page`, path: '/recursion-page', page: true,
    body: () => `<html><body>${deep(30_000, `<p>${MARK}</p>`)}${'</div>'.repeat(30_000)}<ul>${jobLink('after')}</ul></body></html>`,
    expectTitles: ['Backend Engineer after'],
  },
  {
    name: 'a Personio XML of 800,000 unclosed elements',
    careersUrl: () => 'https://hostile.jobs.personio.de/', path: '/personio/hostile.jobs.personio.de/xml',
    body: () => `<?xml version="1.0"?><workzag-jobs><position><id>77</id><name>Backend Engineer personio</name><office>Berlin</office></position>
      ${'<position>'.repeat(800_000)}<id>78</id><name>${MARK}</name>`,
    expectTitles: ['Backend Engineer personio'],
  },
  {
    name: 'a description of 1,000,000 "<" without ">" (a pattern over the markup)',
    careersUrl: () => 'https://boards.greenhouse.io/hostile', path: '/greenhouse/boards-api.greenhouse.io/v1/boards/hostile/jobs',
    body: () => JSON.stringify({ jobs: [
      { id: 1, title: 'Backend Engineer lt', absolute_url: 'https://boards.greenhouse.io/hostile/jobs/1', content: `<p>Intro</p>${'<'.repeat(1_000_000)}` },
      { id: 2, title: 'Backend Engineer escaped', absolute_url: 'https://boards.greenhouse.io/hostile/jobs/2', content: '&lt;'.repeat(1_000_000) },
    ] }),
    expectTitles: ['Backend Engineer lt', 'Backend Engineer escaped'],
  },
  {
    name: 'JSON-LD nested 1,000,000 arrays deep beside a JobPosting (a recursive walk)',
    careersUrl: (farm) => `${farm}/jsonld-page`, path: '/jsonld-page', page: true,
    body: () => `<html><body><script type="application/ld+json">[${'['.repeat(1_000_000)}${']'.repeat(1_000_000)},
      {"@type": "JobPosting", "title": "Backend Engineer ld", "url": "/jobs/ld", "identifier": {"value": "ld"}}]</script></body></html>`,
    expectTitles: ['Backend Engineer ld'],
  },
  {
    name: 'a careers page repeating an embed\'s name 400,000 times (board detection patterns)',
    careersUrl: (farm) => `${farm}/embed-page`, path: '/embed-page', page: true,
    body: () => `<html><body><ul>${jobLink('embed')}</ul><script>${'leverJobsOptions = { '.repeat(400_000)}</script></body></html>`,
    expectTitles: ['Backend Engineer embed'],
  },
];

/** The process's peak resident memory so far (VmHWM), in MiB; null once it is gone. */
function peakMiB(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs one tick of the built CLI; kills it at EXIT_BOUND_MS. Returns how it ended, how long it took and its peak memory. */
async function tickWithin(env: Record<string, string>): Promise<{ result: RunResult; ms: number; peak: number; killed: boolean }> {
  const started = Date.now();
  const running = start(SCOUTLY, ['tick', '--budget', `${BUDGET_S}s`], env);
  let peak = 0;
  let killed = false;
  const sampler = setInterval(() => void (peak = Math.max(peak, peakMiB(running.child.pid!) ?? 0)), 25);
  const bound = setTimeout(() => {
    killed = true;
    running.child.kill('SIGKILL');
  }, EXIT_BOUND_MS);
  const result = await running.done;
  clearInterval(sampler);
  clearTimeout(bound);
  return { result, ms: Date.now() - started, peak, killed };
}

describe('hostile input beside a healthy company, in one tick', () => {
  it.each(FAMILIES)('$name', async (family) => {
    const farm = ats.farm;
    farm.pages.set(family.path, family.body());
    const db = tempDbPath();
    const store = await openTestStore(db);
    const now = Date.now();
    const user = upsertUser(store, { email: 'me@example.com' }, now);
    const { ids } = upsertCompanies(store, [
      company('healthy', { careersUrl: 'https://boards.greenhouse.io/acme' }), company('hostile', { careersUrl: family.careersUrl(farm.url) }),
    ], now);
    for (const id of ids) setPreference(store, user.id, id, 90, now);
    if (family.page) setCompanyRender(store, ids[1]!, { mode: 'static', origin: 'user', scrapesSinceCheck: 0 }, now);
    closeStore(store);

    const env = { SCOUTLY_DB: db, SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url };
    const { result, ms, peak, killed } = await tickWithin(env);
    expect(killed, `the tick was still running ${EXIT_BOUND_MS / 1000} s after it started`).toBe(false);
    expect(ms).toBeLessThan(EXIT_BOUND_MS);
    expect(result.code, result.stderr).toBe(0);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(BROWSER_TICK_PEAK_MIB);

    const listed = await scoutlyAsync(['postings', 'list', '--json'], env);
    const postings = JSON.parse(listed.stdout) as { company: string; title: string }[];
    expect(postings.filter((p) => p.company === 'healthy').map((p) => p.title).sort())
      .toEqual(['Account Executive', 'Data Engineer', 'Product Designer', 'Senior Backend Engineer']);
    expect(postings.filter((p) => p.company === 'hostile').map((p) => p.title).sort()).toEqual([...family.expectTitles].sort());

    const status = await scoutlyAsync(['status', '--json'], env);
    const check = openTestStore(db).then((s) => {
      const dump = JSON.stringify(['postings', 'attempts', 'companies'].map((t) => s.sqlite.prepare(`SELECT * FROM ${t}`).all()));
      closeStore(s);
      return dump;
    });
    for (const output of [result.stdout, result.stderr, listed.stdout, status.stdout, await check]) expect(output).not.toContain(MARK);
  }, EXIT_BOUND_MS + 60_000);
});
