// Parses the environment (plus .env and systemd credentials, read by the caller) into one typed,
// validated Config. Pure: no process.env, no file reads. Every problem names the variable and the form it takes.

import { createRequire } from 'node:module';
import { urlSecrets } from '../core/redact.js';
import { ConfigError } from '../core/errors.js';
import { DURATION_FORM, parseDuration } from '../core/duration.js';
import { parseBudget } from '../core/deadline.js';
import { LOG_FORMATS, LOG_LEVELS, defaultLogFormat, type LogFormat, type LogLevelName } from '../core/log.js';

export type Env = Readonly<Record<string, string | undefined>>;

export const NOTIFY_KINDS = ['ntfy', 'webhook', 'slack', 'discord'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];

export const DEFAULT_GEMINI_MODEL = 'gemini-3.1-flash-lite';
/** Analyses at or above it become matches. */
export const DEFAULT_MIN_SCORE = 60;
/** A posting open longer than this many days is marked stale in digests and the report. */
export const DEFAULT_STALE_DAYS = 60;
export const DEFAULT_GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com';
/** Deliberately loose: the mail server is the judge; this catches typos such as a missing @ or a domain without a dot. */
const isEmail = (a: string) => /^[^\s@<>,]+@[^\s@<>,]+$/.test(a) && a.slice(a.indexOf('@') + 2, -1).includes('.');
/** The address of `Name <address>`, else the whole text. */
const addressPart = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
/**
 * Scoutly only runs Chromium headless, so Debian's headless shell comes first: its browser process is a third
 * of the full browser's (a steady tick's peak 336 MB against 467–475 MB, README's benchmarks).
 */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

export interface Config {
  dbPath: string;
  budgetMs: number;
  /** The unit's TimeoutStartSec (SCOUTLY_UNIT_TIMEOUT): the budget is capped so the tick stops before it. */
  unitTimeoutMs: number | null;
  concurrency: number;
  /** Pages rendering in Chromium at once, inside the task slots. */
  browserPages: number;
  /** Null when no Chromium was found; the browser source reports it when it is needed. */
  chromiumPath: string | null;
  /** Where Chromium's profile and cache go (see cacheDirOf); null: a temporary folder. */
  cacheDir: string | null;
  allowPrivateUrls: boolean;
  gemini: { apiKey: string | null; model: string; baseUrl: string; rpm: number; dailyRequests: number };
  minScore: number;
  /** Days open after which a posting shows its age and a "stale" mark (SCOUTLY_STALE_DAYS). */
  staleDays: number;
  notify: { url: string | null; kind: NotifyKind | null };
  smtp: { url: string | null; mailTo: string | null; mailFrom: string | null };
  /** Replaces every ATS API host (demo and tests): requests go to `<base>/<kind>/<host><path>`. */
  atsBaseUrl: string | null;
  reportFile: string | null;
  metricsFile: string | null;
  log: { level: LogLevelName; format: LogFormat };
  maxAttempts: number;
  web: WebConfig;
}

export interface WebConfig {
  /** Where `scoutly web` listens when started by hand (under systemd the socket unit decides). */
  listen: ListenAddress;
  /** The socket-activated service exits after this long without a request. */
  idleMs: number;
  /** The address a phone reaches the dashboard at (links in digests, setup links); null when unset. */
  url: string | null;
  /** Proxies whose X-Forwarded-Proto and X-Forwarded-For are believed (Caddy, Tailscale Serve on this machine). */
  trustedProxies: string[];
}

export interface ListenAddress {
  host: string;
  port: number;
}

export const DEFAULT_WEB_LISTEN = '127.0.0.1:8377';
export const LISTEN_FORM = 'ADDRESS:PORT, e.g. 127.0.0.1:8377, 0.0.0.0:8377 or [::1]:8377';

/** `127.0.0.1:8377`, `[::1]:8377`, `0.0.0.0:80` (port 0: any free port); null when it is not that form. */
/**
 * Node's own IP check, loaded only when there is an address to check: `node:net` brings Node's socket and stream
 * modules, which every command would otherwise compile at start for a variable few set.
 */
function isIpAddress(text: string): boolean {
  const { isIP } = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  return isIP(text) !== 0;
}

export function parseListen(text: string): ListenAddress | null {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(text.trim());
  const port = Number(m?.[3]);
  if (!m || !Number.isInteger(port) || port > 65535) return null;
  return { host: m[1] ?? m[2]!, port };
}

export interface ConfigSources {
  env: Env;
  /** systemd credentials by name (LoadCredential=), e.g. `gemini_api_key`. */
  credentials?: Readonly<Record<string, string>>;
  /** Whether standard error is a terminal; asked only when the log format depends on it. */
  isTTY?: () => boolean;
  /** Tells whether a file exists (for the Chromium default); injected to keep this pure. */
  exists?: (path: string) => boolean;
  /** The machine's memory (the browser pages' default); when unknown, the small machine's default. */
  totalMemoryBytes?: number;
}

