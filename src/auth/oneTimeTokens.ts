// Single-use tokens: a setup link (choose a password, 15 minutes) and a digest's action on one match
// (Applied, Not for me). The row binds the purpose, user, match and action; only the token's hash is
// stored, so a changed character, an expired token or a second use finds nothing. Consumption is one
// UPDATE … RETURNING: two requests racing with the same token cannot both succeed.

import { writeTx, type Store } from '../db/client.js';
import type { ApplicationStatus, OneTimePurpose } from '../db/enums.js';
import { newToken, tokenHash } from './tokens.js';

export const SETUP_LINK_MS = 15 * 60_000;
/** A digest's buttons stay usable for a week: long enough to read it, short enough to go stale. */
export const ACTION_TOKEN_MS = 7 * 86_400_000;

export interface OneTimeGrant {
  id: number;
  purpose: OneTimePurpose;
  userId: number;
  email: string;
  savedJobId: number | null;
  action: ApplicationStatus | null;
  expiresAt: number;
}

function create(store: Store, grant: { purpose: OneTimePurpose; userId: number; savedJobId?: number; action?: ApplicationStatus }, nowMs: number, ttlMs: number): string {
  const token = newToken();
  writeTx(store, () => store.sqlite.prepare(`INSERT INTO one_time_tokens (purpose, user_id, saved_job_id, action, token_hash, created_at, expires_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(grant.purpose, grant.userId, grant.savedJobId ?? null, grant.action ?? null, tokenHash(token), nowMs, nowMs + ttlMs));
  return token;
}

export const createSetupToken = (store: Store, userId: number, nowMs: number): string => create(store, { purpose: 'setup', userId }, nowMs, SETUP_LINK_MS);

/** A token that sets one match of one user to one status, once (the digest's action buttons). */
export const createActionToken = (store: Store, grant: { userId: number; savedJobId: number; action: ApplicationStatus }, nowMs: number, ttlMs = ACTION_TOKEN_MS): string =>
  create(store, { purpose: 'action', ...grant }, nowMs, ttlMs);

// Unqualified: SQLite's RETURNING takes no table alias.
const GRANT_COLUMNS = `id, purpose, user_id AS userId, (SELECT u.email FROM users u WHERE u.id = user_id) AS email,
  saved_job_id AS savedJobId, action, expires_at AS expiresAt`;

/** What a token grants while it is unused and unexpired (shown before it is used), else null. */
export function peekToken(store: Store, token: string, purpose: OneTimePurpose, nowMs: number): OneTimeGrant | null {
  return (store.sqlite.prepare(`SELECT ${GRANT_COLUMNS} FROM one_time_tokens
    WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`).get(tokenHash(token), purpose, nowMs) as OneTimeGrant | undefined) ?? null;
}

/** Uses the token up and returns what it grants; null when it is unknown, of another purpose, expired or used. */
export function consumeToken(store: Store, token: string, purpose: OneTimePurpose, nowMs: number): OneTimeGrant | null {
  return writeTx(store, () => (store.sqlite.prepare(`UPDATE one_time_tokens SET used_at = @now
    WHERE token_hash = @hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
    RETURNING ${GRANT_COLUMNS}`).get({ hash: tokenHash(token), purpose, now: nowMs }) as OneTimeGrant | undefined) ?? null);
}
