// Runs the built CLI (dist/) as a child process, as users and systemd do.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unitNodeFlags } from './nodeFlags.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCOUTLY = `${ROOT}dist/cli/scoutly.cjs`;
export const JOBS_TICK = `${ROOT}dist/cli/jobsTick.cjs`;
export const STAGED_TICK = `${ROOT}test/fixtures/stagedTick.mjs`;
/** Every child is started with Node's flags from the unit, so the tests run V8 as production does. */
export const NODE_FLAGS = unitNodeFlags(ROOT);

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let cacheHome: string | undefined;
/** The children's cache folder (Chromium's profile goes there): one temporary folder per test file, removed at exit. */
function testCacheHome(): string {
  if (!cacheHome) {
    const dir = mkdtempSync(join(tmpdir(), 'scoutly-cache-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    cacheHome = dir;
  }
  return cacheHome;
}

/** A clean environment: no developer settings leak into the tests, and nothing lands in the user's ~/.cache. */
export function testEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', XDG_CACHE_HOME: testCacheHome(), SCOUTLY_LOG_FORMAT: 'plain', ...extra };
}

export function run(script: string, args: readonly string[], env: Record<string, string>, cwd = ROOT): RunResult {
  const r = spawnSync(process.execPath, [...NODE_FLAGS, script, ...args], { env: testEnv(env), cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export const scoutly = (args: readonly string[], env: Record<string, string>, cwd?: string) => run(SCOUTLY, args, env, cwd);

export interface Running {
  child: ChildProcess;
  done: Promise<RunResult>;
  /** What the process has written to stderr so far. */
  stderr(): string;
  /** What it has written to stdout so far. */
  stdout(): string;
}

export function start(script: string, args: readonly string[], env: Record<string, string>, cwd = ROOT): Running {
  const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], { env: testEnv(env), cwd });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => void (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr, stdout: () => stdout };
}

/** Polls until `check` returns a value (bounded: fails the test after `timeoutMs`). */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The CLI awaited, for tests whose servers run in this process (a synchronous run would block them). */
export const scoutlyAsync = (args: readonly string[], env: Record<string, string>) => start(SCOUTLY, args, env).done;
