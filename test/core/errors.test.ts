import { describe, expect, it } from 'vitest';
import { classify, PermanentError, RetryableError, SnoozeError, UnavailableError } from '../../src/core/errors.js';

describe('classify', () => {
  it.each([
    ['a retryable HTTP 5xx', new RetryableError('http_5xx', 'HTTP 503'), 'http_5xx', 'retry', true],
    ['a permanent 404', new PermanentError('http_4xx', 'HTTP 404'), 'http_4xx', 'permanent', true],
    ['a rate limit', new SnoozeError('rate_limited', 'HTTP 429', 30_000), 'rate_limited', 'snooze', false],
    ['an outage for everyone', new UnavailableError('all down'), 'network', 'unavailable', false],
    ['an unknown handler', new PermanentError('no_handler', 'none'), 'no_handler', 'permanent', false],
    ['a timeout signal', Object.assign(new Error('t'), { name: 'TimeoutError' }), 'timeout', 'retry', true],
    ['a refused connection', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), 'network', 'retry', true],
    ['a fetch failure with a DNS cause', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }), 'network', 'retry', true],
    ['a SQLite error', Object.assign(new Error('disk I/O error'), { name: 'SqliteError' }), 'database', 'fatal', false],
    ['a bug', new TypeError('undefined is not a function'), 'internal', 'retry', false],
    ['a thrown string', 'oops', 'internal', 'retry', false],
  ])('%s', (_name, err, kind, disposition, blamesCompany) => {
    const c = classify(err);
    expect(c).toMatchObject({ kind, disposition, blamesCompany });
  });

  it('keeps the snooze delay', () => {
    expect(classify(new SnoozeError('quota', 'q', 36_000)).delayMs).toBe(36_000);
  });

  it('hands the attempt back whatever was thrown when the tick is stopping', () => {
    const c = classify(new RetryableError('http_5xx', 'x'), true);
    expect(c).toMatchObject({ kind: 'interrupted', disposition: 'interrupted', blamesCompany: false });
  });

  it('never lets a secret through the message', () => {
    const key = 'AIzaSyA1234567890abcdefghijklmnopqrstu';
    const c = classify(new Error(`GET https://user:hunter2@x.example/?key=${key} failed; token abc-secret-value`), false, ['abc-secret-value']);
    expect(c.message).not.toContain(key);
    expect(c.message).not.toContain('hunter2');
    expect(c.message).not.toContain('abc-secret-value');
  });
});