/** Documentation of every variable: the README table and scoutly.env.example follow this list. */
export const CONFIG_VARIABLES = [
  ['SCOUTLY_DB', '$STATE_DIRECTORY/scoutly.db under systemd, else ./data/scoutly.db', 'the SQLite file'],
  ['SCOUTLY_BUDGET', '10m', `time budget of one tick (${DURATION_FORM})`],
  ['SCOUTLY_UNIT_TIMEOUT', 'unset (the unit sets it)', 'the service unit\'s TimeoutStartSec: the budget is capped 30 s below it, so a tick always stops before systemd kills it'],
  ['SCOUTLY_CONCURRENCY', '5', 'tasks in flight at once (1–32)'],
  ['SCOUTLY_BROWSER_PAGES', '2 with ≤ 4 GiB of memory, else 3', 'careers pages rendering in Chromium at once, inside the task slots (1–16)'],
  ['SCOUTLY_CHROMIUM', 'first found of /usr/bin/chromium-headless-shell, /usr/bin/chromium, /usr/bin/chromium-browser', 'Chromium executable for Playwright (only ever run headless; the shell is lighter)'],
  ['SCOUTLY_ALLOW_PRIVATE_URLS', '0', '1 allows loopback/private careers URLs (demo and tests)'],
  ['GEMINI_API_KEY', 'unset', 'unset → the offline analyzer; also read from the systemd credential gemini_api_key'],
  ['GEMINI_MODEL', DEFAULT_GEMINI_MODEL, 'Gemini model id'],
  ['GEMINI_BASE_URL', DEFAULT_GEMINI_BASE_URL, 'API base URL (proxies, tests)'],
  ['GEMINI_RPM', '10', 'client-side requests per minute'],
  ['GEMINI_DAILY_REQUESTS', '500', 'client-side requests per day (counted in SQLite)'],
  ['SCOUTLY_MIN_SCORE', '60', 'analyses at or above it become matches (0–100)'],
  ['SCOUTLY_STALE_DAYS', String(DEFAULT_STALE_DAYS), 'a posting open longer than this many days shows its age and a "stale" mark in digests and the report (1–3650)'],
  ['SCOUTLY_NOTIFY_URL', 'unset', 'where new-match digests go (ntfy topic URL, Slack or Discord incoming webhook, or a JSON webhook)'],
  ['SCOUTLY_NOTIFY_KIND', 'by URL', 'ntfy, slack, discord or webhook'],
  ['SCOUTLY_SMTP_URL', 'unset', 'smtp:// or smtps:// URL for e-mail digests'],
  ['SCOUTLY_MAIL_TO', 'unset', 'recipient(s) of e-mail digests, comma-separated'],
  ['SCOUTLY_MAIL_FROM', 'the SMTP login if it is an address, else scoutly@HOSTNAME', 'sender of e-mail digests'],
  ['SCOUTLY_ATS_BASE_URL', 'unset', 'send ATS API requests to this base URL instead of the ATS hosts (demo and tests)'],
  ['SCOUTLY_REPORT_FILE', 'unset', 'write the HTML report there after each tick'],
  ['SCOUTLY_METRICS_FILE', 'unset', 'Prometheus textfile written after each tick'],
  ['SCOUTLY_WEB_LISTEN', DEFAULT_WEB_LISTEN, 'where `scoutly web` listens when started by hand (ADDRESS:PORT); under systemd the socket unit decides'],
  ['SCOUTLY_WEB_IDLE', '10m', `the socket-activated dashboard exits after this long without a request (${DURATION_FORM})`],
  ['SCOUTLY_WEB_URL', 'unset', 'the address your phone reaches the dashboard at (setup links, digest action buttons)'],
  ['SCOUTLY_WEB_TRUSTED_PROXIES', 'unset', 'addresses of reverse proxies (Caddy, Tailscale Serve) whose X-Forwarded-Proto/-For are believed, comma-separated'],
  ['SCOUTLY_LOG_LEVEL', 'info', 'error, warn, info or debug'],
  ['SCOUTLY_LOG_FORMAT', 'auto', 'journal, plain or pretty (auto: journal under systemd, pretty on a TTY, else plain)'],
] as const;

/** Each page in Chromium costs 100–200 MB: two at once on a 4 GiB Pi, three with more memory. */
export function defaultBrowserPages(totalMemoryBytes: number): number {
  return totalMemoryBytes <= 4 * 1024 ** 3 ? 2 : 3;
}

