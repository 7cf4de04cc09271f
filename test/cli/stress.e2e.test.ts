// Crashes of the native SQLite driver show at exit or in garbage collection, one run in dozens (Node 24
// with better-sqlite3 12: SIGABRT, exit 134). Many real invocations in a row on this Node, each with its
// documented exit code, is what catches that class; CI runs it on every supported Node line.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';
import { JOBS_TICK, scoutly, start } from '../helpers/cli.js';
import { REAL_COMPANIES_FILE } from '../helpers/seed.js';
import { useAtsFarm } from '../helpers/atsFarm.js';

const ats = useAtsFarm();
afterAll(() => cleanupTempDirs());

describe(`Node ${process.versions.node} with the SQLite driver it gets`, () => {
  it('200 CLI invocations and 50 ticks in a row all exit with their documented codes', async () => {
    const env = { SCOUTLY_DB: tempDbPath(), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: ats.farm.url, SCOUTLY_BUDGET: '60s' };
    const invocations: [string[], number][] = [
      [['users', 'add', 'me@example.com'], 0],
      [['companies', 'import', REAL_COMPANIES_FILE], 0],
      [['companies', 'add', 'acme', 'https://boards.greenhouse.io/acme', '--rank', '90'], 0],
    ];
    const cycle: [string[], number][] = [
      [['status', '--json'], 0], [['companies', 'list', '--json'], 0], [['queue', 'list'], 0], [['postings', 'list', '--json'], 0],
      [['companies', 'show', 'acme'], 0], [['users', 'list'], 0], [['matches', 'list', '--json'], 0], [['enqueue'], 0],
      [['companies', 'list', '--bogus'], 64], [['companies', 'show', 'nobody'], 64],
    ];
    while (invocations.length < 200) invocations.push(cycle[invocations.length % cycle.length]!);
    const unexpected: string[] = [];
    for (const [args, code] of invocations) {
      const r = scoutly(args, env);
      if (r.code !== code) unexpected.push(`${args.join(' ')} → ${r.code ?? r.signal}: ${r.stderr.slice(0, 200)}`);
    }
    for (let i = 0; i < 50; i++) {
      // The first tick scrapes the one due company (from the farm in this process: not spawnSync, which
      // would block it); the others find nothing due: 0 either way.
      const r = await start(JOBS_TICK, [], env).done;
      if (r.code !== 0) unexpected.push(`tick ${i} → ${r.code ?? r.signal}: ${r.stderr.slice(-300)}`);
    }
    expect(unexpected).toEqual([]);
  }, 600_000);
});
