// Where Chromium's files go: the service's cache folder, one folder per process, cleared of dead processes'
// folders at the next launch, gone after close; Playwright's profile inside it, TMPDIR untouched after launch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';
import { chromiumFolder, launchBrowser } from '../../src/scrape/browser/launch.js';
import { cleanupTempDirs, tempDir } from '../helpers/db.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
afterAll(() => cleanupTempDirs());

/** A pid that was just in use and is not any more. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe("Chromium's folder", () => {
  it('is made per process under <cache>/chromium (0700), after removing the folders of processes that are gone', () => {
    const cache = tempDir();
    const files = join(cache, 'chromium');
    const dead = join(files, `${deadPid()}-abc123`);
    const alive = join(files, `${process.ppid}-def456`); // another live process (doctor beside a tick)
    for (const dir of [dead, alive]) {
      mkdirSync(join(dir, 'playwright_chromiumdev_profile-x'), { recursive: true });
      writeFileSync(join(dir, 'playwright_chromiumdev_profile-x', 'Preferences'), '{}');
    }
    const mine = chromiumFolder(cache);
    expect(mine.startsWith(join(files, `${process.pid}-`))).toBe(true);
    expect(statSync(mine).mode & 0o777).toBe(0o700);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });

  it('names the folder and the fix when the cache folder cannot be made', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => chromiumFolder(file)).toThrow(/cannot make Chromium's folder in .*not-a-folder\/chromium .*must be writable by Scoutly's user/);
  });

  it("holds Playwright's profile while the browser runs, is gone after close, and leaves TMPDIR as it was", async () => {
    if (!CHROMIUM) throw new Error('Chromium is required for this test: apt-get install chromium-headless-shell (make setup does it)');
    const cache = tempDir();
    const tmpBefore = tmpdir();
    const browser = await launchBrowser({ executablePath: CHROMIUM, allowPrivate: true, cacheDir: cache });
    try {
      expect(tmpdir()).toBe(tmpBefore);
      await browser.check();
      const [folder, ...others] = readdirSync(join(cache, 'chromium'));
      expect(others).toEqual([]);
      expect(readdirSync(join(cache, 'chromium', folder!)).some((n) => n.startsWith('playwright_chromiumdev_profile-'))).toBe(true);
    } finally {
      await browser.close();
    }
    expect(readdirSync(join(cache, 'chromium'))).toEqual([]);
  });
});
