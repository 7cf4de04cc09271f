// The identity rules: password hashes (scrypt at OWASP's parameters, stored with them), the sign-in
// limit's arithmetic, and tokens stored only as hashes.
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, passwordProblem, PASSWORD_PARAMS, verifyPassword } from '../../src/auth/password.js';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS, signInLimit } from '../../src/auth/signIn.js';
import { derived, newToken, sameSecret, tokenHash } from '../../src/auth/tokens.js';

describe('passwords', () => {
  it('hashes with scrypt at N=2^17, r=8, p=1, a fresh salt each time, and verifies only the same password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', a)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', 'bcrypt$garbage')).toBe(false);
    expect(await verifyPassword('correct horse battery staple', a.replace(/\$[^$]+$/, '$'))).toBe(false);
  });

  it('reads the parameters stored with an old hash, and says when it should be hashed again', async () => {
    const weak = await hashPassword('an older passphrase', { N: 2 ** 14, r: 8, p: 1 });
    expect(await verifyPassword('an older passphrase', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('a current one here'))).toBe(false);
    expect(PASSWORD_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
  });

  it('asks for length, nothing else', () => {
    expect(passwordProblem('short')).toContain('at least 12');
    expect(passwordProblem('all lower case words')).toBeNull();
    expect(passwordProblem('x'.repeat(1025))).toContain('at most 1024');
  });
});

describe('the sign-in limit', () => {
  const now = 10 * SIGN_IN_WINDOW_MS;
  const times = (n: number, start: number) => Array.from({ length: n }, (_, i) => start + i * 1000);

  it('allows fewer failures than the limit, per account and per address', () => {
    expect(signInLimit({ account: times(MAX_FAILURES_PER_ACCOUNT - 1, now - 60_000), address: times(MAX_FAILURES_PER_ADDRESS - 1, now - 60_000) }, now)).toEqual({ limited: false });
  });

  it('refuses at the limit until enough failures have left the window', () => {
    const account = times(MAX_FAILURES_PER_ACCOUNT, now - 60_000);
    const r = signInLimit({ account, address: [] }, now);
    expect(r).toEqual({ limited: true, retryAfterMs: account[0]! + SIGN_IN_WINDOW_MS - now });
    expect(signInLimit({ account, address: [] }, account[0]! + SIGN_IN_WINDOW_MS + 1)).toEqual({ limited: true, retryAfterMs: 1000 });
    // The caller asks only for failures inside the window: once the oldest has left it, the count is below the limit.
    expect(signInLimit({ account: account.slice(1), address: [] }, account[0]! + SIGN_IN_WINDOW_MS + 1)).toEqual({ limited: false });
  });

  it('the address limit counts failures on every account', () => {
    const r = signInLimit({ account: [], address: times(MAX_FAILURES_PER_ADDRESS, now - SIGN_IN_WINDOW_MS + 5000) }, now);
    expect(r.limited).toBe(true);
  });
});

describe('tokens', () => {
  it('are 256 random bits, stored as their SHA-256, compared in constant time; derived values differ by purpose', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(t);
    expect(tokenHash(t)).not.toContain(t);
    expect(tokenHash(t)).toBe(tokenHash(t));
    expect(derived(t, 'csrf')).not.toBe(derived(t, 'other'));
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });
});
