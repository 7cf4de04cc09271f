// The in-page wait for a late list, in real Chromium: a change made between the read and the wait (on a busy
// machine, a list built in that gap) counts at once, instead of being waited for until the watch gives up.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';
import { DOM_WATCH_KEY, probePage, waitForDomChange, watchDom } from '../../src/scrape/browser/pageScript.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><h1>Careers</h1><ul id="list"></ul></body></html>');
  await page.evaluate(watchDom, DOM_WATCH_KEY);
});
afterAll(async () => {
  await browser?.close();
});

const changesNow = async () => (await page.evaluate(probePage, [DOM_WATCH_KEY, null] as [string, string | null])).changes;
const addPosting = () => page.evaluate(() => {
  const li = document.createElement('li');
  li.innerHTML = '<a href="/jobs/1">Platform Engineer</a>';
  document.getElementById('list')!.appendChild(li);
});

describe.skipIf(!CHROMIUM)('waiting in the page for a late list', () => {
  it('counts a change made after the read and before the wait', async () => {
    const seen = await changesNow();
    expect(seen).not.toBeNull();
    await addPosting(); // the list arrives in the gap between the read and the wait
    // Without the count from the read, this waits the whole minute for a change that has already happened, and says none.
    expect(await page.evaluate(waitForDomChange, [null, 60_000, DOM_WATCH_KEY, seen] as [number | null, number, string, number | null])).toBe(true);
  });

  it('still reports no change when nothing changed since the read', async () => {
    const seen = await changesNow();
    expect(await page.evaluate(waitForDomChange, [null, 50, DOM_WATCH_KEY, seen] as [number | null, number, string, number | null])).toBe(false);
  });
});
