// Signing in with an e-mail address and a password, rate-limited per account and per client address.
// Attempts are rows in SQLite (the web service exits when idle, so a count in memory would forget):
// too many failures inside the window refuse every try, the right password too, until the oldest
// failure leaves the window. Refused tries are not counted, so an attack cannot extend the lock forever.

import { writeTx, type Store } from '../db/client.js';
import { accountForSignIn, rehashPassword, type Account } from './accounts.js';
import { needsRehash, verifyAgainstNothing, verifyPassword } from './password.js';
import { createSession } from './sessions.js';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** A person mistypes a few times; a guesser needs thousands. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** One address may be a household behind one router: more room than one account, still no guessing. */
export const MAX_FAILURES_PER_ADDRESS = 10;

export type SignInResult =
  | { ok: true; account: Account; token: string; expiresAt: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'limited'; retryAfterMs: number };

/**
 * The rule: given the times of the failures inside the window (per account, per address), whether a try
 * is refused and for how long. Pure.
 */
export function signInLimit(failures: { account: readonly number[]; address: readonly number[] }, nowMs: number): { limited: false } | { limited: true; retryAfterMs: number } {
  const waits: number[] = [];
  for (const [times, max] of [[failures.account, MAX_FAILURES_PER_ACCOUNT], [failures.address, MAX_FAILURES_PER_ADDRESS]] as const) {
    if (times.length < max) continue;
    // The try is allowed again once enough failures have left the window that fewer than `max` remain.
    const sorted = [...times].sort((a, b) => b - a);
    waits.push(sorted[max - 1]! + SIGN_IN_WINDOW_MS - nowMs);
  }
  return waits.length ? { limited: true, retryAfterMs: Math.max(1000, ...waits) } : { limited: false };
}

function recentFailures(store: Store, column: 'email' | 'address', value: string, nowMs: number): number[] {
  return (store.sqlite.prepare(`SELECT created_at AS at FROM sign_in_attempts WHERE ${column} = ? AND succeeded = 0 AND created_at > ?`)
    .all(value, nowMs - SIGN_IN_WINDOW_MS) as { at: number }[]).map((r) => r.at);
}

export async function signIn(store: Store, attempt: { email: string; password: string; address: string }, now: () => number): Promise<SignInResult> {
  const email = attempt.email.trim().toLowerCase();
  const limit = signInLimit({ account: recentFailures(store, 'email', email, now()), address: recentFailures(store, 'address', attempt.address, now()) }, now());
  if (limit.limited) return { ok: false, reason: 'limited', retryAfterMs: limit.retryAfterMs };
  const account = accountForSignIn(store, email);
  const ok = account?.passwordHash ? await verifyPassword(attempt.password, account.passwordHash) : await verifyAgainstNothing(attempt.password);
  const at = now();
  writeTx(store, () => store.sqlite.prepare('INSERT INTO sign_in_attempts (email, address, succeeded, created_at) VALUES (?, ?, ?, ?)')
    .run(email, attempt.address, ok ? 1 : 0, at));
  if (!ok || !account) return { ok: false, reason: 'invalid' };
  if (needsRehash(account.passwordHash!)) await rehashPassword(store, account.id, attempt.password);
  const session = createSession(store, account.id, at);
  return { ok: true, account: { id: account.id, email: account.email, isAdmin: account.isAdmin }, ...session };
}

/** Forgets what no rule needs any more: ended sessions, old attempts, used or expired one-time tokens. */
export function pruneSignInState(store: Store, nowMs: number): void {
  writeTx(store, () => {
    store.sqlite.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(nowMs);
    store.sqlite.prepare('DELETE FROM sign_in_attempts WHERE created_at <= ?').run(nowMs - 86_400_000);
    store.sqlite.prepare('DELETE FROM one_time_tokens WHERE expires_at <= ?').run(nowMs - 86_400_000);
  });
}
