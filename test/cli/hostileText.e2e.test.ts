// Untrusted text on its way out, through a real tick of the built CLI: a hostile company's feed (bidi
// controls, escape sequences, a Markdown link and mentions in titles, a formula) beside a healthy one, a
// Discord stand-in for the digest, then every printer a user reads: tables, `companies show`, `status`,
// the CSV and JSON exports, the tick's own log lines.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { closeStore } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';
import { JOBS_TICK, start, scoutlyAsync } from '../helpers/cli.js';
import { cleanupTempDirs, openTestStore, tempDbPath } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';

const profile = (JSON.parse(readFileSync(new URL('../fixtures/eval/profiles.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>)['backend-nl']!;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
// Anything that moves, hides or reorders text, line feeds apart (they separate a printer's own lines).
const UNSEEN = /(?![\n\u00ad\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HOSTILE_JOBS = [
  { id: 11, title: 'Senior Backend Engineer [Verify your account](https://evil.example/login) @everyone <!channel>', location: 'Utrecht, Netherlands' },
  { id: 12, title: 'Backend Engineer \u202egnp.exe\u202c \u001b]0;owned\u0007\u001b[2J', location: 'Utrecht\u2028Netherlands \u2066x\u2069' },
  { id: 13, title: "=cmd|' /C calc'!A0 Backend Engineer", location: '@SUM(A1) Utrecht' },
].map((j) => ({ ...j, location: { name: j.location }, content: 'Go and PostgreSQL services; hybrid, two days a week in our Utrecht office.' }));
const HEALTHY_JOBS = [{ id: 1, title: 'Senior Backend Engineer', location: { name: 'Utrecht, Netherlands' }, content: 'Go and PostgreSQL; hybrid in Utrecht.' }];

let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path.startsWith('/api/webhooks/')) return void res.writeHead(204).end();
    const board = /\/boards\/(\w+)\/jobs$/.exec(path)?.[1];
    const jobs = board === 'hostile' ? HOSTILE_JOBS : board === 'healthy' ? HEALTHY_JOBS : null;
    if (!jobs) return json(res, { error: 'not found' }, 404);
    return json(res, { jobs: jobs.map((j) => ({ ...j, absolute_url: `https://boards.greenhouse.io/${board}/jobs/${j.id}` })) });
  });
});
afterAll(async () => {
  await server.close();
  cleanupTempDirs();
});

describe('untrusted text through a real tick', () => {
  it('reaches no terminal, log line, table, CSV cell or digest as markup, a control or bidi character, or a new row; the healthy company beside it is served', async () => {
    const path = tempDbPath();
    const store = await openTestStore(path);
    const now = Date.now();
    const user = upsertUser(store, { email: 'me@example.com', profile }, now).id;
    // A name an older import accepted, with a line break that would start a row of its own.
    const { ids } = upsertCompanies(store, [
      company('hostile', { name: 'Evil\nhealthy   90   2026-01-01T00:00:00Z \u202eEvil', careersUrl: 'https://boards.greenhouse.io/hostile' }),
      company('healthy', { name: 'Healthy', careersUrl: 'https://boards.greenhouse.io/healthy' }),
    ], now);
    for (const id of ids) setPreference(store, user, id, 90, now);
    closeStore(store);
    const env = { SCOUTLY_DB: path, SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: server.url, SCOUTLY_LOG_FORMAT: 'journal',
      SCOUTLY_NOTIFY_URL: `${server.url}/api/webhooks/1/token`, SCOUTLY_NOTIFY_KIND: 'discord' };

    const tick = await start(JOBS_TICK, ['--budget', '60s'], env).done;
    expect(tick.code, tick.stderr).toBe(0);
    // Every journal line carries its own priority: nothing in page text started a line of its own.
    for (const line of tick.stderr.trimEnd().split('\n')) expect(line, line).toMatch(/^<\d>/);
    expect(tick.stderr).not.toMatch(UNSEEN);

    // The digest: Markdown, links and mentions escaped in `content` and in the embed alike.
    const sent = server.requests.filter((r) => r.url.startsWith('/api/webhooks/')).map((r) => JSON.parse(r.body) as { content: string; embeds: { title: string; description: string }[]; allowed_mentions: unknown });
    expect(sent).toHaveLength(1);
    const digest = sent[0]!;
    expect(digest.allowed_mentions).toEqual({ parse: [] });
    for (const text of [digest.content, digest.embeds[0]!.title, digest.embeds[0]!.description]) {
      expect(text).not.toMatch(/(^|[^\\])\[Verify your account(?:[^\\]|\\\\)*\]\(/);
      expect(text).not.toMatch(/(^|[^\\])<[!@#]/);
      expect(text).not.toMatch(UNSEEN);
    }
    expect(digest.embeds[0]!.description).toContain('\\[Verify your account\\]\\(https://evil.example/login\\)');

    const run = (args: string[]) => scoutlyAsync(args, env);
    const tables: [string[], number][] = [
      [['companies', 'list'], 2 + 2], [['postings', 'list'], 4 + 2], [['matches', 'list'], -1], [['queue', 'list'], -1],
    ];
    for (const [args, lines] of tables) {
      const r = await run(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(UNSEEN);
      // Header, one line per row, the count: a line break in a name or title would add one.
      const rows = r.stdout.trimEnd().split('\n');
      const count = Number(/^(\d+) /.exec(rows.at(-1)!)?.[1]);
      expect(rows, args.join(' ')).toHaveLength(lines === -1 ? count + 2 : lines);
    }
    const show = await run(['companies', 'show', 'hostile']);
    expect(show.stdout).not.toMatch(UNSEEN);
    expect(show.stdout.trimEnd().split('\n').every((l) => /^[a-z][a-z ]+ {2,}\S/.test(l)), show.stdout).toBe(true);
    expect(show.stdout).toContain('Evil ⏎ healthy');
    const status = await run(['status']);
    expect(status.stdout).not.toMatch(UNSEEN);

    const csv = (await run(['matches', 'export', '--format', 'csv'])).stdout;
    const cells = (parseCsv(csv, { relax_quotes: false }) as string[][]).slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]); // what a spreadsheet would run: nothing
    expect(csv).toContain(`"'=cmd|' /C calc'!A0 Backend Engineer"`);
    const exported = JSON.parse((await run(['matches', 'export', '--format', 'json'])).stdout) as { title: string }[];
    expect(exported.map((m) => m.title)).toContain(HOSTILE_JOBS[1]!.title.replace(/\s+/g, ' ')); // JSON keeps the data, escaped
    expect((await run(['matches', 'export', '--format', 'json'])).stdout).not.toMatch(BIDI);

    // The healthy company beside it: scraped and analysed in the same tick.
    const healthy = JSON.parse((await run(['postings', 'list', '--company', 'healthy', '--json'])).stdout) as unknown[];
    expect(healthy).toHaveLength(1);
    expect((JSON.parse((await run(['matches', 'list', '--json'])).stdout) as { company: string }[]).some((m) => m.company === 'Healthy')).toBe(true);
  });
});
