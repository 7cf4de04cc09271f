// Browser sessions in SQLite: the cookie carries a random token, the table only its hash. Expiry slides
// with use (30 days after the last request); signing out ends one, a new password ends them all. The
// CSRF token is derived from the session's token, so it is bound to the session and needs no storage.

import { writeTx, type Store } from '../db/client.js';
import { IS_ADMIN_SQL, type Account } from './accounts.js';
import { derived, newToken, tokenHash } from './tokens.js';

export const SESSION_MS = 30 * 86_400_000;
/** The sliding expiry is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface Session {
  id: number;
  account: Account;
  expiresAt: number;
}

export function createSession(store: Store, userId: number, nowMs: number): { token: string; expiresAt: number } {
  const token = newToken();
  const expiresAt = nowMs + SESSION_MS;
  writeTx(store, () => store.sqlite
    .prepare('INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .run(userId, tokenHash(token), nowMs, nowMs, expiresAt));
  return { token, expiresAt };
}

/** The live session a cookie's token names (its expiry pushed forward), or null. */
export function sessionOf(store: Store, token: string, nowMs: number): Session | null {
  const row = store.sqlite.prepare(`SELECT s.id, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt, u.id AS userId, u.email,
      ${IS_ADMIN_SQL} AS isAdmin
    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`).get(tokenHash(token)) as
    { id: number; lastSeenAt: number; expiresAt: number; userId: number; email: string; isAdmin: number } | undefined;
  if (!row || row.expiresAt <= nowMs) return null;
  let expiresAt = row.expiresAt;
  if (nowMs - row.lastSeenAt >= TOUCH_EVERY_MS) {
    expiresAt = nowMs + SESSION_MS;
    writeTx(store, () => store.sqlite.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?').run(nowMs, expiresAt, row.id));
  }
  return { id: row.id, account: { id: row.userId, email: row.email, isAdmin: Boolean(row.isAdmin) }, expiresAt };
}

export function endSession(store: Store, token: string): void {
  writeTx(store, () => store.sqlite.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token)));
}

/** The CSRF token of a session: forms carry it, and a request is refused unless it matches. */
export const csrfTokenOf = (sessionToken: string): string => derived(sessionToken, 'scoutly csrf');
