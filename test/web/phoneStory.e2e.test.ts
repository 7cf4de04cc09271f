// The "done", walked as one story on a phone-sized Chromium against the real server (`scoutly web` from
// dist/), a real tick (`scoutly tick`), the ATS stand-ins and an ntfy stand-in: sign in from a setup link, add a
// company by pasting its careers URL, see it scraped, receive the digest, tap "Applied" on its notification,
// and find the match so on the matches page. Nothing is seeded in the database by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { ROOT, scoutlyAsync } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/db.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { CHROMIUM, startBuiltDashboard, type BuiltDashboard } from './builtDashboard.js';
import { PASSWORD } from './helpers.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const STEP_MS = 240_000;

let farm: AtsFarm;
let ntfy: TestServer;
let dashboard: BuiltDashboard;
let browser: Browser;
let url: string;
let env: Record<string, string>;

/** A port nothing listens on: SCOUTLY_WEB_URL (the address in the digest's buttons) must name it before the server starts. */
const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

interface NtfyAction { action: string; label: string; url: string; method?: string; headers?: Record<string, string>; body?: string }
interface NtfyMessage { title: string; message: string; actions?: NtfyAction[] }

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for the browser tests: apt-get install chromium (make setup does it)');
  farm = await startAtsFarm();
  ntfy = await serve((_req, res) => json(res, { id: 'msg' }));
  url = `http://127.0.0.1:${await freePort()}`;
  const dir = tempDir('scoutly-phone-');
  env = {
    SCOUTLY_DB: join(dir, 'scoutly.db'), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url, SCOUTLY_CHROMIUM: CHROMIUM,
    SCOUTLY_NOTIFY_URL: `${ntfy.url}/scoutly-phone`, SCOUTLY_NOTIFY_KIND: 'ntfy', SCOUTLY_WEB_URL: url,
  };
  // What the owner does once on the machine: the user with their profile and CV (README's first steps). The
  // demo's profile, living in Amsterdam (the board's backend posting is hybrid there) and with its skills (Go and
  // Postgres), so that posting is a match.
  const profile = JSON.parse(readFileSync(join(ROOT, 'src/demo/profile.json'), 'utf8')) as { skills: string[]; logistics: { residence: Record<string, string> } };
  profile.skills = ['Go', 'PostgreSQL', ...profile.skills];
  profile.logistics.residence.city = 'Amsterdam';
  writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
  const added = await scoutlyAsync(['users', 'add', 'me@example.com', '--profile', join(dir, 'profile.json'), '--cv', join(ROOT, 'src/demo/cv.md')], env);
  expect(added.code, added.stderr).toBe(0);
  dashboard = await startBuiltDashboard(url.replace('http://', ''), env);
  browser = dashboard.browser;
}, STEP_MS);

afterAll(async () => {
  await dashboard?.stop();
  await ntfy?.close();
  await farm?.close();
  cleanupTempDirs();
});

describe('a person with only a phone', () => {
  it('signs in, adds a company by its URL, sees it scraped, gets the digest, taps Applied and finds it so on the matches page', async () => {
    const link = await scoutlyAsync(['web', 'setup-link', 'me@example.com'], env);
    expect(link.code, link.stderr).toBe(0);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Sign in: the one-time link, a password chosen there.
    await page.goto(link.stdout.trim());
    await page.fill('#password', PASSWORD);
    await page.fill('#again', PASSWORD);
    await page.press('#again', 'Enter');
    await page.waitForURL('**/matches');

    // Add a company by pasting its careers URL: Scoutly probes it live, then saves it with a rank.
    await page.goto(`${url}/companies`);
    await page.fill('#add-url', 'https://job-boards.greenhouse.io/acme');
    await page.getByRole('button', { name: 'Look it up' }).click();
    await page.locator('#found-h').waitFor({ timeout: 90_000 });
    await page.fill('#save-name', 'Acme Corp');
    await page.fill('#save-rank', '90');
    await page.getByRole('button', { name: 'Save and track' }).click();
    await page.locator('.flash.ok', { hasText: 'Saved Acme Corp, tracked at rank 90' }).waitFor();
    expect(await page.locator('#company-acme td[data-label="Open postings"]').textContent()).toBe('0');

    // The timer's tick: scrapes what is due, analyses it against the CV, sends the digest.
    const tick = await scoutlyAsync(['tick'], env);
    expect(tick.code, tick.stderr).toBe(0);

    // See it scraped.
    await page.reload();
    expect(Number(await page.locator('#company-acme td[data-label="Open postings"]').textContent())).toBeGreaterThan(0);

    // The digest on the phone: the match's own notification, with its buttons.
    const messages = ntfy.requests.map((r) => JSON.parse(r.body) as NtfyMessage);
    const notification = messages.find((m) => m.title.includes('Senior Backend Engineer at Acme Corp'));
    expect(notification, messages.map((m) => m.title).join('\n')).toBeDefined();
    expect(notification!.actions!.map((a) => a.label)).toEqual(['Applied', 'Not for me', 'Open']);

    // Tap "Applied": ntfy sends the button's request as it is written (an http action, POST unless told otherwise).
    const applied = notification!.actions![0]!;
    const tapped = await fetch(applied.url, { method: applied.method ?? 'POST', headers: applied.headers ?? {}, body: applied.body ?? null });
    expect(tapped.status).toBe(200);

    // "Open" lands on the match, signed in on the phone: it says Applied, from the digest.
    const open = notification!.actions![2]!;
    await page.goto(open.url);
    const card = page.locator(`article.match#${new URL(open.url).hash.slice(1)}`);
    expect(await card.locator('h2').textContent()).toBe('Senior Backend Engineer');
    expect(await card.locator('.badge').textContent()).toBe('Applied');
    await card.locator('summary', { hasText: 'History' }).click();
    expect(await card.locator('.history').textContent()).toContain('Applied from a digest');
    expect(errors).toEqual([]);
    await context.close();
  }, STEP_MS);
});
