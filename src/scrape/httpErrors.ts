// Pure mapping from an HTTP answer to what it means for a scrape (SPEC: bot walls are `blocked`,
// never `closed`; 429/503 with Retry-After snooze without using an attempt).

import { PermanentError, RetryableError, SnoozeError, type TaskError } from '../core/errors.js';

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

const CHALLENGE = /just a moment|cf-challenge|challenge-platform|attention required|verify you are human|captcha/i;

export function looksLikeChallenge(status: number, headers: { get(name: string): string | null }, body: string): boolean {
  if (headers.get('cf-mitigated') === 'challenge') return true;
  return (status === 403 || status === 503 || status === 429) && CHALLENGE.test(body.slice(0, 20_000));
}

/** Null for a usable answer (2xx), else the typed error to throw. */
export function errorForResponse(status: number, headers: { get(name: string): string | null }, body: string, where: string, nowMs: number): TaskError | null {
  if (status >= 200 && status < 300) {
    return headers.get('cf-mitigated') === 'challenge' ? new RetryableError('blocked', `${where}: bot wall (cf-mitigated: challenge)`) : null;
  }
  if (looksLikeChallenge(status, headers, body)) return new RetryableError('blocked', `${where}: HTTP ${status}, bot wall (challenge page)`);
  const retryAfter = parseRetryAfter(headers.get('retry-after'), nowMs);
  if ((status === 429 || status === 503) && retryAfter !== null) {
    return new SnoozeError('rate_limited', `${where}: HTTP ${status}, retry after ${Math.round(retryAfter / 1000)}s`, retryAfter);
  }
  if (status === 403 || status === 429) return new RetryableError('blocked', `${where}: HTTP ${status}`);
  if (status === 404 || status === 410) return new PermanentError('http_4xx', `${where}: HTTP ${status} (page or board gone)`);
  if (status >= 400 && status < 500) return new PermanentError('http_4xx', `${where}: HTTP ${status}`);
  return new RetryableError('http_5xx', `${where}: HTTP ${status}`);
}
