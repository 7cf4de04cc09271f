// Users: the people Scoutly scouts for, with their candidate profile and CV. Thin SQL over better-sqlite3.

import { InputError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import { deriveProfileFromCv } from './cvProfile.js';

export interface UserRow {
  id: number;
  email: string;
  profile: Record<string, unknown> | null;
  cvFileName: string | null;
  cvText: string | null;
}

export interface UserInput {
  email: string;
  profile?: Record<string, unknown> | null;
  cv?: { fileName: string; text: string | null; bytes: Buffer } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function checkEmail(email: string): string | null {
  return EMAIL.test(email) ? null : `"${email}" is not an e-mail address (expected name@example.com)`;
}

/**
 * Adds a user, or updates the profile/CV of an existing one (only what is given). A CV without a profile
 * (none given, none stored, or the stored one derived from an earlier CV) gets a profile derived from it.
 */
export function upsertUser(store: Store, input: UserInput, nowMs: number): { id: number; created: boolean; derivedProfile: boolean } {
  const problem = checkEmail(input.email);
  if (problem) throw new InputError(problem);
  return writeTx(store, () => {
    const existing = store.sqlite.prepare('SELECT id, profile FROM users WHERE email = ?').get(input.email) as { id: number; profile: string | null } | undefined;
    const storedIsDerived = existing?.profile ? (JSON.parse(existing.profile) as { derivedFrom?: string }).derivedFrom === 'cv' : true;
    const derivedProfile = input.profile === undefined && Boolean(input.cv?.text) && storedIsDerived;
    if (derivedProfile) input = { ...input, profile: { ...deriveProfileFromCv(input.cv!.text!, nowMs) } };
    const id = existing?.id ?? Number(store.sqlite
      .prepare('INSERT INTO users (email, created_at, updated_at) VALUES (?, ?, ?)').run(input.email, nowMs, nowMs).lastInsertRowid);
    if (input.profile !== undefined) {
      store.sqlite.prepare('UPDATE users SET profile = ?, updated_at = ? WHERE id = ?')
        .run(input.profile === null ? null : JSON.stringify(input.profile), nowMs, id);
    }
    if (input.cv) {
      store.sqlite.prepare('UPDATE users SET cv_file_name = ?, cv_text = ?, cv_file = ?, updated_at = ? WHERE id = ?').run(
        input.cv.fileName, input.cv.text, JSON.stringify({ encoding: 'base64', data: input.cv.bytes.toString('base64') }), nowMs, id);
    }
    return { id, created: !existing, derivedProfile };
  });
}

/** One user with everything stored about them (the CV's text excepted), for `users show`. */
export function showUser(store: Store, email: string) {
  const row = store.sqlite.prepare(`SELECT u.id, u.email, u.profile, u.cv_file_name AS cvFileName, length(u.cv_text) AS cvChars,
      (SELECT COUNT(*) FROM preferences p WHERE p.user_id = u.id AND p.tracking = 1) AS tracking FROM users u WHERE u.email = ?`).get(email) as
    { id: number; email: string; profile: string | null; cvFileName: string | null; cvChars: number | null; tracking: number } | undefined;
  if (!row) throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email} --cv CV.pdf\``);
  return { ...row, profile: row.profile === null ? null : (JSON.parse(row.profile) as Record<string, unknown>) };
}

export function listUsers(store: Store) {
  return store.sqlite
    .prepare(`SELECT u.id, u.email, u.profile IS NOT NULL AS hasProfile, u.cv_file_name AS cvFileName,
        (SELECT COUNT(*) FROM preferences p WHERE p.user_id = u.id AND p.tracking = 1) AS tracking
      FROM users u ORDER BY u.email`)
    .all() as { id: number; email: string; hasProfile: number; cvFileName: string | null; tracking: number }[];
}

function toUser(row: Record<string, unknown> | undefined): UserRow | undefined {
  if (!row) return undefined;
  return { ...(row as unknown as UserRow), profile: row.profile === null ? null : (JSON.parse(String(row.profile)) as Record<string, unknown>) };
}

const USER_COLUMNS = 'id, email, profile, cv_file_name AS cvFileName, cv_text AS cvText';

/** The user a command means: the one named, else the only one. */
export function resolveUser(store: Store, email: string | undefined): UserRow {
  if (email) {
    const user = toUser(store.sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(email) as Record<string, unknown> | undefined);
    if (!user) throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email}\``);
    return user;
  }
  const all = store.sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT 2`).all() as Record<string, unknown>[];
  if (all.length === 1) return toUser(all[0])!;
  if (all.length === 0) throw new InputError('no user yet; add one with `scoutly users add EMAIL`, or pass --user EMAIL');
  const n = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  throw new InputError(`there are ${n} users; say which with --user EMAIL`);
}

/** What a user is scored on: the stored profile (JSON) and the CV text; undefined when the user is gone. */
export function scoringInputOf(store: Store, userId: number): { profile: unknown; cvText: string | null } | undefined {
  const row = store.sqlite.prepare('SELECT profile, cv_text AS cvText FROM users WHERE id = ?').get(userId) as
    { profile: string | null; cvText: string | null } | undefined;
  return row && { profile: row.profile ? (JSON.parse(row.profile) as unknown) : null, cvText: row.cvText };
}
