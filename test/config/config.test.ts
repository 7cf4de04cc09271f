import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { loadConfig, secretValues, DEFAULT_GEMINI_MODEL } from '../../src/config/config.js';

function problemsOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig({ env });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({ env: {} });
    expect(c).toMatchObject({
      dbPath: './data/scoutly.db', budgetMs: 600_000, concurrency: 5, allowPrivateUrls: false, minScore: 60, staleDays: 60,
      gemini: { apiKey: null, model: DEFAULT_GEMINI_MODEL, rpm: 10, dailyRequests: 500 },
      log: { level: 'info', format: 'plain' }, maxAttempts: 5,
    });
  });

  it('puts the database in the systemd state directory', () => {
    expect(loadConfig({ env: { STATE_DIRECTORY: '/var/lib/scoutly' } }).dbPath).toBe('/var/lib/scoutly/scoutly.db');
    expect(loadConfig({ env: { STATE_DIRECTORY: '/var/lib/scoutly', SCOUTLY_DB: '/tmp/x.db' } }).dbPath).toBe('/tmp/x.db');
  });

  it('chooses the log format from the environment', () => {
    expect(loadConfig({ env: { JOURNAL_STREAM: '8:123' } }).log.format).toBe('journal');
    expect(loadConfig({ env: {}, isTTY: () => true }).log.format).toBe('pretty');
    expect(loadConfig({ env: {}, isTTY: () => false }).log.format).toBe('plain');
    expect(loadConfig({ env: { SCOUTLY_LOG_FORMAT: 'journal' }, isTTY: () => true }).log.format).toBe('journal');
    // Under journald the terminal question is never asked: answering it would load Node's stream stack.
    expect(loadConfig({ env: { JOURNAL_STREAM: '8:123' }, isTTY: () => { throw new Error('asked'); } }).log.format).toBe('journal');
  });

  it('reads the Gemini key from the systemd credential when the variable is unset', () => {
    expect(loadConfig({ env: {}, credentials: { gemini_api_key: 'k-from-credential\n' } }).gemini.apiKey).toBe('k-from-credential');
  });

  it('renders 2 pages at once on a 4 GiB machine, 3 on a larger one, or what SCOUTLY_BROWSER_PAGES says', () => {
    expect(loadConfig({ env: {}, totalMemoryBytes: 4 * 1024 ** 3 }).browserPages).toBe(2);
    expect(loadConfig({ env: {}, totalMemoryBytes: 8 * 1024 ** 3 }).browserPages).toBe(3);
    expect(loadConfig({ env: { SCOUTLY_BROWSER_PAGES: '1' }, totalMemoryBytes: 8 * 1024 ** 3 }).browserPages).toBe(1);
  });

  it("puts Chromium's files in the unit's cache folder, else the user's (XDG), else none", () => {
    const cacheDir = (env: Record<string, string>) => loadConfig({ env }).cacheDir;
    expect(cacheDir({ CACHE_DIRECTORY: '/var/cache/scoutly', XDG_CACHE_HOME: '/x', HOME: '/home/me' })).toBe('/var/cache/scoutly');
    expect(cacheDir({ CACHE_DIRECTORY: '/var/cache/scoutly:/var/cache/other' })).toBe('/var/cache/scoutly');
    expect(cacheDir({ XDG_CACHE_HOME: '/home/me/.xdg-cache/', HOME: '/home/me' })).toBe('/home/me/.xdg-cache/scoutly');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/me' })).toBe('/home/me/.cache/scoutly');
    expect(cacheDir({})).toBeNull();
  });

  it('finds Chromium among the usual paths, the headless shell first', () => {
    const all = (p: string) => ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].includes(p);
    expect(loadConfig({ env: {}, exists: all }).chromiumPath).toBe('/usr/bin/chromium-headless-shell');
    expect(loadConfig({ env: {}, exists: (p) => all(p) && !p.endsWith('headless-shell') }).chromiumPath).toBe('/usr/bin/chromium');
    expect(loadConfig({ env: { SCOUTLY_CHROMIUM: '/opt/chrome/chrome' }, exists: all }).chromiumPath).toBe('/opt/chrome/chrome');
    expect(loadConfig({ env: {}, exists: (p) => p === '/usr/bin/chromium-browser' }).chromiumPath).toBe('/usr/bin/chromium-browser');
    expect(loadConfig({ env: {}, exists: () => false }).chromiumPath).toBeNull();
  });

  it.each([
    ['SCOUTLY_BUDGET', 'banana', /number with a unit/],
    ['SCOUTLY_BUDGET', '0s', /between 1s and 24h/],
    ['SCOUTLY_CONCURRENCY', '0', /whole number from 1 to 32/],
    ['SCOUTLY_CONCURRENCY', 'five', /whole number from 1 to 32/],
    ['SCOUTLY_BROWSER_PAGES', '0', /whole number from 1 to 16/],
    ['SCOUTLY_ALLOW_PRIVATE_URLS', 'yes', /0 or 1/],
    ['SCOUTLY_MIN_SCORE', '101', /0 to 100/],
    ['SCOUTLY_STALE_DAYS', '0', /whole number from 1 to 3650, got "0"/],
    ['SCOUTLY_STALE_DAYS', '60d', /whole number from 1 to 3650, got "60d"/],
    ['GEMINI_RPM', '-3', /whole number/],
    ['GEMINI_BASE_URL', 'ftp://x', /http:\/\/ or https:\/\//],
    ['SCOUTLY_LOG_LEVEL', 'loud', /error, warn, info, debug/],
    ['SCOUTLY_LOG_FORMAT', 'xml', /journal, plain, pretty/],
    ['SCOUTLY_NOTIFY_KIND', 'pigeon', /ntfy, webhook/],
    ['SCOUTLY_NOTIFY_URL', 'https://ntfy.sh/', /must name the topic/],
    ['SCOUTLY_MAIL_TO', 'me-at-example.com', /e-mail address/],
    ['SCOUTLY_MAIL_FROM', 'Scoutly <nobody>', /"Name <address>"/],
  ])('names %s and the accepted form for %j', (variable, value, form) => {
    const problems = problemsOf({ [variable]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.variable).toBe(variable);
    expect(problems[0]!.message).toMatch(form);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ SCOUTLY_BUDGET: 'x', SCOUTLY_CONCURRENCY: 'y' }).map((p) => p.variable)).toEqual(['SCOUTLY_BUDGET', 'SCOUTLY_CONCURRENCY']);
  });

  it('never echoes a notify URL, which may carry a token', () => {
    const [problem] = problemsOf({ SCOUTLY_NOTIFY_URL: 'not a url with secret-token' });
    expect(problem!.message).not.toContain('secret-token');
  });

  it('derives the notify kind from the URL', () => {
    expect(loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://ntfy.sh/my-topic' } }).notify.kind).toBe('ntfy');
    expect(loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://hooks.example.com/x' } }).notify.kind).toBe('webhook');
  });

  it('needs a recipient for e-mail digests and accepts several', () => {
    expect(problemsOf({ SCOUTLY_SMTP_URL: 'smtps://u:p@mail.example.com' }).map((p) => p.variable)).toEqual(['SCOUTLY_MAIL_TO']);
    expect(loadConfig({ env: { SCOUTLY_SMTP_URL: 'smtp://mail.example.com', SCOUTLY_MAIL_TO: 'a@example.com, b@example.org' } }).smtp.mailTo)
      .toBe('a@example.com, b@example.org');
  });

  it('treats the notify URL and the SMTP password as secrets for the logger', () => {
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://ntfy.sh/t0pic', SCOUTLY_SMTP_URL: 'smtps://me:p%40ss@mail.example.com', SCOUTLY_MAIL_TO: 'a@b.co' } });
    expect(secretValues(config)).toEqual(expect.arrayContaining(['https://ntfy.sh/t0pic', 'p@ss']));
  });
});
