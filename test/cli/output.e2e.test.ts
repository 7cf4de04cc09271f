// Standard output and error when their reader has gone (`scoutly … | head`, journald restarted under a running
// tick): the CLI writes its descriptors itself, and a closed pipe must neither crash the work nor leave it unrecorded.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS_TICK, NODE_FLAGS, ROOT, SCOUTLY, testEnv } from '../helpers/cli.js';
import Database from 'better-sqlite3';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';

afterAll(() => cleanupTempDirs());

const FULL_PIPE = join(ROOT, 'test/helpers/fullPipe.py');

/**
 * Runs a built entry point with one descriptor on a pipe whose reader has already exited: bash points the
 * descriptor at a process substitution, waits for it to end, then becomes Node. Every write there is EPIPE.
 */
function withReaderGone(fd: 1 | 2, script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync('bash', ['-c', `exec ${fd}> >(exit 0); wait $!; exec "$0" "$@"`, process.execPath, ...NODE_FLAGS, script, ...args],
    { env: testEnv(env), cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('output whose reader has gone', () => {
  it('a tick whose log stream is closed finishes its run and exits 0', () => {
    const db = tempDbPath();
    const r = withReaderGone(2, JOBS_TICK, [], { SCOUTLY_DB: db });
    expect(r.code, r.stdout).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare('SELECT exit_code, finished_at IS NOT NULL AS finished FROM runs').all()).toEqual([{ exit_code: 0, finished: 1 }]);
    } finally {
      sqlite.close();
    }
  });

  it('a listing piped into a reader that stopped early exits quietly with 0', () => {
    const r = withReaderGone(1, SCOUTLY, ['companies', 'list', '--json'], { SCOUTLY_DB: tempDbPath() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('output still reaches a reader that stays', () => {
    const db = tempDbPath();
    const r = spawnSync(process.execPath, [...NODE_FLAGS, SCOUTLY, 'companies', 'list', '--json'], { env: testEnv({ SCOUTLY_DB: db }), cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const tick = spawnSync(process.execPath, [...NODE_FLAGS, JOBS_TICK], { env: testEnv({ SCOUTLY_DB: db }), cwd: ROOT, encoding: 'utf8' });
    expect(tick.status, tick.stderr).toBe(0);
    expect(tick.stderr).toMatch(/INFO +tick #1 finished/);
  });
});

describe('output on a non-blocking descriptor that is full', () => {
  // A parent may hand down its pipe with O_NONBLOCK set: write(2) then meets EAGAIN, and what is left goes through
  // Node's stream, which waits for room. fullPipe.py leaves one page of room and reads only once it is taken, so
  // any output longer than a page meets EAGAIN.
  const run = (fd: 1 | 2, args: string[]) => spawnSync('python3', [FULL_PIPE, String(fd), process.execPath, ...NODE_FLAGS, SCOUTLY, ...args],
    { env: testEnv({ SCOUTLY_DB: tempDbPath() }), cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const direct = (args: string[]) => spawnSync(process.execPath, [...NODE_FLAGS, SCOUTLY, ...args],
    { env: testEnv({ SCOUTLY_DB: tempDbPath() }), cwd: ROOT, encoding: 'utf8' });

  it('standard output: every byte arrives, in order, and the command exits 0', () => {
    const expected = direct(['--help']);
    expect(expected.stdout.length).toBeGreaterThan(4096);
    const r = run(1, ['--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });

  it('standard error: every byte arrives, in order, with the command\'s own status', () => {
    const expected = direct(['no-such-command']);
    expect(expected.stderr.length).toBeGreaterThan(4096);
    const r = run(2, ['no-such-command']);
    expect(r.status).toBe(64);
    expect(r.stderr).toBe(expected.stderr);
  });
});
