// The built CLI as users run it: usage, help, configuration and database errors, import, tracking,
// the queue commands and dry runs. Each test has its own database file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/run.js';
import { closeStore } from '../../src/db/client.js';
import { cleanupTempDirs, openTestStore, tempDbPath, tempDir } from '../helpers/db.js';
import { JOBS_TICK, ROOT, run, scoutly } from '../helpers/cli.js';
import { minimalPdf } from '../helpers/pdf.js';
import { REAL_COMPANIES_FILE, seedMatches, trackCompanies } from '../helpers/seed.js';


afterAll(() => cleanupTempDirs());

const withDb = () => ({ SCOUTLY_DB: tempDbPath() });

describe('usage and help', () => {
  it('no command prints the usage and exits 64', () => {
    const r = scoutly([], withDb());
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('Usage: scoutly COMMAND');
  });

  it.each([['bogus'], ['companies', 'bogus'], ['queue']])('an unknown or incomplete command %j exits 64 with usage', (...args) => {
    const r = scoutly(args, withDb());
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('Usage:');
  });

  it('an unknown flag exits 64 with the command\'s usage', () => {
    const r = scoutly(['status', '--verbose'], withDb());
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("Unknown option '--verbose'");
    expect(r.stderr).toContain('Usage: scoutly status');
  });

  it('every command has --help, exit 0, and touches no database', () => {
    const env = { SCOUTLY_DB: join(tempDir(), 'never-created.db') };
    for (const name of COMMAND_NAMES) {
      const r = scoutly([...name.split(' '), '--help'], env);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toContain(`Usage: scoutly ${name}`);
    }
    expect(scoutly(['--help'], env).stdout).toContain('companies import');
    expect(scoutly(['queue', '--help'], env).stdout).toContain('scoutly queue retry');
    expect(run(JOBS_TICK, ['--help'], env).stdout).toContain('Usage: scoutly tick');
    expect(existsSync(env.SCOUTLY_DB)).toBe(false);
  });

  it('bad flag values exit 64 and say what is accepted', () => {
    expect(scoutly(['tick', '--budget', 'soon'], withDb())).toMatchObject({ code: 64, stderr: expect.stringContaining('--budget takes') });
    expect(scoutly(['tick', '--only', 'everything'], withDb())).toMatchObject({ code: 64, stderr: expect.stringContaining('scrape or analyze') });
    expect(scoutly(['queue', 'list', '--status', 'lost'], withDb())).toMatchObject({ code: 64, stderr: expect.stringContaining('pending, running') });
  });
});

describe('configuration and database errors', () => {
  it('a bad environment value exits 78 naming the variable and the form', () => {
    const r = scoutly(['status'], { ...withDb(), SCOUTLY_BUDGET: 'banana', SCOUTLY_CONCURRENCY: '0' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('SCOUTLY_BUDGET must be a number with a unit');
    expect(r.stderr).toContain('SCOUTLY_CONCURRENCY must be a whole number from 1 to 32');
    expect(run(JOBS_TICK, [], { ...withDb(), SCOUTLY_LOG_LEVEL: 'shout' }).code).toBe(78);
  });

  it('reads .env from the working directory, the real environment winning', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'SCOUTLY_BUDGET=forever\nSCOUTLY_DB=./from-dotenv.db\n');
    expect(scoutly(['status'], {}, dir).code).toBe(78);
    const r = scoutly(['status'], { SCOUTLY_BUDGET: '1m' }, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from-dotenv.db');
  });

  it('a file that is not a database exits 74', () => {
    const path = join(tempDir(), 'garbage.db');
    writeFileSync(path, 'this is not an SQLite file, just text that is long enough to have a header'.repeat(20));
    const r = scoutly(['status'], { SCOUTLY_DB: path });
    expect(r.code).toBe(74);
    expect(r.stderr).toContain('database error');
    expect(run(JOBS_TICK, [], { SCOUTLY_DB: path }).code).toBe(74);
  });

  it('a database path that cannot be created exits 74', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(scoutly(['migrate'], { SCOUTLY_DB: join(file, 'sub', 'scoutly.db') }).code).toBe(74);
  });

  it('a tick on a database that tracks nothing says what to do next, once, at info level', () => {
    const env = withDb();
    const r = run(JOBS_TICK, [], env);
    expect(r.code).toBe(0);
    const hints = r.stderr.split('\n').filter((l) => l.includes('nothing to do in'));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain(env.SCOUTLY_DB);
    expect(hints[0]).toMatch(/users add .*companies import .*make demo/);
    expect(scoutly(['users', 'add', 'me@example.com'], env).code).toBe(0);
    expect(run(JOBS_TICK, [], env).stderr).toMatch(/nothing to do in .*: import the companies you follow/);
  });

  it('never prints the Gemini key', () => {
    const key = 'AIzaSyD-not-a-real-key-but-shaped-like-one';
    const r = scoutly(['status'], { ...withDb(), GEMINI_API_KEY: key, SCOUTLY_BUDGET: key });
    expect(r.code).toBe(78);
    expect(r.stderr + r.stdout).not.toContain(key);
  });
});

