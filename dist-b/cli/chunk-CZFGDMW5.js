import {
  IS_ADMIN_SQL
} from "./chunk-5V7OUJUP.js";
import {
  derived,
  newToken,
  tokenHash
} from "./chunk-OBJW6WYT.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/auth/sessions.js
var SESSION_MS = 30 * 864e5;
var TOUCH_EVERY_MS = 6e4;
function createSession(store, userId, nowMs) {
  const token = newToken();
  const expiresAt = nowMs + SESSION_MS;
  writeTx(store, () => store.sqlite.prepare("INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)").run(userId, tokenHash(token), nowMs, nowMs, expiresAt));
  return { token, expiresAt };
}
function sessionOf(store, token, nowMs) {
  const row = store.sqlite.prepare(`SELECT s.id, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt, u.id AS userId, u.email,
      ${IS_ADMIN_SQL} AS isAdmin
    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`).get(tokenHash(token));
  if (!row || row.expiresAt <= nowMs)
    return null;
  let expiresAt = row.expiresAt;
  if (nowMs - row.lastSeenAt >= TOUCH_EVERY_MS) {
    expiresAt = nowMs + SESSION_MS;
    writeTx(store, () => store.sqlite.prepare("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?").run(nowMs, expiresAt, row.id));
  }
  return { id: row.id, account: { id: row.userId, email: row.email, isAdmin: Boolean(row.isAdmin) }, expiresAt };
}
function endSession(store, token) {
  writeTx(store, () => store.sqlite.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash(token)));
}
var csrfTokenOf = (sessionToken) => derived(sessionToken, "scoutly csrf");

export {
  SESSION_MS,
  createSession,
  sessionOf,
  endSession,
  csrfTokenOf
};
