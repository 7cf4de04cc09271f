// What a tick leaves for the user, through the built CLI: the digest to an ntfy stand-in (refused once,
// then accepted, never repeated) and the HTML report, opened in real Chromium at phone size.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sqliteDriver } from '../../src/db/client.js';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/scrape/browser/launch.js';
import { ROOT, scoutlyAsync as scoutly } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/db.js';
import { json, serve, useDemoServer, type TestServer } from '../helpers/servers.js';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';

const Database = await sqliteDriver();

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
const demo = useDemoServer();
let ntfy: TestServer;
let broken: TestServer;
let ntfyStatus = 500;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  ntfy = await serve((_req, res) => json(res, { id: 'x' }, ntfyStatus));
  broken = await serve((_req, res) => void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>down</h1>'));
  dir = tempDir();
  env = {
    SCOUTLY_DB: join(dir, 'scoutly.db'), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url,
    SCOUTLY_NOTIFY_URL: `${ntfy.url}/scoutly-e2e`, SCOUTLY_NOTIFY_KIND: 'ntfy', SCOUTLY_REPORT_FILE: join(dir, 'report.html'),
    SCOUTLY_METRICS_FILE: join(dir, 'scoutly.prom'),
    ...(CHROMIUM ? { SCOUTLY_CHROMIUM: CHROMIUM } : {}),
  };
});
afterAll(async () => {
  await ntfy.close();
  await broken.close();
  cleanupTempDirs();
});

const savedJobs = () => {
  const db = new Database(env.SCOUTLY_DB, { readonly: true });
  try {
    return db.prepare('SELECT id, notified_at AS notifiedAt FROM saved_jobs ORDER BY id').all() as { id: number; notifiedAt: number | null }[];
  } finally {
    db.close();
  }
};

