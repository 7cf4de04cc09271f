// The report page as text: untrusted strings stay text, only http(s) links are links, the CSP admits
// exactly the page's script, and run outcomes map to the chart's colours.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MatchRow } from '../../src/matches/repo.js';
import { renderReportHtml, runOutcome } from '../../src/report/html.js';
import type { ReportData } from '../../src/report/reportData.js';

const now = Date.UTC(2026, 10, 23, 12);
const match = (over: Partial<MatchRow>): MatchRow => ({
  id: 1, postingId: 1, user: 'me@example.com', company: 'Acme', title: 'Engineer', score: 80, verdict: 'good', url: 'https://acme.example.com/j/1',
  location: null, workplace: null, status: 'want_to_apply', note: null, reasons: [], firstSeenAt: now, closedAt: null, createdAt: now, openSince: now, repost: null, ...over,
});
const data = (matches: MatchRow[]): ReportData => ({
  generatedAt: now, minScore: 60, staleDays: 60, runs: [{ id: 1, startedAt: now - 3_600_000, durationMs: 90_000, status: 'completed', exitCode: 1, succeeded: 3, failed: 1, deferred: 0 }],
  closed: [], matches,
  status: {
    now, queue: [], companies: { total: 1, tracked: 1, dueNow: 0 }, tiers: [], nextUp: [], recentRuns: [],
    problematic: [{ slug: 'acme', consecutiveFailures: 2, lastErrorKind: 'http_5xx', lastError: '<img src=x onerror=alert(1)>', breakerOpenUntil: null, lastSuccessAt: null }],
    drift: [],
    gemini: { configured: false, model: 'm', day: '2026-11-23', requests: 0, dailyLimit: 500, exhaustedUntil: null, tokens: { input: 0, output: 0, thinking: 0 } },
    lastCompletedTick: null, tickRunning: null, digests: [], scrapePaths: [],
  },
});

describe('the HTML report', () => {
  it('keeps titles, notes and errors from careers pages as text, and links only to http(s)', () => {
    const html = renderReportHtml(data([
      match({ id: 1, title: '<script>alert(1)</script>', note: '"><b>x</b>', url: 'javascript:alert(1)' }),
      match({ id: 2, company: 'Ac"me', url: 'https://acme.example.com/j/2?a=1&b=2' }),
    ]));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>x</b>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="#"');
    expect(html).toContain('href="https://acme.example.com/j/2?a=1&amp;b=2"');
    expect(html).toContain('data-company="Ac&quot;me"');
  });

  it('admits exactly its own inline script in the CSP', () => {
    const html = renderReportHtml(data([]));
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('colours a run by how it ended', () => {
    expect(runOutcome({ status: 'completed', exitCode: 0 })).toBe('ok');
    expect(runOutcome({ status: 'completed', exitCode: 1 })).toBe('partial');
    expect(runOutcome({ status: 'completed', exitCode: 75 })).toBe('skipped');
    expect(runOutcome({ status: 'completed', exitCode: 69 })).toBe('failed');
    expect(runOutcome({ status: 'running', exitCode: null })).toBe('running');
    expect(renderReportHtml(data([]))).toMatch(/<rect [^>]*class="o-partial"><title>#1 2026-11-23 11:00 UTC · 1m30s · exit 1 \(some tasks failed\)/);
  });
});
