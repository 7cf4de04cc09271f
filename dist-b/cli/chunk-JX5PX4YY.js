import {
  createSession
} from "./chunk-CZFGDMW5.js";
import {
  accountForSignIn,
  needsRehash,
  rehashPassword,
  verifyAgainstNothing,
  verifyPassword
} from "./chunk-5V7OUJUP.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/auth/signIn.js
var SIGN_IN_WINDOW_MS = 15 * 6e4;
var MAX_FAILURES_PER_ACCOUNT = 5;
var MAX_FAILURES_PER_ADDRESS = 10;
function signInLimit(failures, nowMs) {
  const waits = [];
  for (const [times, max] of [[failures.account, MAX_FAILURES_PER_ACCOUNT], [failures.address, MAX_FAILURES_PER_ADDRESS]]) {
    if (times.length < max)
      continue;
    const sorted = [...times].sort((a, b) => b - a);
    waits.push(sorted[max - 1] + SIGN_IN_WINDOW_MS - nowMs);
  }
  return waits.length ? { limited: true, retryAfterMs: Math.max(1e3, ...waits) } : { limited: false };
}
function recentFailures(store, column, value, nowMs) {
  return store.sqlite.prepare(`SELECT created_at AS at FROM sign_in_attempts WHERE ${column} = ? AND succeeded = 0 AND created_at > ?`).all(value, nowMs - SIGN_IN_WINDOW_MS).map((r) => r.at);
}
async function signIn(store, attempt, now) {
  const email = attempt.email.trim().toLowerCase();
  const limit = signInLimit({ account: recentFailures(store, "email", email, now()), address: recentFailures(store, "address", attempt.address, now()) }, now());
  if (limit.limited)
    return { ok: false, reason: "limited", retryAfterMs: limit.retryAfterMs };
  const account = accountForSignIn(store, email);
  const ok = account?.passwordHash ? await verifyPassword(attempt.password, account.passwordHash) : await verifyAgainstNothing(attempt.password);
  const at = now();
  writeTx(store, () => store.sqlite.prepare("INSERT INTO sign_in_attempts (email, address, succeeded, created_at) VALUES (?, ?, ?, ?)").run(email, attempt.address, ok ? 1 : 0, at));
  if (!ok || !account)
    return { ok: false, reason: "invalid" };
  if (needsRehash(account.passwordHash))
    await rehashPassword(store, account.id, attempt.password);
  const session = createSession(store, account.id, at);
  return { ok: true, account: { id: account.id, email: account.email, isAdmin: account.isAdmin }, ...session };
}
function pruneSignInState(store, nowMs) {
  writeTx(store, () => {
    store.sqlite.prepare("DELETE FROM sessions WHERE expires_at <= ?").run(nowMs);
    store.sqlite.prepare("DELETE FROM sign_in_attempts WHERE created_at <= ?").run(nowMs - 864e5);
    store.sqlite.prepare("DELETE FROM one_time_tokens WHERE expires_at <= ?").run(nowMs - 864e5);
  });
}

export {
  signIn,
  pruneSignInState
};
