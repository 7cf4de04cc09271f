// Users: the people Scoutly scouts for, with their candidate profile and CV. Thin I/O over drizzle.

import { asc, eq, sql } from 'drizzle-orm';
import { InputError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import { users } from '../db/schema.js';

export type UserRow = typeof users.$inferSelect;

export interface UserInput {
  email: string;
  profile?: Record<string, unknown> | null;
  cv?: { fileName: string; text: string | null; bytes: Buffer } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function checkEmail(email: string): string | null {
  return EMAIL.test(email) ? null : `"${email}" is not an e-mail address (expected name@example.com)`;
}

/** Adds a user, or updates the profile/CV of an existing one (only what is given). */
export function upsertUser(store: Store, input: UserInput, nowMs: number): { id: number; created: boolean } {
  const problem = checkEmail(input.email);
  if (problem) throw new InputError(problem);
  return writeTx(store, () => {
    const set: Partial<typeof users.$inferInsert> = { updatedAt: nowMs };
    if (input.profile !== undefined) set.profile = input.profile;
    if (input.cv) {
      set.cvFileName = input.cv.fileName;
      set.cvText = input.cv.text;
      set.cvFile = { encoding: 'base64', data: input.cv.bytes.toString('base64') };
    }
    const existing = store.db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (existing) {
      store.db.update(users).set(set).where(eq(users.id, existing.id)).run();
      return { id: existing.id, created: false };
    }
    const row = store.db.insert(users).values({ email: input.email, createdAt: nowMs, ...set, updatedAt: nowMs })
      .returning({ id: users.id }).get();
    return { id: row.id, created: true };
  });
}

export function listUsers(store: Store) {
  return store.sqlite
    .prepare(`SELECT u.id, u.email, u.profile IS NOT NULL AS hasProfile, u.cv_file_name AS cvFileName,
        (SELECT COUNT(*) FROM preferences p WHERE p.user_id = u.id AND p.tracking = 1) AS tracking
      FROM users u ORDER BY u.email`)
    .all() as { id: number; email: string; hasProfile: number; cvFileName: string | null; tracking: number }[];
}

/** The user a command means: the one named, else the only one. */
export function resolveUser(store: Store, email: string | undefined): UserRow {
  if (email) {
    const user = store.db.select().from(users).where(eq(users.email, email)).get();
    if (!user) throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email}\``);
    return user;
  }
  const all = store.db.select().from(users).orderBy(asc(users.id)).limit(2).all();
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new InputError('no user yet; add one with `scoutly users add EMAIL`, or pass --user EMAIL');
  const n = store.db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
  throw new InputError(`there are ${n} users; say which with --user EMAIL`);
}
