// The dashboard in a real browser (playwright-core driving Debian's Chromium) against the real server
// (`scoutly web` from dist/) on a real database, with the ATS stand-ins behind SCOUTLY_ATS_BASE_URL:
// sign in; every page at 390×844 and 1280×800 with no console error, no CSP violation, no horizontal
// scroll and no serious or critical axe violation; add a company by URL; change a rank; move an
// application through its states; upload a CV; retry a problem company and a dead task; the matches page
// by keyboard alone; and the same forms without JavaScript. Kept in its own file so CI can run it once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../src/auth/accounts.js';
import { createActionToken, createSetupToken } from '../../src/auth/oneTimeTokens.js';
import { recordCompanySuccess } from '../../src/companies/health.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { scoutlyAsync } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/db.js';
import { company, seedMatches } from '../helpers/seed.js';
import { CHROMIUM, startBuiltDashboard, type BuiltDashboard } from './builtDashboard.js';
import { PASSWORD } from './helpers.js';

const PAGES = ['/matches', '/companies', '/problems', '/jobs', '/jobs?company=broken', '/profile', '/health', '/api'];
const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const STEP_MS = 180_000;

let farm: AtsFarm;
let dashboard: BuiltDashboard;
let url: string;
let browser: Browser;
let dir: string;
let actionToken: string;
let setupToken: string;
const env = () => ({ SCOUTLY_DB: join(dir, 'scoutly.db'), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url, ...(CHROMIUM ? { SCOUTLY_CHROMIUM: CHROMIUM } : {}) });

/** What a page told the console, and every CSP violation it reported. */
interface Watch { errors: string[] }

