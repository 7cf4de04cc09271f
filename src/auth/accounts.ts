// Who may sign in and what they may do: a user's password (set, checked) and admin flag. The first
// user is an admin whatever the flag says, so a fresh install always has one.

import { InputError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import { hashPassword, passwordProblem } from './password.js';

export interface Account {
  id: number;
  email: string;
  isAdmin: boolean;
}

/** Whether the user `u` is an admin: flagged so, or the first user. */
export const IS_ADMIN_SQL = '(u.is_admin = 1 OR u.id = (SELECT MIN(id) FROM users))';
const ACCOUNT_COLUMNS = `u.id, u.email, ${IS_ADMIN_SQL} AS isAdmin`;

const toAccount = (row: { id: number; email: string; isAdmin: number } | undefined): Account | undefined =>
  row && { id: row.id, email: row.email, isAdmin: Boolean(row.isAdmin) };

export function accountById(store: Store, id: number): Account | undefined {
  return toAccount(store.sqlite.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.id = ?`).get(id) as never);
}

/** An account by e-mail (case-insensitive, as people type it), with its password hash for sign-in. */
export function accountForSignIn(store: Store, email: string): (Account & { passwordHash: string | null }) | undefined {
  const row = store.sqlite.prepare(`SELECT ${ACCOUNT_COLUMNS}, u.password_hash AS passwordHash FROM users u WHERE lower(u.email) = lower(?) ORDER BY u.id LIMIT 1`)
    .get(email.trim()) as { id: number; email: string; isAdmin: number; passwordHash: string | null } | undefined;
  return row && { ...toAccount(row)!, passwordHash: row.passwordHash };
}

export function requireAccount(store: Store, email: string): Account {
  const account = accountForSignIn(store, email);
  if (!account) throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email}\``);
  return { id: account.id, email: account.email, isAdmin: account.isAdmin };
}

/**
 * Stores a new password hash and ends every session of the user (a changed password signs out
 * everywhere). `also` runs in the same transaction (the setup link's consumption, a new session).
 */
export async function setPassword<T>(store: Store, userId: number, password: string, nowMs: number, also?: () => T): Promise<T | undefined> {
  const problem = passwordProblem(password);
  if (problem) throw new InputError(problem);
  const hash = await hashPassword(password);
  return writeTx(store, () => {
    store.sqlite.prepare('UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?').run(hash, nowMs, nowMs, userId);
    store.sqlite.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    return also?.();
  });
}

/** Replaces the hash of a password that was just verified (its parameters were weaker than today's). */
export async function rehashPassword(store: Store, userId: number, password: string): Promise<void> {
  const hash = await hashPassword(password);
  writeTx(store, () => store.sqlite.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId));
}

export function setAdmin(store: Store, userId: number, admin: boolean, nowMs: number): void {
  writeTx(store, () => store.sqlite.prepare('UPDATE users SET is_admin = ?, updated_at = ? WHERE id = ?').run(admin ? 1 : 0, nowMs, userId));
}
