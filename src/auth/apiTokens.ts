// API tokens for scripts (`scoutly users token`): shown once, stored as a hash, revocable by id. A
// bearer token is no ambient credential, so API calls that carry one need no CSRF token.

import { writeTx, type Store } from '../db/client.js';
import { IS_ADMIN_SQL, type Account } from './accounts.js';
import { newToken, tokenHash } from './tokens.js';

/** Recognisable in a leak (secret scanners, logs): `scoutly_` and 43 random characters. */
export const API_TOKEN_PREFIX = 'scoutly_';
const TOUCH_EVERY_MS = 60_000;

export interface ApiTokenInfo {
  id: number;
  name: string | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export function createApiToken(store: Store, userId: number, name: string | null, nowMs: number): { id: number; token: string } {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const id = writeTx(store, () => Number(store.sqlite
    .prepare('INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)').run(userId, name, tokenHash(token), nowMs).lastInsertRowid));
  return { id, token };
}

export function listApiTokens(store: Store, userId: number): ApiTokenInfo[] {
  return store.sqlite.prepare(`SELECT id, name, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt
    FROM api_tokens WHERE user_id = ? ORDER BY id`).all(userId) as ApiTokenInfo[];
}

/** Revokes one of the user's tokens; false when the user has no live token with that id. */
export function revokeApiToken(store: Store, userId: number, id: number, nowMs: number): boolean {
  return writeTx(store, () => store.sqlite
    .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL').run(nowMs, id, userId).changes > 0);
}

/** The account a bearer token belongs to, or null (unknown or revoked). */
export function apiTokenAccount(store: Store, token: string, nowMs: number): Account | null {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = store.sqlite.prepare(`SELECT t.id AS tokenId, t.last_used_at AS lastUsedAt, u.id, u.email,
      ${IS_ADMIN_SQL} AS isAdmin
    FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL`).get(tokenHash(token)) as
    { tokenId: number; lastUsedAt: number | null; id: number; email: string; isAdmin: number } | undefined;
  if (!row) return null;
  if (row.lastUsedAt === null || nowMs - row.lastUsedAt >= TOUCH_EVERY_MS) {
    writeTx(store, () => store.sqlite.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(nowMs, row.tokenId));
  }
  return { id: row.id, email: row.email, isAdmin: Boolean(row.isAdmin) };
}
