import {
  newToken,
  tokenHash
} from "./chunk-OBJW6WYT.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/auth/oneTimeTokens.js
var SETUP_LINK_MS = 15 * 6e4;
var ACTION_TOKEN_MS = 7 * 864e5;
function create(store, grant, nowMs, ttlMs) {
  const token = newToken();
  writeTx(store, () => store.sqlite.prepare(`INSERT INTO one_time_tokens (purpose, user_id, saved_job_id, action, token_hash, created_at, expires_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(grant.purpose, grant.userId, grant.savedJobId ?? null, grant.action ?? null, tokenHash(token), nowMs, nowMs + ttlMs));
  return token;
}
var createSetupToken = (store, userId, nowMs) => create(store, { purpose: "setup", userId }, nowMs, SETUP_LINK_MS);
var createActionToken = (store, grant, nowMs, ttlMs = ACTION_TOKEN_MS) => create(store, { purpose: "action", ...grant }, nowMs, ttlMs);
var GRANT_COLUMNS = `id, purpose, user_id AS userId, (SELECT u.email FROM users u WHERE u.id = user_id) AS email,
  saved_job_id AS savedJobId, action, expires_at AS expiresAt`;
function peekToken(store, token, purpose, nowMs) {
  return store.sqlite.prepare(`SELECT ${GRANT_COLUMNS} FROM one_time_tokens
    WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`).get(tokenHash(token), purpose, nowMs) ?? null;
}
function consumeToken(store, token, purpose, nowMs) {
  return writeTx(store, () => store.sqlite.prepare(`UPDATE one_time_tokens SET used_at = @now
    WHERE token_hash = @hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
    RETURNING ${GRANT_COLUMNS}`).get({ hash: tokenHash(token), purpose, now: nowMs }) ?? null);
}

export {
  SETUP_LINK_MS,
  createSetupToken,
  createActionToken,
  peekToken,
  consumeToken
};
