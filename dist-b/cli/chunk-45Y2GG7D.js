import {
  IS_ADMIN_SQL
} from "./chunk-5V7OUJUP.js";
import {
  newToken,
  tokenHash
} from "./chunk-OBJW6WYT.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/auth/apiTokens.js
var API_TOKEN_PREFIX = "scoutly_";
var TOUCH_EVERY_MS = 6e4;
function createApiToken(store, userId, name, nowMs) {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const id = writeTx(store, () => Number(store.sqlite.prepare("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)").run(userId, name, tokenHash(token), nowMs).lastInsertRowid));
  return { id, token };
}
function listApiTokens(store, userId) {
  return store.sqlite.prepare(`SELECT id, name, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt
    FROM api_tokens WHERE user_id = ? ORDER BY id`).all(userId);
}
function revokeApiToken(store, userId, id, nowMs) {
  return writeTx(store, () => store.sqlite.prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL").run(nowMs, id, userId).changes > 0);
}
function apiTokenAccount(store, token, nowMs) {
  if (!token.startsWith(API_TOKEN_PREFIX))
    return null;
  const row = store.sqlite.prepare(`SELECT t.id AS tokenId, t.last_used_at AS lastUsedAt, u.id, u.email,
      ${IS_ADMIN_SQL} AS isAdmin
    FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL`).get(tokenHash(token));
  if (!row)
    return null;
  if (row.lastUsedAt === null || nowMs - row.lastUsedAt >= TOUCH_EVERY_MS) {
    writeTx(store, () => store.sqlite.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").run(nowMs, row.tokenId));
  }
  return { id: row.id, email: row.email, isAdmin: Boolean(row.isAdmin) };
}

export {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  apiTokenAccount
};
