// Launches one Chromium for the tick's browser pool (pool.ts decides when, and closes it when idle); never
// launched when every due company has a feed or a static page. Playwright's own signal handlers are off: the
// tick closes the browser itself. All its traffic, and Playwright's own document fetches, leave through the
// egress proxy. Its files (home, profile) live in the service's cache folder, one folder per process.

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { UnavailableError } from '../../core/errors.js';
import type { EgressPolicy } from '../egress.js';
import { startEgressProxy, type EgressProxy } from './egressProxy.js';
import type { BrowserSession } from '../types.js';
import { openLane, type PageLane } from './careersPage.js';

/**
 * Chromium keeps only the last `--disable-features` (and `--enable-features`) it is given, and Playwright passes
 * its own lists first: ours must repeat Playwright's (1.64's, among them fixes for request interception on
 * redirects) or they are silently dropped. A test compares them on the real launch line, so an upgrade that adds
 * one fails it.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'DialMediaRouteProvider', 'GlobalMediaControls',
  'HttpsUpgrades', 'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning',
  'BlockOriginHeaderModificationOnRedirect', 'AvoidCorsURLLoaderRestartOnRedirect', 'Translate', 'AutoDeElevate',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];
const OUR_DISABLED_FEATURES = [
  // Memory on a Pi: careers pages of different sites may share renderers (no per-site isolation
  // needed: nothing logged in, nothing to leak between them), and at most a few renderers run.
  'site-per-process',
  // Chromium ≥ 151 pre-renders its address-bar popup (WebUI) in two renderers that never go away, headless too:
  // ≈ 53 MiB here for nothing a careers page needs.
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup',
];

const PLAYWRIGHT_ENABLED_FEATURES = ['CDPScreenshotNewSurface'];
const OUR_ENABLED_FEATURES = [
  // Memory on a Pi: the network service runs in the browser process instead of a process of its own
  // (≈ 12 MiB of relocated code pages and its own heaps less); the egress proxy still carries every request.
  'NetworkServiceInProcess2',
];

/**
 * Bound on the profile's disk cache. Pages are read in off-the-record contexts, whose HTTP cache is kept in
 * memory (this flag does not limit that one); the profile's own cache stays empty in use, and this keeps it
 * small should Chromium ever start filling it (8 MiB: a few careers pages' scripts, nothing to keep).
 */
export const DISK_CACHE_BYTES = 8 * 1024 * 1024;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-site-isolation-trials',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
  `--enable-features=${[...PLAYWRIGHT_ENABLED_FEATURES, ...OUR_ENABLED_FEATURES].join(',')}`,
  // Nothing is drawn to be looked at: without SwiftShader the GPU process is ≈ 16 MiB smaller (pages lay out alike).
  '--disable-software-rasterizer',
  '--disable-extensions',
  `--disk-cache-size=${DISK_CACHE_BYTES}`,
  // WebRTC would otherwise send UDP around the proxy (STUN to any address a page names).
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** Chromium's stderr as Playwright relays it: the last lines kept, FATAL and ERROR lines picked out to explain a failure. */
class ChromiumStderr {
  private lines: string[] = [];
  readonly logger = {
    isEnabled: (name: string) => name === 'browser',
    log: (_name: string, _severity: string, message: string | Error) => {
      const text = String(message);
      if (!/\[err\]/.test(text)) return;
      this.lines.push(text.replace(/^.*?\[err\]\s*/, ''));
      if (this.lines.length > 50) this.lines.shift();
    },
  };

  /** The FATAL/ERROR lines seen (or found in a launch error's log section), at most three; null when none. */
  explain(launchMessage: string): string | null {
    const fromLaunch = launchMessage.split('\n').map((l) => l.replace(/^.*?\[err\]\s*/, '')).filter((l) => /FATAL|ERROR|Check failed/.test(l));
    const picked = [...this.lines.filter((l) => /FATAL|ERROR|Check failed/.test(l)), ...fromLaunch];
    return picked.length ? [...new Set(picked)].slice(0, 3).map((l) => l.trim().slice(0, 300)).join(' | ') : null;
  }
}

export interface BrowserOptions extends EgressPolicy {
  executablePath: string | null;
  /** Pages open at once: renderer processes are limited to as many. */
  pages?: number;
  /** The service's cache folder: Chromium's files go in its `chromium/`; a temporary folder when absent (tests). */
  cacheDir?: string | null;
}