export function loadConfig(sources: ConfigSources): Config {
  const { env } = sources;
  const problems: { variable: string; message: string }[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const fail = (variable: string, message: string) => problems.push({ variable, message });

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      fail(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const lower = raw.toLowerCase() as T;
    if (allowed.includes(lower)) return lower;
    fail(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
    return undefined;
  };
  const url = (name: string, protocols: readonly string[], secret = false): string | null => {
    const raw = get(name);
    if (raw === undefined) return null;
    try {
      const u = new URL(raw);
      if (protocols.includes(u.protocol)) return raw;
    } catch {
      // reported below
    }
    // Never echo a value that may carry credentials.
    fail(name, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}${secret ? '' : `, got "${raw}"`}`);
    return null;
  };

  const budgetRaw = get('SCOUTLY_BUDGET');
  let budgetMs = 10 * 60_000;
  if (budgetRaw !== undefined) {
    const parsed = parseBudget(budgetRaw);
    if (parsed.ok) budgetMs = parsed.ms;
    else fail('SCOUTLY_BUDGET', `must be ${parsed.accepted}`);
  }
  const unitTimeoutRaw = get('SCOUTLY_UNIT_TIMEOUT');
  let unitTimeoutMs: number | null = null;
  if (unitTimeoutRaw !== undefined) {
    const parsed = parseDuration(unitTimeoutRaw);
    if (parsed === null || parsed < 60_000) fail('SCOUTLY_UNIT_TIMEOUT', `must be the unit's TimeoutStartSec as ${DURATION_FORM}, at least 1m; got "${unitTimeoutRaw}"`);
    else unitTimeoutMs = parsed;
  }

  const allowPrivateRaw = get('SCOUTLY_ALLOW_PRIVATE_URLS');
  if (allowPrivateRaw !== undefined && !['0', '1'].includes(allowPrivateRaw)) {
    fail('SCOUTLY_ALLOW_PRIVATE_URLS', `must be 0 or 1, got "${allowPrivateRaw}"`);
  }

  const exists = sources.exists ?? (() => false);
  const chromiumPath = get('SCOUTLY_CHROMIUM') ?? CHROMIUM_CANDIDATES.find((p) => exists(p)) ?? null;

  // An empty credential file (what make install-systemd leaves) or the unit's fallback "none" means no key.
  const credentialKey = sources.credentials?.gemini_api_key?.trim();
  const apiKey = get('GEMINI_API_KEY') ?? (credentialKey && credentialKey !== 'none' ? credentialKey : null);
  const model = get('GEMINI_MODEL') ?? DEFAULT_GEMINI_MODEL;
  if (!/^[A-Za-z0-9._-]+$/.test(model)) fail('GEMINI_MODEL', `must be a model id such as ${DEFAULT_GEMINI_MODEL}`);

  const notifyUrl = url('SCOUTLY_NOTIFY_URL', ['http:', 'https:'], true);
  let notifyKind = oneOf('SCOUTLY_NOTIFY_KIND', NOTIFY_KINDS) ?? null;
  if (notifyUrl && !notifyKind) notifyKind = notifyKindOf(new URL(notifyUrl));
  if (notifyUrl && notifyKind === 'ntfy' && new URL(notifyUrl).pathname.split('/').filter(Boolean).length === 0) {
    fail('SCOUTLY_NOTIFY_URL', 'an ntfy URL must name the topic, e.g. https://ntfy.sh/your-secret-topic');
  }
  const mailTo = get('SCOUTLY_MAIL_TO') ?? null;
  if (mailTo && !mailTo.split(',').every((a) => isEmail(a.trim()))) fail('SCOUTLY_MAIL_TO', `must be an e-mail address (or several, comma-separated), got "${mailTo}"`);
  const mailFrom = get('SCOUTLY_MAIL_FROM') ?? null;
  if (mailFrom && !isEmail(addressPart(mailFrom))) fail('SCOUTLY_MAIL_FROM', `must be an e-mail address or "Name <address>", got "${mailFrom}"`);

  const listenRaw = get('SCOUTLY_WEB_LISTEN') ?? DEFAULT_WEB_LISTEN;
  const listen = parseListen(listenRaw);
  if (!listen) fail('SCOUTLY_WEB_LISTEN', `must be ${LISTEN_FORM}, got "${listenRaw}"`);
  const idleRaw = get('SCOUTLY_WEB_IDLE');
  const idleMs = idleRaw === undefined ? 10 * 60_000 : parseDuration(idleRaw);
  if (idleMs === null || idleMs < 1000) fail('SCOUTLY_WEB_IDLE', `must be ${DURATION_FORM}, at least 1s; got "${idleRaw}"`);
  const webUrl = url('SCOUTLY_WEB_URL', ['http:', 'https:']);
  const trustedProxies = (get('SCOUTLY_WEB_TRUSTED_PROXIES') ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const badProxy = trustedProxies.find((p) => !isIpAddress(p));
  if (badProxy) fail('SCOUTLY_WEB_TRUSTED_PROXIES', `must be IP addresses, comma-separated (e.g. 127.0.0.1,::1), got "${badProxy}"`);

  const stateDir = get('STATE_DIRECTORY')?.split(':')[0];
  const cacheDir = cacheDirOf(get);
  const dbPath = get('SCOUTLY_DB') ?? (stateDir ? `${stateDir}/scoutly.db` : './data/scoutly.db');

  const config: Config = {
    dbPath,
    budgetMs,
    unitTimeoutMs,
    concurrency: integer('SCOUTLY_CONCURRENCY', 5, 1, 32),
    browserPages: integer('SCOUTLY_BROWSER_PAGES', defaultBrowserPages(sources.totalMemoryBytes ?? 0), 1, 16),
    chromiumPath,
    cacheDir,
    allowPrivateUrls: allowPrivateRaw === '1',
    gemini: {
      apiKey,
      model,
      baseUrl: url('GEMINI_BASE_URL', ['http:', 'https:']) ?? DEFAULT_GEMINI_BASE_URL,
      rpm: integer('GEMINI_RPM', 10, 1, 10_000),
      dailyRequests: integer('GEMINI_DAILY_REQUESTS', 500, 1, 1_000_000),
    },
    minScore: integer('SCOUTLY_MIN_SCORE', DEFAULT_MIN_SCORE, 0, 100),
    staleDays: integer('SCOUTLY_STALE_DAYS', DEFAULT_STALE_DAYS, 1, 3650),
    notify: { url: notifyUrl, kind: notifyKind },
    smtp: { url: url('SCOUTLY_SMTP_URL', ['smtp:', 'smtps:'], true), mailTo, mailFrom },
    atsBaseUrl: url('SCOUTLY_ATS_BASE_URL', ['http:', 'https:']),
    reportFile: get('SCOUTLY_REPORT_FILE') ?? null,
    metricsFile: get('SCOUTLY_METRICS_FILE') ?? null,
    log: {
      level: oneOf('SCOUTLY_LOG_LEVEL', LOG_LEVELS) ?? 'info',
      format: oneOf('SCOUTLY_LOG_FORMAT', LOG_FORMATS) ?? defaultLogFormat(env, sources.isTTY ?? (() => false)),
    },
    maxAttempts: 5,
    web: { listen: listen ?? { host: '127.0.0.1', port: 8377 }, idleMs: idleMs ?? 10 * 60_000, url: webUrl ? withoutTrailingSlashes(webUrl) : null, trustedProxies },
  };
  if (config.smtp.url && !config.smtp.mailTo) fail('SCOUTLY_MAIL_TO', 'must be set to an e-mail address when SCOUTLY_SMTP_URL is set');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/**
 * The service's cache folder: the unit's CacheDirectory= ($CACHE_DIRECTORY: /var/cache/scoutly, or
 * ~/.cache/scoutly for user units), else the user's ($XDG_CACHE_HOME/scoutly, ~/.cache/scoutly); null
 * without a home. Chromium's profile lives there rather than in /tmp, a tmpfs on Debian 13 that counts
 * against the unit's memory.
 */
function cacheDirOf(get: (name: string) => string | undefined): string | null {
  const unit = get('CACHE_DIRECTORY')?.split(':')[0];
  if (unit) return unit;
  const xdg = get('XDG_CACHE_HOME');
  if (xdg?.startsWith('/')) return `${withoutTrailingSlashes(xdg)}/scoutly`; // the XDG spec ignores a relative one
  const home = get('HOME');
  return home?.startsWith('/') ? `${withoutTrailingSlashes(home)}/.cache/scoutly` : null;
}

/** Values that must never appear in output, for the logger and error redaction. */
export function secretValues(config: Config): string[] {
  // An ntfy topic URL is as good as a password (anyone who knows it can read and post); so is a webhook
  // URL whose path holds its token (Slack, Discord). A server may echo any part of one in an error body.
  return [config.gemini.apiKey, ...urlSecrets(config.notify.url), ...urlSecrets(config.smtp.url)].filter((v): v is string => Boolean(v));
}

/** The channel a notify URL names by its host: ntfy, Slack's and Discord's incoming webhooks, else a JSON webhook. */
export function notifyKindOf(url: URL): NotifyKind {
  const host = url.hostname.toLowerCase();
  if (/ntfy/.test(host)) return 'ntfy';
  if (host === 'hooks.slack.com') return 'slack';
  if (/(^|\.)(discord|discordapp)\.com$/.test(host) && url.pathname.startsWith('/api/webhooks/')) return 'discord';
  return 'webhook';
}

/** `https://pi.example/` → `https://pi.example`, `/home/me/` → `/home/me`: links and paths are built as base + `/more`. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
