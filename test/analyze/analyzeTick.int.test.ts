// Scrape and analysis together over the demo site: analyses, matches, the cache, and the CLI on matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { json, serve, useDemoServer } from '../helpers/servers.js';
import { demoCompanies } from '../../src/cli/commands/demo.js';
import { OFFLINE_VERSION } from '../../src/analyze/offline.js';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';
import { scoutlyAsync } from '../helpers/cli.js';

const demo = useDemoServer();
afterAll(() => cleanupTempDirs());

const scoutly = scoutlyAsync;

describe('analysis in a tick (offline analyzer)', () => {
  it('analyses new postings once per user and inputs, saves matches, and lists and exports them', async () => {
    const env = { SCOUTLY_DB: tempDbPath(), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_LOG_FORMAT: 'plain' };
    expect((await scoutly(['seed-demo', '--base-url', demo.url], env)).code).toBe(0);
    const first = await scoutly(['tick'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/analyses 12, matches (\d+)/);

    const matches = JSON.parse((await scoutly(['matches', 'list', '--json'], env)).stdout) as { id: number; title: string; score: number; status: string }[];
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.score >= 60 && m.status === 'want_to_apply')).toBe(true);
    expect(matches.map((m) => m.title)).not.toContain('Head of Sales'); // excluded by the pre-gate

    // Everything is due again tomorrow; unchanged postings are not analysed again.
    const second = await scoutly(['queue', 'add', 'hooli'], env);
    expect(second.code).toBe(0);
    expect((await scoutly(['tick'], env)).stderr).toMatch(/analyses 0, matches 0/);

    const set = await scoutly(['matches', 'set', String(matches[0]!.id), 'applied', '--note', 'sent on Monday'], env);
    expect(set.stdout).toContain('is now applied');
    expect(JSON.parse((await scoutly(['matches', 'list', '--status', 'applied', '--json'], env)).stdout)).toEqual([
      expect.objectContaining({ id: matches[0]!.id, note: 'sent on Monday' }),
    ]);
    const csv = (await scoutly(['matches', 'export', '--format', 'csv'], env)).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('id,user,company,title,score,verdict,status,note,location,url,reasons');
    expect(csv).toHaveLength(matches.length + 1);
    expect((await scoutly(['matches', 'set', '999', 'applied'], env)).code).toBe(64);

    // Every rule that fired on a match, with the words it read; a discard's reason is kept with it.
    const explained = await scoutly(['matches', 'explain', String(matches[1]!.id)], env);
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(new RegExp(`^match #${matches[1]!.id}: .+ for demo@scoutly\\.local; want_to_apply\\nstored analysis: ${matches[1]!.score} \\(\\w+\\) by offline ${OFFLINE_VERSION}`));
    expect(explained.stdout, explained.stdout).toMatch(/the rules now \(offline, with the current profile\): score \d+\n  \+ role: \w+ work, as you want \(\+35 points\)\n      posting: ".+"\n      profile: ".+"/);
    expect((await scoutly(['matches', 'set', String(matches[1]!.id), 'discarded', '--note', 'too junior'], env)).code).toBe(0);
    const json = JSON.parse((await scoutly(['matches', 'explain', String(matches[1]!.id), '--json'], env)).stdout) as { status: string; rulesNow: { firings: unknown[] } };
    expect(json).toMatchObject({ status: 'discarded', rulesNow: { firings: expect.arrayContaining([expect.objectContaining({ rule: 'role', posting: expect.any(String) })]) } });
    expect((await scoutly(['matches', 'explain', '999'], env)).code).toBe(64);
    expect((await scoutly(['matches', 'set', '1', 'hired'], env)).code).toBe(64);
  });

  it('a user with only a CV: a profile is derived and shown, postings are scored, matches saved and a digest sent', async () => {
    const hook = await serve((_req, res) => json(res, { ok: true }));
    try {
      const env = { SCOUTLY_DB: tempDbPath(), SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_LOG_FORMAT: 'plain',
        SCOUTLY_NOTIFY_URL: `${hook.url}/hook`, SCOUTLY_NOTIFY_KIND: 'webhook' };
      const cv = fileURLToPath(new URL('../../src/demo/cv.md', import.meta.url));
      const added = await scoutly(['users', 'add', 'cv-only@example.com', '--cv', cv], env);
      expect(added.stdout).toContain('derived a profile from the CV');
      const shown = JSON.parse((await scoutly(['users', 'show', 'cv-only@example.com', '--json'], env)).stdout) as { profile: Record<string, unknown> };
      expect(shown.profile).toMatchObject({ derivedFrom: 'cv', seniority: 'senior', skills: expect.arrayContaining(['TypeScript', 'Node.js', 'Kubernetes']) });
      const showText = (await scoutly(['users', 'show', 'cv-only@example.com'], env)).stdout;
      expect(showText).toContain('users set-profile');
      expect(showText).toMatch(/read from the CV:\n  seniority +title: Senior backend engineer\n  logistics\.currentResidence +line 9: Contact: Keizersgracht 1, Amsterdam/);
      for (const c of demoCompanies(demo.url)) {
        const r = await scoutly(['companies', 'add', c.slug, c.careersUrl, '--rank', String(c.rank), ...(c.selector ? ['--selector', c.selector] : [])], env);
        expect(r.code, r.stderr).toBe(0);
      }
      const tick = await scoutly(['tick'], env);
      expect(tick.code, tick.stderr).toBe(0);
      expect(tick.stderr).toMatch(/analyses 12, matches [1-9]/);
      const matches = JSON.parse((await scoutly(['matches', 'list', '--json'], env)).stdout) as { title: string }[];
      expect(matches.length).toBeGreaterThan(0);
      expect(hook.requests).toHaveLength(1);
      expect(JSON.parse(hook.requests[0]!.body)).toMatchObject({ type: 'scoutly.digest', matches: expect.arrayContaining([expect.objectContaining({ user: 'cv-only@example.com' })]) });

      // Corrected by the user, the profile is theirs: a new CV no longer replaces it.
      const own = `${env.SCOUTLY_DB}.own.json`;
      writeFileSync(own, JSON.stringify({ ...shown.profile, skills: ['Go'] }));
      expect((await scoutly(['users', 'set-profile', 'cv-only@example.com', own], env)).code).toBe(0);
      expect((await scoutly(['users', 'add', 'cv-only@example.com', '--cv', cv], env)).stdout).not.toContain('derived');
      const after = JSON.parse((await scoutly(['users', 'show', 'cv-only@example.com', '--json'], env)).stdout) as { profile: Record<string, unknown> };
      expect(after.profile).toMatchObject({ skills: ['Go'] });
      expect(after.profile.derivedFrom).toBeUndefined();
      expect((await scoutly(['users', 'set-profile', 'nobody@example.com', own], env)).code).toBe(64);
    } finally {
      await hook.close();
    }
  });

  it('refuses an invalid profile naming the field', async () => {
    const env = { SCOUTLY_DB: tempDbPath() };
    const demoProfile = JSON.parse(readFileSync(fileURLToPath(new URL('../../src/demo/profile.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
    const file = `${env.SCOUTLY_DB}.profile.json`;
    writeFileSync(file, JSON.stringify({ ...demoProfile, languages: [{ language: 'Dutch', level: 'somewhat' }] }));
    const r = await scoutly(['users', 'add', 'x@example.com', '--profile', file], env);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('languages.0.level');
  });
});