async function newPage(context: BrowserContext, watch: Watch): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
  // Added by the browser, not the page, so the CSP under test does not block it.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)));
  return page;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${url}/matches`);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await page.fill('#email', 'alice@example.com');
  await page.fill('#password', PASSWORD);
  await page.press('#password', 'Enter');
  await page.waitForURL('**/matches');
}

/** A fresh browser context at a size, signed in, its console and CSP reports collected. */
async function signedInPage(size: { width: number; height: number }): Promise<{ page: Page; watch: Watch; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: size });
  const watch: Watch = { errors: [] };
  const page = await newPage(context, watch);
  await signIn(page);
  return { page, watch, context };
}

/** Waits for the message a form's action leaves on the page it lands on (the one saying `expected`). */
async function flash(page: Page, expected: string | RegExp, kind: 'ok' | 'error' = 'ok'): Promise<string> {
  const el = page.locator(`.flash.${kind}`, { hasText: expected }).first();
  await el.waitFor();
  return (await el.textContent()) ?? '';
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for the browser tests: apt-get install chromium (make setup does it)');
  farm = await startAtsFarm();
  dir = tempDir('scoutly-browser-');
  const store = await openStore(join(dir, 'scoutly.db'));
  const now = Date.now();
  const { id } = upsertUser(store, { email: 'alice@example.com' }, now);
  await setPassword(store, id, PASSWORD, now);
  const saved = seedMatches(store, 'initech', [
    { title: 'Platform Engineer', score: 92, reasons: ['TypeScript and SQLite', 'remote in the EU'], location: 'Amsterdam', workplaceType: 'HYBRID' },
    { title: 'Backend Engineer', score: 81, reasons: ['Node.js'], location: 'Remote' },
  ], now, 'alice@example.com');
  seedMatches(store, 'globex', [{ title: '<b>Data</b> Engineer', score: 70, reasons: ['<i>SQL</i>'] }], now, 'alice@example.com');
  for (const slug of ['initech', 'globex']) recordCompanySuccess(store, (store.sqlite.prepare('SELECT id FROM companies WHERE slug = ?').get(slug) as { id: number }).id, now);
  // A company whose board is gone (the ATS answers 404): the tick below fails it for good, a problem company with a dead task.
  const { ids: [brokenId] } = upsertCompanies(store, [company('broken', { name: 'Broken Ltd', careersUrl: 'https://boards.greenhouse.io/gone' })], now);
  setPreference(store, id, brokenId!, 60, now);
  actionToken = createActionToken(store, { userId: id, savedJobId: saved['Backend Engineer']!, action: 'discarded' }, now);
  setupToken = createSetupToken(store, upsertUser(store, { email: 'bob@example.com' }, now).id, now);
  closeStore(store);
  // Awaited, not synchronous: the ATS farm answering it runs in this process.
  const tick = await scoutlyAsync(['tick', '--only', 'scrape'], env());
  expect(tick.code, tick.stderr).toBe(1);

  dashboard = await startBuiltDashboard('127.0.0.1:0', env());
  ({ url, browser } = dashboard);
}, STEP_MS);

afterAll(async () => {
  await dashboard?.stop();
  await farm?.close();
  cleanupTempDirs();
});

describe('the dashboard in Chromium', () => {
  it('every page at 390×844 and 1280×800: no console error or CSP violation, no sideways scrolling, no serious or critical axe violation', async () => {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size });
      const watch: Watch = { errors: [] };
      const page = await newPage(context, watch);
      for (const path of ['/sign-in', `/setup/${setupToken}`]) {
        expect((await page.goto(`${url}${path}`))?.status(), path).toBe(200);
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`), path).toEqual([]);
      }
      await signIn(page);
      for (const path of [...PAGES, `/act/${actionToken}`]) {
        const res = await page.goto(`${url}${path}`);
        expect(res?.status(), path).toBe(200);
        expect(await page.locator('h1').textContent(), path).toBeTruthy();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`), `${path} at ${size.width}px`).toEqual([]);
      }
      // Markup in a stored title shows as text.
      await page.goto(`${url}/matches`);
      expect(await page.getByText('<b>Data</b> Engineer').count()).toBe(1);
      expect(watch.errors).toEqual([]);
      await context.close();
    }
  }, STEP_MS * 2);

  it('adds a company by pasting its careers URL (live preview, then saved with a rank), changes its rank, and an admin retries problems', async () => {
    const { page, watch, context } = await signedInPage(SIZES[1]!);
    await page.goto(`${url}/companies`);
    await page.fill('#add-url', 'https://job-boards.greenhouse.io/acme');
    await page.getByRole('button', { name: 'Look it up' }).click();
    await page.locator('#found-h').waitFor({ timeout: 90_000 });
    const preview = await page.locator('main').textContent();
    expect(preview).toContain('greenhouse board acme');
    expect(Number(/Postings found\s*(\d+)/.exec(preview ?? '')?.[1])).toBeGreaterThan(0);
    expect(await page.inputValue('#save-slug')).toBe('acme');
    await page.fill('#save-name', 'Acme Corp');
    await page.fill('#save-rank', '90');
    await page.getByRole('button', { name: 'Save and track' }).click();
    await flash(page, 'Saved Acme Corp, tracked at rank 90');
    const row = page.locator('#company-acme');
    expect(await row.textContent()).toContain('daily');
    expect(await row.textContent()).toContain('greenhouse acme');

    // With JavaScript the page is updated in place (htmx), not reloaded: what the window holds survives.
    await page.evaluate(() => { (window as unknown as { kept: number }).kept = 42; });
    await row.locator('input[name="rank"]').fill('40');
    await row.getByRole('button', { name: 'Save' }).click();
    await flash(page, 'Acme Corp: your rank is 40');
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(42);
    expect(await page.locator('#company-acme').textContent()).toContain('every 3 days');
    expect(await page.locator('#company-acme input[name="rank"]').inputValue()).toBe('40');

    await page.goto(`${url}/problems`);
    const problems = await page.locator('main').textContent();
    expect(problems).toContain('the site refused the request');
    expect(problems).toMatch(/Dead tasks \(1\)/);
    await page.locator('main').getByRole('button', { name: 'Retry' }).first().click();
    const retried = /task #(\d+) will run at the next tick/.exec(await flash(page, /will run at the next tick/))![1];
    await page.getByRole('button', { name: 'Try again now' }).click();
    await flash(page, `brought task #${retried} for broken forward`);
    await page.goto(`${url}/jobs?company=broken`);
    expect(await page.locator('main').textContent()).toMatch(/failed: http_4xx/);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, STEP_MS);

  it('moves an application through its states with a note, shows its history, and uploads a CV', async () => {
    const { page, watch, context } = await signedInPage(SIZES[0]!);
    await page.goto(`${url}/matches`);
    const card = () => page.locator('article.match', { hasText: 'Platform Engineer' });
    await card().locator('input[name="note"]').first().fill('sent the CV on Monday');
    await card().getByRole('button', { name: 'Applied', exact: true }).click();
    await flash(page, 'Platform Engineer (initech) is now Applied');
    for (const next of ['Interview', 'Offer', 'Accepted']) {
      await card().getByRole('button', { name: next, exact: true }).click();
      await flash(page, `Platform Engineer (initech) is now ${next}`);
    }
    await card().locator('summary', { hasText: 'History' }).click();
    const history = await card().locator('.history').textContent();
    expect(history).toContain('Applied in the dashboard: sent the CV on Monday');
    expect(history).toContain('Accepted in the dashboard');

    await page.goto(`${url}/profile`);
    const cv = join(dir, 'my cv.md');
    writeFileSync(cv, '# Alice Example\nalice@example.com, +31 6 1234 5678\n\nSenior Backend Engineer, 2016–2026\nSkills: TypeScript, PostgreSQL, Kubernetes\nLanguages: English (fluent), Dutch (native)\n');
    await page.setInputFiles('#cv-file', cv);
    await page.getByRole('button', { name: 'Upload' }).click();
    await flash(page, 'Stored my cv.md');
    expect(await page.inputValue('#p-skills')).toMatch(/TypeScript/);
    expect(await page.locator('main').textContent()).toContain('derived from it');
    await page.locator('summary', { hasText: 'The CV text a model gets' }).click();
    const forModel = await page.locator('pre.cv').textContent();
    expect(forModel).toContain('[email]');
    expect(forModel).not.toContain('alice@example.com');
    expect(watch.errors).toEqual([]);
    await context.close();
  }, STEP_MS);

  it('the matches page by keyboard alone: skip link, a state button, the history', async () => {
    const { page, watch, context } = await signedInPage(SIZES[1]!);
    await page.goto(`${url}/matches`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { text: el?.textContent?.trim() ?? '', tag: el?.tagName ?? '', card: el?.closest('article')?.querySelector('h2')?.textContent ?? '', outline: el ? getComputedStyle(el).outlineStyle : '' };
    });
    let at = await focused();
    for (let i = 0; i < 60 && !(at.tag === 'BUTTON' && at.text === 'Applied' && at.card === 'Backend Engineer'); i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    expect(at).toMatchObject({ tag: 'BUTTON', text: 'Applied', card: 'Backend Engineer' });
    expect(at.outline, 'a focused control shows where focus is').not.toBe('none');
    await page.keyboard.press('Enter');
    await flash(page, 'Backend Engineer (initech) is now Applied');
    for (let i = 0; i < 80 && !(at.tag === 'SUMMARY' && at.text.startsWith('History') && at.card === 'Backend Engineer'); i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    expect(at.text).toMatch(/^History \(2\)/);
    await page.keyboard.press('Enter');
    expect(await page.locator('article.match', { hasText: 'Backend Engineer' }).locator('.history').getAttribute('open')).not.toBeNull();
    expect(watch.errors).toEqual([]);
    await context.close();
  }, STEP_MS);

  it('works without JavaScript: signing in and a form post land on the page with the message', async () => {
    const context = await browser.newContext({ viewport: SIZES[0], javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    const card = page.locator('article.match', { hasText: 'Data' });
    await card.getByRole('button', { name: 'Not for me' }).click();
    await page.waitForURL('**/matches');
    await flash(page, 'is now Not for me');
    await context.close();
  }, STEP_MS);
});
