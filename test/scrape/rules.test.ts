// Pure scraping rules: normalisation, HTTP status meaning, URL safety, link selection.
import { describe, expect, it } from 'vitest';
import { postingsFromSnapshot } from '../../src/scrape/page/extract.js';
import { errorForResponse, parseRetryAfter } from '../../src/scrape/httpErrors.js';
import { canonicalUrl, htmlToText, normalizePosting } from '../../src/scrape/normalize.js';
import { isPrivateAddress, quickCheck } from '../../src/scrape/urlSafety.js';
import { learnFromComparison, planRead, samePostings, STATIC_RECHECK_EVERY, staticReadDrifted, UNLEARNT } from '../../src/scrape/page/renderChoice.js';
import { staticSnapshot } from '../../src/scrape/page/staticSnapshot.js';

const headers = (h: Record<string, string> = {}) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

describe('normalisation', () => {
  it('canonical URLs drop fragments, tracking parameters and trailing slashes', () => {
    expect(canonicalUrl('https://x.example/jobs/1/?utm_source=a&b=2&gh_src=z#apply')).toBe('https://x.example/jobs/1?b=2');
  });
  it('turns HTML into visible text only', () => {
    expect(htmlToText('<p>Hi &amp;amp; <b>bye</b></p><script>evil()</script><!-- note --><ul><li>one</li><li>two</li></ul>'))
      .toBe('Hi & bye\n• one\n• two');
  });
  it('keys by the source id, else the URL, and hashes the content', () => {
    const a = normalizePosting({ sourceId: '7', title: ' Dev ', url: 'https://x.example/j?utm_medium=x' });
    expect(a).toMatchObject({ postingKey: 'id:7', title: 'Dev', url: 'https://x.example/j' });
    expect(normalizePosting({ sourceId: null, title: 'Dev', url: 'https://x.example/j#top' }).postingKey).toBe('url:https://x.example/j');
    expect(normalizePosting({ sourceId: '7', title: 'Dev', url: 'https://x.example/j', descriptionText: 'changed' }).contentHash).not.toBe(a.contentHash);
  });
});

