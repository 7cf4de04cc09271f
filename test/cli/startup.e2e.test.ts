// What start-up loads: a tick with nothing due, and `status`, must not load what they do not use (the
// browser, analysis, notification and validation code, Node's crypto and perf_hooks). Read from the
// process itself (test/fixtures/recordLoads.cjs), never from timings: `make bench` measures the time.
// The executables are bundles: test/helpers/loads.ts maps each loaded chunk to the modules (tsc's dist/ files) in it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS_TICK, NODE_FLAGS, ROOT, SCOUTLY, scoutly, testEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDbPath, tempDir } from '../helpers/db.js';
import { readLoads } from '../helpers/loads.js';

afterAll(() => cleanupTempDirs());

/** A database that is up to date: migrating (drizzle) is the first start's work, not every tick's. */
function migratedDb(): string {
  const db = tempDbPath();
  expect(scoutly(['migrate'], { SCOUTLY_DB: db }).code).toBe(0);
  return db;
}

/** Runs a built entry point and returns the source modules it loaded (checking it loaded bundles only). */
function loadsOf(script: string, args: string[], env: Record<string, string>): string[] {
  return loadsWith(script, args, env).modules;
}

function loadsWith(script: string, args: string[], env: Record<string, string>) {
  const file = join(tempDir(), 'loads.txt');
  const r = spawnSync(process.execPath, [...NODE_FLAGS, '--require', join(ROOT, 'test/fixtures/recordLoads.cjs'), script, ...args],
    { env: testEnv({ ...env, SCOUTLY_TEST_LOADS: file }), cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const loads = readLoads(file);
  expect(loads.unbundled).toEqual([]);
  return { ...loads, stdout: r.stdout, stderr: r.stderr };
}

const PACKAGES_NOT_NEEDED = ['playwright-core', '@google/genai', 'zod', 'nodemailer', 'drizzle-orm', 'undici', 'htmlparser2', 'pdfjs-dist', 'csv-parse'];
// The lexer runs when an ES module imports a CommonJS one (better-sqlite3 is bundled instead: one translation fewer).
const BUILTINS_NOT_NEEDED = ['NativeModule crypto', 'NativeModule perf_hooks', 'NativeModule timers/promises', 'NativeModule internal/deps/cjs-module-lexer/lexer'];
// Node's sockets and streams come with process.stdout/stderr on a pipe (as here and under journald): the CLI
// writes its descriptors itself. Read without the ES module hook, whose worker thread creates those streams.
const STREAMS = ['NativeModule net', 'NativeModule stream'];

function expectNone(loads: string[], unwanted: (line: string) => boolean): void {
  expect(loads.filter(unwanted)).toEqual([]);
}

describe('start-up', () => {
  it('a tick with nothing due loads no browser, analysis, notification or validation code, nor crypto or perf_hooks', () => {
    const db = migratedDb();
    const loads = loadsOf(JOBS_TICK, [], { SCOUTLY_DB: db });
    expect(loads).toContain('dist/tick/runTick.js'); // the record is complete enough to trust
    expect(loads).toContain('NativeModule fs');
    expectNone(loads, (l) => PACKAGES_NOT_NEEDED.some((p) => l.startsWith(`node_modules/${p}/`)));
    expectNone(loads, (l) => /^dist\/(scrape|notify)\/|^dist\/analyze\/(?!usage\.js)|^dist\/tick\/(drain|scraping)\.js/.test(l));
    expectNone(loads, (l) => BUILTINS_NOT_NEEDED.includes(l));
  });

  it('status loads none of the tick machinery (queue, task kinds, lease)', () => {
    const db = migratedDb();
    const loads = loadsOf(SCOUTLY, ['status'], { SCOUTLY_DB: db });
    expect(loads).toContain('dist/report/status.js');
    expectNone(loads, (l) => /^dist\/(queue|tasks|tick)\//.test(l));
    expectNone(loads, (l) => PACKAGES_NOT_NEEDED.some((p) => l.startsWith(`node_modules/${p}/`)));
    expectNone(loads, (l) => BUILTINS_NOT_NEEDED.includes(l));
  });

  it('neither the idle tick nor status creates Node\'s stdout or stderr streams, and both still print through their pipes', () => {
    const db = migratedDb();
    const tick = loadsWith(JOBS_TICK, [], { SCOUTLY_DB: db, SCOUTLY_TEST_LOADS_NO_HOOK: '1' });
    expect(tick.modules).toContain('NativeModule fs');
    expect(tick.stderr).toMatch(/tick #\d+ finished/);
    expectNone(tick.modules, (l) => STREAMS.includes(l));
    const status = loadsWith(SCOUTLY, ['status'], { SCOUTLY_DB: db, SCOUTLY_TEST_LOADS_NO_HOOK: '1' });
    expect(status.stdout).not.toBe('');
    expectNone(status.modules, (l) => STREAMS.includes(l));
  });
});