describe('companies, users and tracking', () => {
  it('imports all 111 companies, then refuses a file with one bad row and writes nothing', () => {
    const env = withDb();
    expect(scoutly(['users', 'add', 'me@example.com'], env).code).toBe(0);
    const first = scoutly(['companies', 'import', REAL_COMPANIES_FILE, '--track', '--rank', '70'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('imported 111 companies');
    const list = JSON.parse(scoutly(['companies', 'list', '--json'], env).stdout) as { slug: string; effectiveRank: number }[];
    expect(list).toHaveLength(111);
    expect(new Set(list.map((c) => c.effectiveRank))).toEqual(new Set([70]));

    const companies = JSON.parse(readFileSync(REAL_COMPANIES_FILE, 'utf8')) as Record<string, unknown>[];
    const edited: Record<string, unknown>[] = companies.slice(0, 3).map((c) => ({ ...c, company: `${String(c.company)} (renamed)` }));
    edited[1] = { ...edited[1], careers_url: 'javascript:alert(1)' };
    const badFile = join(tempDir(), 'bad.json');
    writeFileSync(badFile, JSON.stringify(edited));
    const second = scoutly(['companies', 'import', badFile], env);
    expect(second.code).toBe(65);
    expect(second.stderr).toContain('index 1: careers_url must use http or https');
    expect(second.stderr).toContain('nothing was imported');
    const after = JSON.parse(scoutly(['companies', 'show', String(companies[0]!.companyID), '--json'], env).stdout) as { name: string };
    expect(after.name).toBe(companies[0]!.company);

    const skipping = scoutly(['companies', 'import', badFile, '--skip-invalid'], env);
    expect(skipping.code).toBe(65);
    expect(skipping.stdout).toContain('2 updated');
  });

  it('imports CSV and tracks each row at its own rank or priority', () => {
    const env = withDb();
    scoutly(['users', 'add', 'me@example.com'], env);
    const csv = join(tempDir(), 'companies.csv');
    writeFileSync(csv, 'companyID,company,careers_url,priority,rank\nacme,Acme,https://acme.example/jobs,high,\nglobex,Globex,https://globex.example/jobs,,33\ninitech,Initech,https://initech.example/jobs,,\n');
    expect(scoutly(['companies', 'import', csv, '--track', '--rank', '12'], env).code).toBe(0);
    const ranks = Object.fromEntries((JSON.parse(scoutly(['companies', 'list', '--json'], env).stdout) as { slug: string; effectiveRank: number }[]).map((c) => [c.slug, c.effectiveRank]));
    expect(ranks).toEqual({ acme: 90, globex: 33, initech: 12 });
  });

  it.each(['0', '101', '50.5', 'abc'])('refuses the rank %s', (rank) => {
    const env = withDb();
    scoutly(['users', 'add', 'me@example.com'], env);
    scoutly(['companies', 'add', 'acme', 'https://acme.example/jobs'], env);
    const r = scoutly(['track', 'acme', '--rank', rank], env);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('whole number from 1 to 100');
  });

  it('tracks, shows and untracks a company; names the fix when no user exists', () => {
    const env = withDb();
    expect(scoutly(['companies', 'add', 'acme', 'https://acme.example/jobs', '--name', 'Acme'], env).code).toBe(0);
    expect(scoutly(['track', 'acme', '--rank', '85'], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('scoutly users add') });
    scoutly(['users', 'add', 'me@example.com'], env);
    expect(scoutly(['track', 'acme', '--rank', '85'], env).stdout).toContain('tracking acme at rank 85');
    const show = scoutly(['companies', 'show', 'acme'], env).stdout;
    expect(show).toMatch(/effective rank\s+85/);
    expect(show).toContain('me@example.com (rank 85)');
    expect(scoutly(['companies', 'list', '--due'], env).stdout).toContain('acme');
    expect(scoutly(['untrack', 'acme'], env).stdout).toContain('stopped tracking acme');
    expect(scoutly(['companies', 'list', '--due'], env).stdout).not.toContain('acme');
    expect(scoutly(['companies', 'show', 'nope'], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('no company "nope"') });
    expect(scoutly(['companies', 'remove', 'acme'], env).code).toBe(0);
  });

  it('stores a user\'s profile and CV, and refuses what it cannot read', () => {
    const env = withDb();
    const dir = tempDir();
    writeFileSync(join(dir, 'profile.json'), JSON.stringify({ skills: ['TypeScript'] }));
    writeFileSync(join(dir, 'cv.md'), '# Jane\nTypeScript developer');
    writeFileSync(join(dir, 'bad.json'), '[1, 2');
    expect(scoutly(['users', 'add', 'jane@example.com', '--profile', join(dir, 'profile.json'), '--cv', join(dir, 'cv.md')], env).stdout)
      .toContain('added jane@example.com with profile and CV cv.md');
    expect(scoutly(['users', 'add', 'jane@example.com', '--profile', join(dir, 'bad.json')], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('not valid JSON') });
    expect(scoutly(['users', 'add', 'jane@example.com', '--cv', join(dir, 'profile.json')], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('.txt, .md or .pdf') });
    expect(scoutly(['users', 'add', 'not-an-email'], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('not an e-mail address') });
    writeFileSync(join(dir, 'cv.pdf'), minimalPdf('Jane Roe, TypeScript engineer since 2015'));
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    expect(scoutly(['users', 'add', 'pdf@example.com', '--cv', join(dir, 'cv.pdf')], env).code).toBe(0);
    expect(execFileSync('sqlite3', [env.SCOUTLY_DB!, "SELECT cv_text FROM users WHERE email = 'pdf@example.com'"], { encoding: 'utf8' }).trim())
      .toBe('Jane Roe, TypeScript engineer since 2015');
    expect(scoutly(['users', 'add', 'pdf@example.com', '--cv', join(dir, 'broken.pdf')], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('not a readable PDF') });
    scoutly(['users', 'add', 'zz@example.com'], env);
    expect(JSON.parse(scoutly(['users', 'list', '--json'], env).stdout)).toEqual([
      { id: 1, email: 'jane@example.com', hasProfile: true, cvFileName: 'cv.md', tracking: 0 },
      { id: 2, email: 'pdf@example.com', hasProfile: true, cvFileName: 'cv.pdf', tracking: 0 }, // derived from the CV
      { id: 3, email: 'zz@example.com', hasProfile: false, cvFileName: null, tracking: 0 },
    ]);
  });
});

describe('queue, enqueue, status and dry runs', () => {
  function trackedDb(): Record<string, string> {
    const env = withDb();
    scoutly(['users', 'add', 'me@example.com'], env);
    scoutly(['companies', 'import', REAL_COMPANIES_FILE, '--track'], env);
    return env;
  }

  it('under a unit whose TimeoutStartSec is shorter, the budget is capped 30 s below it, saying so', () => {
    const env = { ...withDb(), SCOUTLY_UNIT_TIMEOUT: '2m' };
    const r = run(JOBS_TICK, ['--budget', '1h'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/budget 1h capped to 1m30s: the unit's TimeoutStartSec \(SCOUTLY_UNIT_TIMEOUT\)/);
    expect(execFileSync('sqlite3', [env.SCOUTLY_DB, 'SELECT budget_ms FROM runs'], { encoding: 'utf8' }).trim()).toBe('90000');
    expect(scoutly(['tick', '--budget', '25h'], withDb())).toMatchObject({ code: 64, stderr: expect.stringContaining('between 1s and 24h') });
  });

  it('a dry run writes nothing and shows the plan', () => {
    const env = trackedDb();
    const digest = () => createHash('sha256').update(readFileSync(env.SCOUTLY_DB!)).digest('hex');
    const before = digest();
    const r = run(JOBS_TICK, ['--dry-run', '--json'], env);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { wouldEnqueue: unknown[]; drainOrder: unknown[] };
    expect(plan.wouldEnqueue).toHaveLength(111);
    expect(plan.drainOrder).toHaveLength(111);
    expect(digest()).toBe(before);
    expect(JSON.parse(scoutly(['queue', 'list', '--json'], env).stdout)).toEqual([]);
    expect(scoutly(['tick', '--dry-run'], env).stdout).toContain('Would enqueue 111 due companies');
  });

  it('enqueue is idempotent; queue add, list, retry and status work on the result', () => {
    const env = trackedDb();
    expect(scoutly(['enqueue'], env).stdout).toContain('enqueued 111 due companies');
    expect(scoutly(['enqueue'], env).stdout).toContain('enqueued 0 due companies');
    expect(scoutly(['queue', 'add', 'labster'], env).stdout).toMatch(/brought task #\d+ for labster forward/);
    const tasks = JSON.parse(scoutly(['queue', 'list', '--status', 'pending', '--json'], env).stdout) as { company: string }[];
    expect(tasks).toHaveLength(111);
    expect(tasks[0]!.company).toBe('labster');
    expect(scoutly(['queue', 'retry', '1'], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('neither dead nor failed') });
    expect(scoutly(['queue', 'retry'], env).code).toBe(64);
    expect(scoutly(['queue', 'retry', '--dead'], env).stdout).toContain('retrying 0 dead task(s)');
    const status = JSON.parse(scoutly(['status', '--json'], env).stdout) as { queue: unknown[]; companies: unknown; nextUp: { slug: string }[] };
    expect(status.queue).toEqual([{ kind: 'scrape_company', status: 'pending', count: 111 }]);
    expect(status.companies).toEqual({ total: 111, tracked: 111, dueNow: 111 });
    expect(status.nextUp[0]!.slug).toBe('labster');
    expect(scoutly(['status'], env).stdout).toContain('Problematic companies');
    expect(scoutly(['prune'], env).stdout).toContain('pruned 0 finished task(s)');
    expect(scoutly(['queue', 'reset-stuck'], env).stdout).toContain('recovered 0 task(s)');
  });

  it('queue reset-stuck refuses while a live tick holds the lease', () => {
    const env = trackedDb();
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const hostname = readFileSync('/proc/sys/kernel/hostname', 'utf8').trim();
    const script = `import { sqliteDriver } from 'CLIENT';
      const Database = await sqliteDriver();
      const db = new Database(process.env.SCOUTLY_DB);
      db.prepare("INSERT INTO tick_lease (id, owner, host, pid, boot_id, acquired_at, expires_at) VALUES (1, 'live', ?, ?, ?, ?, ?)")
        .run(${JSON.stringify(hostname)}, ${process.pid}, ${JSON.stringify(bootId)}, Date.now(), Date.now() + 600000);`;
    const scriptPath = join(tempDir(), 'lease.mjs');
    writeFileSync(scriptPath, script.replace("'CLIENT'", JSON.stringify(`${ROOT}dist/db/client.js`)));
    expect(run(scriptPath, [], env).code).toBe(0);
    expect(scoutly(['queue', 'reset-stuck'], env).code).toBe(75);
    expect(run(JOBS_TICK, [], env)).toMatchObject({ code: 75, stderr: expect.stringContaining('another tick holds the lease') });
  });
});

describe('untrusted text in human output', () => {
  it('postings list, matches list and the CSV export show escape sequences and formulas inert', async () => {
    const path = tempDbPath();
    const store = await openTestStore(path);
    seedMatches(store, 'evil', [{ title: '\u001b]0;owned\u0007\u001b[2JClear\u0000Screen', score: 90 }, { title: '=HYPERLINK("http://x")', score: 80 }], Date.now() - 1000);
    closeStore(store);
    const env = { SCOUTLY_DB: path };
    for (const args of [['postings', 'list'], ['matches', 'list']]) {
      const out = scoutly(args, env).stdout;
      expect(out, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain('\\x1b[2JClear\\x00Screen');
    }
    const csv = scoutly(['matches', 'export', '--format', 'csv'], env).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('names and errors already in the database print on their own line, shown and never obeyed', async () => {
    const path = tempDbPath();
    const store = await openTestStore(path);
    trackCompanies(store, { evil: 90, fine: 50 }, Date.now());
    // As an older import or a page's error text left them.
    store.sqlite.prepare(`UPDATE companies SET name = 'Evil\nfine     50    2026-01-01', consecutive_failures = 2, last_error_kind = 'http_5xx',
      last_error = 'HTTP 500: boom\nfine     0      ok\u202e\u001b[31m' WHERE slug = 'evil'`).run();
    store.sqlite.prepare(`INSERT INTO tasks (kind, status, company_id, payload, dedupe_key, priority, run_at, attempts, max_attempts, last_error_kind, last_error, created_at, updated_at)
      SELECT 'scrape_company', 'failed', id, json_object('companyId', id), 'x', 0, 0, 1, 5, 'http_5xx', 'boom' || char(10) || '#99  scrape_company  fine  succeeded' || char(8238), 0, 0
      FROM companies WHERE slug = 'evil'`).run();
    closeStore(store);
    const env = { SCOUTLY_DB: path };
    const unseen = /(?![\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
    const list = scoutly(['companies', 'list'], env).stdout.trimEnd().split('\n');
    expect(list).toHaveLength(4); // header, two companies, the count
    const queue = scoutly(['queue', 'list'], env).stdout.trimEnd().split('\n');
    expect(queue).toHaveLength(3);
    const show = scoutly(['companies', 'show', 'evil'], env).stdout;
    expect(show).toMatch(/^company {13}Evil ⏎ fine/m);
    expect(show).toMatch(/^last error {10}http_5xx: HTTP 500: boom ⏎ fine .*\\u202e\\x1b\[31m$/m);
    const status = scoutly(['status'], env).stdout;
    for (const out of [list.join('\n'), queue.join('\n'), show, status]) expect(out).not.toMatch(unseen);
    expect(queue.filter((l) => l.includes('#99'))).toEqual([expect.stringContaining('boom ⏎ #99')]);
    expect(status.split('\n').filter((l) => l.includes('HTTP 500: boom'))).toEqual([expect.stringContaining('boom ⏎ fine')]);
    const json = scoutly(['companies', 'show', 'evil', '--json'], env).stdout;
    expect(json).not.toMatch(/[\u202e\u001b]/);
    expect((JSON.parse(json) as { lastError: string }).lastError).toContain('\u202e\u001b[31m'); // the data itself is kept
  });
});

describe('input that is wrong or hostile', () => {
  it('imports: an empty file, unknown fields, an invalid selector, an oversized name; add refuses a bad selector', () => {
    const env = { SCOUTLY_DB: tempDbPath() };
    const dir = tempDir();
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    expect(scoutly(['companies', 'import', file('empty.json', '[]')], env)).toMatchObject({ code: 65, stderr: expect.stringContaining('holds no companies') });
    expect(scoutly(['companies', 'import', file('empty.csv', '')], env).code).toBe(65);
    const odd = scoutly(['companies', 'import', file('odd.json', JSON.stringify([
      { companyID: 'a', company: 'A', careers_url: 'https://a.example/jobs', colour: 'red', logo: 'x.png' },
      { companyID: 'b', company: 'B', careers_url: 'https://b.example/jobs', selector: 'ul[' },
    ]))], env);
    expect(odd.code, odd.stderr).toBe(0);
    expect(odd.stderr).toMatch(/index 0: colour, logo are not seed fields: ignored/);
    expect(odd.stderr).toMatch(/index 1: selector "ul\[" is not a valid CSS selector .*scrapes will fail until you fix it/);
    const huge = scoutly(['companies', 'import', file('huge.json', JSON.stringify([{ companyID: 'c', company: 'C'.repeat(5_000_000), careers_url: 'https://c.example/' }]))], env);
    expect(huge).toMatchObject({ code: 65, stderr: expect.stringContaining('company must be at most 200 characters') });
    expect(scoutly(['companies', 'add', 'd', 'https://d.example/jobs', '--selector', 'div > ['], env))
      .toMatchObject({ code: 64, stderr: expect.stringContaining('is not a valid CSS selector') });
  });

  it('a company name with a line break, a control or a bidi character is refused at import (exit 65) and at add (exit 64), naming the field', () => {
    const env = { SCOUTLY_DB: tempDbPath() };
    const dir = tempDir();
    const rows = [
      { companyID: 'ok', company: 'Fine Name', careers_url: 'https://ok.example/jobs' },
      { companyID: 'lf', company: 'Acme\nglobex  90  ok', careers_url: 'https://lf.example/jobs' },
      { companyID: 'rlo', company: 'Acme \u202egnp.exe', careers_url: 'https://rlo.example/jobs', headquarters: 'Berlin\r\nx' },
    ];
    writeFileSync(join(dir, 'names.json'), JSON.stringify(rows));
    const r = scoutly(['companies', 'import', join(dir, 'names.json')], env);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/index 1: company must be one line .*a line break/);
    expect(r.stderr).toMatch(/index 2: company must be one line .*\\u202e/);
    expect(r.stderr).toMatch(/index 2: headquarters must be one line/);
    expect(r.stderr).not.toMatch(/[\u202e\r]/);
    expect(r.stderr).not.toMatch(/^globex/m);
    expect(JSON.parse(scoutly(['companies', 'list', '--json'], env).stdout)).toEqual([]);
    const add = scoutly(['companies', 'add', 'acme', 'https://acme.example/jobs', '--name', 'Acme\nForged row'], env);
    expect(add.code).toBe(64);
    expect(add.stderr).toMatch(/--name must be one line/);
    expect(scoutly(['companies', 'add', 'acme', 'https://acme.example/jobs', '--name', 'Acme GmbH & Co. KG'], env).code).toBe(0);
  });

  it('a CV that is not text is refused, naming the fix', () => {
    const env = { SCOUTLY_DB: tempDbPath() };
    const cv = join(tempDir(), 'cv.md');
    writeFileSync(cv, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(scoutly(['users', 'add', 'me@example.com', '--cv', cv], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('is not a text file') });
  });
});