describe('HTTP answers', () => {
  const now = Date.UTC(2026, 10, 23);
  it.each([
    [200, {}, '', null],
    [200, { 'cf-mitigated': 'challenge' }, '', 'blocked'],
    [403, {}, '<title>Just a moment...</title>', 'blocked'],
    [403, {}, 'forbidden', 'blocked'],
    [429, {}, '', 'blocked'],
    [429, { 'retry-after': '120' }, '', 'rate_limited'],
    [503, { 'retry-after': 'Mon, 23 Nov 2026 00:02:00 GMT' }, '', 'rate_limited'],
    [404, {}, '', 'http_4xx'],
    [410, {}, '', 'http_4xx'],
    [400, {}, '', 'http_4xx'],
    [500, {}, '', 'http_5xx'],
    [502, {}, '', 'http_5xx'],
  ])('HTTP %i %j → %s', (status, h, body, kind) => {
    const err = errorForResponse(status, headers(h), body, 'x', now);
    expect(err?.kind ?? null).toBe(kind);
  });
  it('a 429 with Retry-After snoozes for that long without using an attempt', () => {
    expect(errorForResponse(429, headers({ 'retry-after': '120' }), '', 'x', now)).toMatchObject({ disposition: 'snooze', delayMs: 120_000 });
    expect(parseRetryAfter('Mon, 23 Nov 2026 00:02:00 GMT', now)).toBe(120_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
  it('a 404 is permanent, a 5xx is retried', () => {
    expect(errorForResponse(404, headers(), '', 'x', now)?.disposition).toBe('permanent');
    expect(errorForResponse(500, headers(), '', 'x', now)?.disposition).toBe('retry');
  });
});

describe('URL safety', () => {
  const strict = { allowPrivate: false };
  it.each([
    'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'chrome://settings', 'http://127.0.0.1:8080/',
    'http://[::1]/', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/', 'http://192.168.1.1/', 'http://172.20.0.1/',
    'http://user:pass@example.com/', 'http://localhost:3000/', `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => expect(quickCheck(url, strict)).not.toBeNull());

  it('allows public URLs, and private ones only with the flag', () => {
    expect(quickCheck('https://boards.greenhouse.io/acme', strict)).toBeNull();
    expect(quickCheck('http://127.0.0.1:8080/', { allowPrivate: true })).toBeNull();
    expect(quickCheck('http://127.0.0.2:8080/', { allowPrivate: false, trustedHosts: ['127.0.0.2'] })).toBeNull();
  });

  it.each([
    ['8.8.8.8', false], ['100.64.0.1', true], ['::ffff:127.0.0.1', true], ['fd00::1', true], ['2606:4700::1111', false], ['0.0.0.0', true],
    // what the URL parser makes of [::ffff:127.0.0.1], and every other way to carry a private IPv4 in IPv6
    ['::ffff:7f00:1', true], ['[::ffff:7f00:1]', true], ['::ffff:a00:1', true], ['::ffff:a9fe:a9fe', true], ['::7f00:1', true],
    ['::127.0.0.1', true], ['64:ff9b::7f00:1', true], ['64:ff9b::808:808', false], ['2002:7f00:1::', true], ['2002:808:808::1', false],
    ['fec0::1', true], ['fe80::1%eth0', true], ['::', true], ['::1', true], ['0:0:0:0:0:ffff:7f00:0001', true], ['::ffff:8.8.8.8', false],
    ['ff02::1', true], ['2001:db8::1', true], ['2a00:1450:4001:80b::200e', false],
  ])('%s private: %s', (ip, expected) => expect(isPrivateAddress(ip)).toBe(expected));

  it.each(['http://[::ffff:127.0.0.1]:8080/', 'http://[::ffff:10.0.0.1]/', 'http://[::ffff:169.254.169.254]/', 'http://[::7f00:1]/', 'http://[64:ff9b::a00:1]/', 'http://[fec0::1]/'])(
    'refuses %s (after the URL parser rewrites it)', (url) => expect(quickCheck(url, strict)).not.toBeNull(),
  );
});

describe('choosing postings among the links of a page', () => {
  const page = 'https://acme.example/careers';
  const link = (text: string, href: string, inChrome = false) => ({ text, href, inChrome });
  it('prefers JSON-LD JobPosting data', () => {
    const postings = postingsFromSnapshot({
      jsonLd: [{ '@graph': [{ '@type': 'JobPosting', title: 'Dev', url: '/jobs/1', identifier: { value: 1 }, description: '<p>x</p>' }] }],
      links: [link('Something', 'https://acme.example/x')], selectorFound: false,
    }, page);
    expect(postings).toEqual([expect.objectContaining({ title: 'Dev', url: 'https://acme.example/jobs/1', sourceId: '1', descriptionText: 'x' })]);
  });
  it('without a selector keeps job-like links and drops navigation, footers, blogs and same-page anchors', () => {
    const postings = postingsFromSnapshot({
      jsonLd: [], selectorFound: false,
      links: [
        link('Senior Engineer', 'https://acme.example/jobs/senior-engineer'), link('Careers', 'https://acme.example/careers', true),
        link('Our blog', 'https://acme.example/blog'), link('Product Designer', 'https://acme.example/p/42'),
        link('Engineer', 'https://acme.example/jobs/x', true), link('Privacy', 'https://acme.example/privacy'),
        link('Top of page', 'https://acme.example/careers#top'), link('mail us', 'mailto:jobs@acme.example'),
      ],
    }, page);
    expect(postings.map((p) => p.title)).toEqual(['Senior Engineer', 'Product Designer']);
  });
  it('inside a selector trusts the links but still drops obvious non-postings', () => {
    const postings = postingsFromSnapshot({
      jsonLd: [], selectorFound: true,
      links: [link('Office Manager', 'https://acme.example/o/1'), link('View all', 'https://acme.example/all'), link('Fun Role', 'https://acme.example/r/2')],
    }, page);
    expect(postings.map((p) => p.title)).toEqual(['Office Manager', 'Fun Role']);
  });
});

describe('render choice', () => {
  const p = (title: string, url: string) => ({ sourceId: null, title, url });
  it('plans a read from what was learnt, and who chose it', () => {
    expect(planRead(UNLEARNT)).toBe('both');
    expect(planRead({ mode: 'static', origin: 'learned', scrapesSinceCheck: 0 })).toBe('static');
    expect(planRead({ mode: 'browser', origin: 'learned', scrapesSinceCheck: 0 })).toBe('browser');
    expect(planRead({ mode: 'browser', origin: 'learned', scrapesSinceCheck: STATIC_RECHECK_EVERY - 1 })).toBe('both');
    expect(planRead({ mode: 'browser', origin: 'user', scrapesSinceCheck: 1000 })).toBe('browser');
    expect(planRead({ mode: 'static', origin: 'user', scrapesSinceCheck: 0 })).toBe('static');
  });

  it('compares by normalised URL and title, not order or tracking parameters', () => {
    expect(samePostings([p('Engineer', 'https://x.example/jobs/1?utm_source=a'), p('Designer', 'https://x.example/jobs/2')],
      [p('designer ', 'https://x.example/jobs/2#apply'), p('Engineer', 'https://x.example/jobs/1')])).toBe(true);
    expect(samePostings([p('Engineer', 'https://x.example/jobs/1')], [p('Engineer', 'https://x.example/jobs/1'), p('Designer', 'https://x.example/jobs/2')])).toBe(false);
    expect(samePostings([p('Engineer', 'https://x.example/jobs/1')], [p('Senior Engineer', 'https://x.example/jobs/1')])).toBe(false);
  });

  it('calls a static read drifted when it finds nothing, or loses most open postings', () => {
    const open = ['https://x.example/jobs/1', 'https://x.example/jobs/2', 'https://x.example/jobs/3', 'https://x.example/jobs/4'];
    expect(staticReadDrifted([], open)).toBe(true);
    expect(staticReadDrifted([], [])).toBe(false);
    expect(staticReadDrifted([p('A', open[0]!)], open)).toBe(true);
    expect(staticReadDrifted([p('A', open[0]!), p('B', open[1]!), p('New', 'https://x.example/jobs/9')], open)).toBe(false);
  });

  it('learns static only from the same non-empty result; both empty proves nothing', () => {
    const same = [p('Engineer', 'https://x.example/jobs/1')];
    expect(learnFromComparison(UNLEARNT, same, same)).toEqual({ mode: 'static', origin: 'learned', scrapesSinceCheck: 0 });
    expect(learnFromComparison(UNLEARNT, [], same)).toEqual({ mode: 'browser', origin: 'learned', scrapesSinceCheck: 0 });
    expect(learnFromComparison(UNLEARNT, null, same)).toMatchObject({ mode: 'browser' });
    expect(learnFromComparison(UNLEARNT, [], [])).toEqual(UNLEARNT);
    expect(learnFromComparison({ mode: 'browser', origin: 'learned', scrapesSinceCheck: 9 }, [], [])).toEqual({ mode: 'browser', origin: 'learned', scrapesSinceCheck: 0 });
  });
});

describe('static page snapshot', () => {
  it('reads links as a browser shows them: titles from headings or marked-up titles, hidden labels and unrendered markup left out', () => {
    const { snapshot, next } = staticSnapshot(`<nav><a href="/jobs/x">Menu Engineer</a></nav>
      <a href="/jobs/1"><h3>Senior<br>Backend   Engineer</h3><span>Berlin</span></a>
      <a href="/jobs/2"><span class="visually-hidden">Job title</span>Product &amp; Design Lead</a>
      <a href="/jobs/3"><div class="job-title">Data Scientist</div><div class="meta">Remote</div></a>
      <a href="/jobs/4" aria-label="SRE, Lisbon"><span>SRE</span></a>
      <template><a href="/jobs/5">Template Engineer</a></template><noscript><a href="/jobs/6">Noscript Engineer</a></noscript>
      <a href="javascript:void(0)">Script Engineer</a><a href="?page=2">next</a>`, 'https://x.example/careers', null);
    expect(snapshot.links.map((l) => [l.text, l.href, l.inChrome])).toEqual([
      ['Menu Engineer', 'https://x.example/jobs/x', true],
      ['Senior Backend Engineer', 'https://x.example/jobs/1', false],
      ['Product & Design Lead', 'https://x.example/jobs/2', false],
      ['Data Scientist', 'https://x.example/jobs/3', false],
      ['SRE, Lisbon', 'https://x.example/jobs/4', false],
      ['Script Engineer', 'javascript:void(0)', false],
      ['next', 'https://x.example/careers?page=2', false],
    ]);
    expect(next).toBe('https://x.example/careers?page=2');
    expect(postingsFromSnapshot(snapshot, 'https://x.example/careers').map((q) => q.title))
      .toEqual(['Senior Backend Engineer', 'Product & Design Lead', 'Data Scientist', 'SRE, Lisbon']);
  });

  it('scopes to the selector, reads JSON-LD, and names a selector it cannot apply', () => {
    const page = `<script type="application/ld+json">{"@type":"JobPosting","title":"QA Engineer","url":"/jobs/qa"}</script>
      <script type="application/ld+json">{broken</script><div class="jobs"><a href="/jobs/1">Only This</a></div><a href="/jobs/2">Not This Engineer</a>`;
    const scoped = staticSnapshot(page, 'https://x.example/careers', '.jobs');
    expect(scoped.snapshot.selectorFound).toBe(true);
    expect(scoped.snapshot.links.map((l) => l.text)).toEqual(['Only This']);
    expect(scoped.snapshot.jsonLd).toEqual([{ '@type': 'JobPosting', title: 'QA Engineer', url: '/jobs/qa' }]);
    expect(() => staticSnapshot(page, 'https://x.example/careers', '.jobs a:visible')).toThrow(/cannot be applied without a browser/);
  });
});