describe('after a tick', () => {
  it('sends one digest of the new matches, retries it after a refusal, and never repeats it', async () => {
    expect((await scoutly(['seed-demo', '--base-url', demo.url], env)).code).toBe(0);
    const first = await scoutly(['tick'], env);
    expect(first.code, first.stderr).toBe(0); // a refused digest does not fail the tick
    expect(first.stderr).toMatch(/WARN .*digest not delivered \(ntfy \(127\.0\.0\.1:\d+\) answered HTTP 500/);
    expect(first.stderr).not.toContain('scoutly-e2e'); // the topic is a secret
    const saved = savedJobs();
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.every((s) => s.notifiedAt === null)).toBe(true);
    expect(readFileSync(env.SCOUTLY_REPORT_FILE!, 'utf8')).toContain('<title>Scoutly report</title>');
    expect(readFileSync(env.SCOUTLY_METRICS_FILE!, 'utf8')).toMatch(/^scoutly_digest_last_failed\{channel="ntfy"\} 1$/m);
    const doctor = JSON.parse((await scoutly(['doctor', '--json'], env)).stdout) as { name: string; status: string; detail: string }[];
    expect(doctor.find((c) => c.name === 'digests')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^ntfy: last digest failed at .*HTTP 500/) });

    ntfyStatus = 200;
    const second = await scoutly(['tick'], env); // nothing is due: only the digest goes out
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`digest sent to ntfy \\(127\\.0\\.0\\.1:\\d+\\): ${saved.length} new match\\(es\\)`));
    expect(ntfy.requests).toHaveLength(2);
    const body = JSON.parse(ntfy.requests[1]!.body) as { topic: string; title: string; message: string; priority: number; click: string; markdown: boolean };
    const best = (JSON.parse((await scoutly(['matches', 'list', '--json'], env)).stdout) as { url: string }[])[0]!;
    expect(body).toMatchObject({ topic: 'scoutly-e2e', markdown: true, click: best.url });
    expect(body.title).toMatch(saved.length === 1 ? /^Scoutly: new match \d+: / : new RegExp(`^Scoutly: ${saved.length} new matches \\(best \\d+\\)`));
    expect(body.message.match(/^- \*\*\d+\*\* /gm)).toHaveLength(saved.length);
    expect(savedJobs().every((s) => s.notifiedAt !== null)).toBe(true);
    expect(readFileSync(env.SCOUTLY_METRICS_FILE!, 'utf8')).toMatch(/^scoutly_digest_last_failed\{channel="ntfy"\} 0$/m);

    expect((await scoutly(['tick'], env)).code).toBe(0);
    expect(ntfy.requests).toHaveLength(2);
    const status = await scoutly(['status'], env);
    expect(status.stdout).toMatch(/Digests\n.*channel.*\n.*ntfy .* sent /);
  });

  it('writes a self-contained report that works on a phone: filters, sorting, no console errors', async () => {
    if (!CHROMIUM) throw new Error('Chromium is required for this test: apt-get install chromium-headless-shell (make setup does it)');
    // A company whose careers page answers 500, so the report has a problem to show.
    expect((await scoutly(['companies', 'add', 'brokenco', `${broken.url}/careers`, '--name', 'Broken Co', '--rank', '40'], env)).code).toBe(0);
    expect((await scoutly(['tick'], env)).code).toBe(1);
    const matches = JSON.parse((await scoutly(['matches', 'list', '--json'], env)).stdout) as { id: number; score: number; company: string }[];
    expect(matches.length).toBeGreaterThan(1);
    expect((await scoutly(['matches', 'set', String(matches[0]!.id), 'applied', '--note', 'sent <b>CV</b>'], env)).code).toBe(0);
    const file = join(dir, 'manual-report.html');
    const made = await scoutly(['report', '--html', file], env);
    expect(made.code, made.stderr).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/); // no external assets: only links to the postings
    expect(html).toContain('sent &lt;b&gt;CV&lt;/b&gt;');

    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const problems: string[] = [];
      const fetched: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`${m.type()}: ${m.text()}`) : undefined));
      page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => void fetched.push(r.url()));
      await page.goto(pathToFileURL(file).href);

      // The matches first (why the user opens it), then health.
      expect(await page.locator('h2').allTextContents()).toEqual([
        expect.stringMatching(/^Matches/), 'At a glance', 'Queue and schedule', expect.stringMatching(/^Runs, last 14 days/), 'Problematic companies',
        expect.stringMatching(/^Closed recently/), 'Digests',
      ]);
      expect(await page.locator('#runs svg rect').count()).toBe(4);
      expect(await page.locator('#problems').textContent()).toContain('brokenco');
      const rows = page.locator('#matches-table tbody tr');
      const visible = page.locator('#matches-table tbody tr:not([hidden])');
      expect(await rows.count()).toBe(matches.length);

      const scores = matches.map((m) => m.score).sort((a, b) => b - a);
      const threshold = scores[0]!;
      await page.fill('#f-score', String(threshold));
      expect(await visible.count()).toBe(scores.filter((s) => s >= threshold).length);
      expect(await page.locator('#match-count').textContent()).toBe(`${scores.filter((s) => s >= threshold).length} of ${matches.length} match(es) shown`);
      await page.fill('#f-score', '0');
      await page.selectOption('#f-status', 'applied');
      expect(await visible.count()).toBe(1);
      expect(await visible.first().getAttribute('data-id')).toBe(String(matches[0]!.id));
      await page.selectOption('#f-status', '');
      const company = matches[matches.length - 1]!.company;
      await page.selectOption('#f-company', company);
      expect(await visible.count()).toBe(matches.filter((m) => m.company === company).length);
      await page.selectOption('#f-company', '');

      await page.selectOption('#f-sort', 'company');
      const companies = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.company ?? ''));
      expect(companies).toEqual([...companies].sort((a, b) => a.localeCompare(b)));
      await page.selectOption('#f-sort', 'score');
      const shownScores = await visible.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.score)));
      expect(shownScores).toEqual(scores);

      // Phone-readable: the page does not scroll sideways and the matches are cards, not a squeezed table.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await page.locator('#matches-table thead').isVisible()).toBe(false);
      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test-artifacts', 'report-phone.png'), fullPage: true });

      expect(problems).toEqual([]);
      expect(fetched.every((u) => u.startsWith('file://'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
