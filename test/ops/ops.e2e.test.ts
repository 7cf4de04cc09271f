// Operations through the built CLI: log formats, the metrics textfile, backup, doctor, the env example.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, CONFIG_VARIABLES, loadConfig } from '../../src/config/config.js';
import { budgetWithinUnit } from '../../src/core/deadline.js';
import { createLogger } from '../../src/core/log.js';
import { formatMetrics } from '../../src/report/metrics.js';
import { cleanupTempDirs, tempDbPath, tempDir } from '../helpers/db.js';
import { JOBS_TICK, NODE_FLAGS, ROOT, run, SCOUTLY, STAGED_TICK, start } from '../helpers/cli.js';
import { json, serve, type TestServer } from '../helpers/servers.js';

afterAll(() => cleanupTempDirs());

function trackedDb(): string {
  const db = tempDbPath();
  run(SCOUTLY, ['users', 'add', 'me@example.com'], { SCOUTLY_DB: db });
  for (const slug of ['a', 'b', 'c']) run(SCOUTLY, ['companies', 'add', slug, `https://${slug}.example.com/jobs`, '--rank', '90'], { SCOUTLY_DB: db });
  return db;
}

describe('log formats', () => {
  // A failing task gives warnings and infos; the staged handler fails every scrape.
  const tickOutput = (env: Record<string, string>) => run(STAGED_TICK, [], { SCOUTLY_DB: trackedDb(), STAGED_HANDLER: 'fail', ...env }).stderr;

  it('journal: every line has a syslog priority, warnings are <4>, no colours, one line per event', () => {
    const out = tickOutput({ SCOUTLY_LOG_FORMAT: '', JOURNAL_STREAM: '8:12345' });
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l).toMatch(/^<[0-7]>(\S|  \S)/); // the summary block is indented
    expect(out).not.toMatch(/\x1b\[/);
    expect(lines.filter((l) => l.startsWith('<4>')).some((l) => l.includes('failed (http_5xx)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('<6>') && l.includes('enqueued 3 due companies'))).toBe(true);
  });

  it('plain: an ISO timestamp and a level on every line', () => {
    const lines = tickOutput({ SCOUTLY_LOG_FORMAT: 'plain' }).trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARN|ERROR|NOTICE|DEBUG) +\S/);
  });

  it('pretty: a time and an icon on every line', () => {
    const lines = tickOutput({ SCOUTLY_LOG_FORMAT: 'pretty' }).trimEnd().split('\n');
    for (const l of lines) expect(l.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/^\d\d:\d\d:\d\d [ℹ⚠✖✔⚙] +\S/);
  });

  it('folds a stack trace onto its event\'s line and masks secrets', () => {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (c: Buffer) => void (out += c.toString()));
    const log = createLogger({ format: 'journal', level: 'info', stream, secrets: ['s3cret-value'] });
    log.error('boom:', new Error('it broke with s3cret-value'));
    log.info('fetching https://user:pw@example.com/x?key=AIzaSyAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^<3>boom: Error: it broke with \*\*\* ⏎ at /);
    expect(out).not.toContain('s3cret-value');
    expect(lines[1]).toBe('<6>fetching https://***@example.com/x?key=***');
  });
});

describe('metrics textfile', () => {
  it('is written atomically after a tick, mode 0644, in the exposition format', () => {
    const dir = tempDir();
    const file = join(dir, 'scoutly.prom');
    const db = trackedDb();
    expect(run(STAGED_TICK, [], { SCOUTLY_DB: db, STAGED_HANDLER: 'fail', SCOUTLY_METRICS_FILE: file }).code).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(text).toMatch(/^scoutly_last_run_exit_code 1$/m);
    expect(text).toMatch(/^scoutly_last_run_attempts\{outcome="failed",error_kind="http_5xx"\} 3$/m);
    expect(text).toMatch(/^scoutly_queue_tasks\{kind="scrape_company",status="failed"\} 3$/m);
    expect(text).toMatch(/^scoutly_problematic_companies 3$/m);
    expect(text).toMatch(/^scoutly_gemini_quota_remaining\{model="gemini-3\.1-flash-lite"\} 500$/m);
    const lastSuccess = Number(/^scoutly_last_success_timestamp_seconds (\S+)$/m.exec(text)![1]);
    expect(lastSuccess).toBeGreaterThan(1_700_000_000); // exit 1 is a completed tick
    for (const l of text.trimEnd().split('\n')) expect(l).toMatch(/^(# (HELP|TYPE) scoutly_\w+ .+|scoutly_\w+(\{[^}]*\})? -?\d+(\.\d+)?(e[+-]?\d+)?)$/);
    const promtool = spawnSync('promtool', ['--version']);
    if (!promtool.error) expect(spawnSync('promtool', ['check', 'metrics'], { input: text }).status).toBe(0);
  });

  it('formats labels with escaping', () => {
    expect(formatMetrics([{ name: 'm', help: 'h', samples: [{ labels: { a: 'x"y\\z' }, value: 2 }] }]))
      .toBe('# HELP m h\n# TYPE m gauge\nm{a="x\\"y\\\\z"} 2\n');
  });
});

describe('backup', () => {
  it('copies the database online and checks the copy; refuses to overwrite', () => {
    const db = trackedDb();
    const target = join(tempDir(), 'copy.db');
    const r = run(SCOUTLY, ['backup', target], { SCOUTLY_DB: db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('quick_check ok');
    expect(execFileSync('sqlite3', [target, 'SELECT COUNT(*) FROM companies'], { encoding: 'utf8' }).trim()).toBe('3');
    expect(run(SCOUTLY, ['backup', target], { SCOUTLY_DB: db })).toMatchObject({ code: 64, stderr: expect.stringContaining('exists already') });
  });
});

describe('private files', () => {
  /** The built CLI under a permissive umask, as a login shell often has. */
  const underUmask022 = (args: string[], env: Record<string, string>) =>
    spawnSync('sh', ['-c', 'umask 022; exec "$0" "$@"', process.execPath, ...NODE_FLAGS, SCOUTLY, ...args],
      { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', SCOUTLY_LOG_FORMAT: 'plain', ...env }, encoding: 'utf8' });

  it('the database, a backup and the report are 0600 under umask 022 (they hold CVs, profiles, matches)', () => {
    const dir = tempDir();
    const db = join(dir, 'data', 'scoutly.db');
    expect(underUmask022(['users', 'add', 'me@example.com'], { SCOUTLY_DB: db }).status).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    const backup = join(dir, 'copy.db');
    expect(underUmask022(['backup', backup], { SCOUTLY_DB: db }).status).toBe(0);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const report = join(dir, 'report.html');
    expect(underUmask022(['report', '--html', report], { SCOUTLY_DB: db }).status).toBe(0);
    expect(statSync(report).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.getuid?.() !== 0)('backup and report onto a full disk exit 74 and leave no partial file (a real 16 KiB tmpfs; needs root)', () => {
    const db = trackedDb();
    const mountPoint = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mountPoint]);
    try {
      spawnSync('sh', ['-c', `cat /dev/zero > ${mountPoint}/filler`]); // fills it: ENOSPC
      const backup = run(SCOUTLY, ['backup', join(mountPoint, 'copy.db')], { SCOUTLY_DB: db });
      expect(backup).toMatchObject({ code: 74, stderr: expect.stringContaining('no space left') });
      const report = run(SCOUTLY, ['report', '--html', join(mountPoint, 'report.html')], { SCOUTLY_DB: db });
      expect(report).toMatchObject({ code: 74, stderr: expect.stringContaining('no space left') });
      expect(readdirSync(mountPoint)).toEqual(['filler']);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});

describe('doctor', () => {
  let gemini: TestServer;
  const key = 'AIzaSyDoctorTestKey0123456789abcdefghi';
  beforeAll(async () => {
    gemini = await serve((req, res) => {
      if (req.headers['x-goog-api-key'] !== key) return json(res, { error: { code: 400, message: 'API key not valid', status: 'INVALID_ARGUMENT' } }, 400);
      if (req.url === '/v1beta/models/gemini-3.1-flash-lite') return json(res, { name: 'models/gemini-3.1-flash-lite', displayName: 'Flash-Lite' });
      return json(res, { error: { code: 404, message: 'model not found', status: 'NOT_FOUND' } }, 404);
    });
  });
  afterAll(() => gemini.close());
  const doctor = (env: Record<string, string>) => start(SCOUTLY, ['doctor', '--json'], { SCOUTLY_DB: trackedDb(), ...env }).done;

  it('checks every part and names the fix', async () => {
    const r = await doctor({ GEMINI_API_KEY: key, GEMINI_BASE_URL: gemini.url });
    const results = JSON.parse(r.stdout) as { name: string; status: string; detail: string }[];
    expect(Object.fromEntries(results.map((x) => [x.name, x.status]))).toMatchObject({
      configuration: 'ok', database: 'ok', chromium: 'ok', gemini: 'ok', digests: 'ok', disk: 'ok',
    });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(key);
    // The default binary is the headless shell when installed, named with its version; its profile in the cache folder.
    const chromium = results.find((x) => x.name === 'chromium')!;
    const expected = CHROMIUM_CANDIDATES.find((p) => existsSync(p))!;
    expect(chromium.detail).toMatch(new RegExp(`^${expected} \\(Chromium \\d+\\.\\d+\\.\\d+\\.\\d+\\) starts headless and renders a page; its profile in /.+/scoutly/chromium$`));
  });

  it('fails on a refused key or an unknown model, never printing the key', async () => {
    const bad = await doctor({ GEMINI_API_KEY: 'AIzaSyWrongKey000000000000000000000000', GEMINI_BASE_URL: gemini.url });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('the key was refused');
    expect(bad.stdout).not.toContain('AIzaSyWrongKey');
    const model = await doctor({ GEMINI_API_KEY: key, GEMINI_BASE_URL: gemini.url, GEMINI_MODEL: 'gemini-0-gone' });
    expect(model.stdout).toContain('model gemini-0-gone not found');
  });

  it('a Chromium that aborts at start: doctor shows its own FATAL line, not a generic closed-browser message', async () => {
    // What Chromium printed under the unit's syscall filter before capset was allowed (the real failure).
    const dir = tempDir();
    const fake = join(dir, 'chromium');
    writeFileSync(fake, `#!/bin/sh
echo "[1127/101500.123456:FATAL:sandbox/linux/services/credentials.cc(131)] Check failed: . : Operation not permitted (1)" >&2
exit 133
`, { mode: 0o755 });
    const r = await doctor({ SCOUTLY_CHROMIUM: fake });
    const chromium = (JSON.parse(r.stdout) as { name: string; status: string; detail: string }[]).find((x) => x.name === 'chromium')!;
    expect(chromium).toMatchObject({ status: 'fail' });
    expect(chromium.detail).toContain('FATAL:sandbox/linux/services/credentials.cc(131)] Check failed: . : Operation not permitted');
  });

  it('under journald a configuration error is an error line that names the variable and the unit\'s settings file', () => {
    const r = run(SCOUTLY, ['tick'], { SCOUTLY_BUDGET: 'banana', JOURNAL_STREAM: '8:1234', SCOUTLY_ENV_FILE: '/etc/scoutly/scoutly.env', SCOUTLY_LOG_FORMAT: '' });
    expect(r.code).toBe(78);
    const lines = r.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('<3>'))).toBe(true);
    expect(lines[0]).toContain('/etc/scoutly/scoutly.env');
    expect(r.stderr).toContain('SCOUTLY_BUDGET');
  });

  it('reports a broken configuration as a failed check', async () => {
    const r = await doctor({ SCOUTLY_BUDGET: 'later' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ name: 'configuration', status: 'fail' });
  });

  it('--pipeline scrapes one company without saving', async () => {
    const site = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<div class="jobs"><a href="/j/1">Platform Engineer</a></div>'));
    const db = trackedDb();
    run(SCOUTLY, ['companies', 'add', 'local', `${site.url}/careers`, '--selector', '.jobs'], { SCOUTLY_DB: db });
    const r = await start(SCOUTLY, ['doctor', '--pipeline', 'local'], { SCOUTLY_DB: db, SCOUTLY_ALLOW_PRIVATE_URLS: '1' }).done;
    await site.close();
    expect(r.stdout).toMatch(/ok +pipeline local +1 posting\(s\) via browser \(nothing saved\)/);
    expect(execFileSync('sqlite3', [db, 'SELECT COUNT(*) FROM postings'], { encoding: 'utf8' }).trim()).toBe('0');
  });
});

describe('systemd files', () => {
  it('the env example documents every variable', () => {
    const example = readFileSync(join(ROOT, 'systemd/scoutly.env.example'), 'utf8');
    for (const [name] of CONFIG_VARIABLES) expect(example, name).toContain(name);
  });

  it('the service runs jobs-tick and treats 1, 75 and 143 as success', () => {
    const unit = readFileSync(join(ROOT, 'systemd/scoutly-tick.service'), 'utf8');
    // NODE_FLAGS is parsed from this very line (test/helpers/nodeFlags.ts), which fails unless it runs jobsTick.js.
    expect(unit).toContain(`\nExecStart=/usr/bin/node ${NODE_FLAGS.join(' ')} /opt/scoutly/dist/cli/jobsTick.cjs\n`);
    expect(unit).toMatch(/^SuccessExitStatus=1 75 143$/m);
    expect(JOBS_TICK).toContain('dist/cli/jobsTick.cjs');
  });

  it("Node's flags are the unit's wherever Scoutly starts: make's commands, the installed scoutly command; this Node accepts them", () => {
    expect(NODE_FLAGS).toEqual(expect.arrayContaining(['--optimize-for-size', '--no-opt']));
    const makefile = readFileSync(join(ROOT, 'Makefile'), 'utf8');
    expect(/^NODE_FLAGS := (.*)$/m.exec(makefile)?.[1]).toBe(NODE_FLAGS.join(' '));
    expect(makefile).toMatch(/^SCOUTLY := \$\(NODE\) \$\(NODE_FLAGS\) dist\/cli\/scoutly\.cjs$/m);
    expect(makefile).toMatch(/^\t\$\(NODE\) \$\(NODE_FLAGS\) dist\/cli\/demo\.cjs$/m);
    const wrapper = readFileSync(join(ROOT, 'systemd/scoutly-cli.sh'), 'utf8');
    expect(wrapper).toContain(`exec /usr/bin/node ${NODE_FLAGS.join(' ')} /opt/scoutly/dist/cli/scoutly.cjs "$@"`);
    // Node refuses to start on a V8 flag it does not know ("bad option"), and refuses V8 flags in NODE_OPTIONS.
    const r = spawnSync(process.execPath, [...NODE_FLAGS, '-p', "require('node:v8').getHeapStatistics().total_heap_size > 0"], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true');
  });

  it('the service tells the tick its TimeoutStartSec, and the default budget stops 30 s before it', () => {
    const unit = readFileSync(join(ROOT, 'systemd/scoutly-tick.service'), 'utf8');
    const timeout = /^TimeoutStartSec=(\S+)$/m.exec(unit)?.[1];
    expect(timeout).toBeDefined();
    expect(unit).toMatch(new RegExp(`^Environment=SCOUTLY_UNIT_TIMEOUT=${timeout}$`, 'm'));
    const config = loadConfig({ env: { SCOUTLY_UNIT_TIMEOUT: timeout! } });
    expect(budgetWithinUnit(config.budgetMs, config.unitTimeoutMs)).toEqual({ budgetMs: config.budgetMs, cappedFrom: null });
  });
});