const processGone = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
};

/**
 * This launch's folder, `<cacheDir>/chromium/<pid>-XXXXXX`, after removing the folders of processes that are gone (a tick
 * killed while Chromium ran leaves its own): whatever accumulates is cleared at the next launch. Another live
 * process's folder (doctor beside a tick) is left alone.
 */
export function chromiumFolder(cacheDir: string): string {
  const filesDir = join(cacheDir, 'chromium');
  try {
    mkdirSync(filesDir, { recursive: true, mode: 0o700 });
    for (const name of readdirSync(filesDir)) {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      if (pid && processGone(pid)) rmSync(join(filesDir, name), { recursive: true, force: true });
    }
    return mkdtempSync(join(filesDir, `${process.pid}-`));
  } catch (err) {
    throw new UnavailableError(`cannot make Chromium's folder in ${filesDir} (${(err as Error).message}): the cache folder must be writable by Scoutly's user (CACHE_DIRECTORY, XDG_CACHE_HOME or HOME)`, { cause: err });
  }
}

/**
 * Playwright's launch() makes its profile (and an artifacts folder) under os.tmpdir() and takes no other place
 * for them (only launchPersistentContext does, and it opens a page in the default context): TMPDIR points into
 * `folder` while it launches. Chromium's own environment has no TMPDIR, so its shared memory stays in /tmp.
 */
async function withTmpdir<T>(folder: string, launch: () => Promise<T>): Promise<T> {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await launch();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

export async function launchBrowser(options: BrowserOptions): Promise<BrowserSession> {
  if (!options.executablePath) {
    throw new UnavailableError('no Chromium found: install Debian\'s headless shell (apt-get install chromium-headless-shell) or set SCOUTLY_CHROMIUM');
  }
  const { chromium } = await import('playwright-core');
  // Chromium's home (crash reports, font cache) and profile: never the service's state directory.
  const home = options.cacheDir ? chromiumFolder(options.cacheDir) : mkdtempSync(join(tmpdir(), 'scoutly-chromium-'));
  const stderr = new ChromiumStderr();
  let browser: Browser;
  let proxy: EgressProxy | undefined;
  try {
    proxy = await startEgressProxy(options);
    const { executablePath } = options;
    const server = proxy.url;
    browser = await withTmpdir(home, () => chromium.launch({
      executablePath, args: [...CHROMIUM_ARGS, `--renderer-process-limit=${options.pages ?? 3}`], handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      // No bypass: Playwright adds <-loopback>, so even 127.0.0.1 goes through the proxy (which decides).
      // Set here rather than as a flag so route.fetch, which Playwright runs itself, uses it too.
      proxy: { server },
      // Chromium must not inherit secrets (the Gemini key) from our environment.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
      logger: stderr.logger,
    }));
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    await proxy?.close();
    const why = stderr.explain(String((err as Error).message)) ?? (err as Error).message.split('\n')[0];
    throw new UnavailableError(`Chromium did not start (${options.executablePath}): ${why}`, { cause: err });
  }
  let open = 0;
  let closing = false;
  /** Lanes between reads, reused by the next page (at most as many exist as pages render at once). */
  const idle: PageLane[] = [];
  /** A browser that went away by itself: its last FATAL/ERROR lines say why, and nobody's page is to blame. */
  const crashed = (err: unknown): never => {
    if (!closing && !browser.isConnected()) {
      throw new UnavailableError(`Chromium exited while reading pages: ${stderr.explain('') ?? 'no error output'}`, { cause: err });
    }
    throw err;
  };
  return {
    async extract(url, opts) {
      open++;
      try {
        const lane = idle.pop() ?? await openLane(browser, options).catch(crashed);
        const read = await lane.extract(url, opts).catch(crashed);
        if (lane.reusable() && !closing) idle.push(lane);
        else await lane.close();
        return read;
      } finally {
        open--;
      }
    },
    async check() {
      const context = await browser.newContext().catch(crashed);
      try {
        const page = await context.newPage();
        await page.setContent('<p>ok</p>');
        if ((await page.textContent('p')) !== 'ok') throw new Error('a page did not render');
      } catch (err) {
        crashed(err);
      } finally {
        await context.close().catch(() => {});
      }
    },
    openPages: () => open,
    async close() {
      closing = true;
      await Promise.all(idle.splice(0).map((lane) => lane.close()));
      await browser.close().catch(() => {});
      await proxy!.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
