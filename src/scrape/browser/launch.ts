// One Chromium per tick, launched on first use (never when every due company has a feed) and always
// closed by the tick. Playwright's own signal handlers are off: the tick closes the browser itself.

import type { Browser } from 'playwright-core';
import { UnavailableError } from '../../core/errors.js';
import type { AddressPolicy } from '../urlSafety.js';
import type { BrowserSession } from '../types.js';
import { extractCareersPage } from './careersPage.js';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // Memory on a Pi: careers pages of different sites may share renderers (no per-site isolation
  // needed: nothing logged in, nothing to leak between them), and at most a few renderers run.
  '--disable-site-isolation-trials', '--disable-features=site-per-process,Translate,MediaRouter', '--renderer-process-limit=3',
  '--disable-extensions',
];

export interface BrowserOptions extends AddressPolicy {
  executablePath: string | null;
}

export async function launchBrowser(options: BrowserOptions): Promise<BrowserSession> {
  if (!options.executablePath) {
    throw new UnavailableError('no Chromium found: install Debian\'s chromium (apt-get install chromium) or set SCOUTLY_CHROMIUM');
  }
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: options.executablePath, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      // Chromium must not inherit secrets (the Gemini key) from our environment.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
    });
  } catch (err) {
    throw new UnavailableError(`Chromium did not start (${options.executablePath}): ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  let open = 0;
  return {
    async extract(url, opts) {
      open++;
      try {
        return await extractCareersPage(browser, url, { ...opts, policy: options });
      } finally {
        open--;
      }
    },
    openPages: () => open,
    close: () => browser.close(),
  };
}
