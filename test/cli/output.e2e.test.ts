// Standard output and error when their reader has gone (`scoutly … | head`, journald restarted under a running
// tick): the CLI writes its descriptors itself, and a closed pipe must neither crash the work nor leave it unrecorded.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS_TICK, NODE_FLAGS, ROOT, SCOUTLY, testEnv } from '../helpers/cli.js';
import Database from 'better-sqlite3';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';

afterAll(() => cleanupTempDirs());

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
