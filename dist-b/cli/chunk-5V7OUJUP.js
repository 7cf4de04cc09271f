import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  InputError
} from "./chunk-ICS75TSL.js";

// dist/auth/password.js
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
var PASSWORD_PARAMS = { N: 2 ** 17, r: 8, p: 1 };
var KEY_BYTES = 32;
var SALT_BYTES = 16;
var MIN_PASSWORD_LENGTH = 12;
var MAX_PASSWORD_LENGTH = 1024;
function derive(password, salt, params) {
  const options = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, KEY_BYTES, options, (err, key) => err ? reject(err) : resolve(key)));
}
function passwordProblem(password) {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `a password needs at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one)`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}
async function hashPassword(password, params = PASSWORD_PARAMS) {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}
function parseHash(stored) {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt")
    return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0))
    return null;
  return { params: { N, r, p }, salt: Buffer.from(parts[4], "base64"), key: Buffer.from(parts[5], "base64") };
}
async function verifyPassword(password, stored) {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length === 0 || password.length > MAX_PASSWORD_LENGTH)
    return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}
function needsRehash(stored, params = PASSWORD_PARAMS) {
  const parsed = parseHash(stored);
  return !parsed || parsed.params.N < params.N || parsed.params.r < params.r || parsed.params.p < params.p;
}
var dummy;
async function verifyAgainstNothing(password) {
  dummy ??= hashPassword("no account has this password");
  await verifyPassword(password, await dummy);
  return false;
}

// dist/auth/accounts.js
var IS_ADMIN_SQL = "(u.is_admin = 1 OR u.id = (SELECT MIN(id) FROM users))";
var ACCOUNT_COLUMNS = `u.id, u.email, ${IS_ADMIN_SQL} AS isAdmin`;
var toAccount = (row) => row && { id: row.id, email: row.email, isAdmin: Boolean(row.isAdmin) };
function accountForSignIn(store, email) {
  const row = store.sqlite.prepare(`SELECT ${ACCOUNT_COLUMNS}, u.password_hash AS passwordHash FROM users u WHERE lower(u.email) = lower(?) ORDER BY u.id LIMIT 1`).get(email.trim());
  return row && { ...toAccount(row), passwordHash: row.passwordHash };
}
function requireAccount(store, email) {
  const account = accountForSignIn(store, email);
  if (!account)
    throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email}\``);
  return { id: account.id, email: account.email, isAdmin: account.isAdmin };
}
async function setPassword(store, userId, password, nowMs, also) {
  const problem = passwordProblem(password);
  if (problem)
    throw new InputError(problem);
  const hash = await hashPassword(password);
  return writeTx(store, () => {
    store.sqlite.prepare("UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?").run(hash, nowMs, nowMs, userId);
    store.sqlite.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId);
    return also?.();
  });
}
async function rehashPassword(store, userId, password) {
  const hash = await hashPassword(password);
  writeTx(store, () => store.sqlite.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(hash, userId));
}
function setAdmin(store, userId, admin, nowMs) {
  writeTx(store, () => store.sqlite.prepare("UPDATE users SET is_admin = ?, updated_at = ? WHERE id = ?").run(admin ? 1 : 0, nowMs, userId));
}

export {
  MIN_PASSWORD_LENGTH,
  verifyPassword,
  needsRehash,
  verifyAgainstNothing,
  IS_ADMIN_SQL,
  accountForSignIn,
  requireAccount,
  setPassword,
  rehashPassword,
  setAdmin
};
