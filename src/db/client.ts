// Opens the SQLite file with the settings every connection needs (WAL, synchronous=FULL, foreign keys,
// busy timeout) and applies migrations/. Any failure to open or migrate is a DatabaseError (exit 74).

import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError } from '../core/errors.js';
import * as schema from './schema.js';

/** Resolved from this module so it works from src/ (tests) and dist/ (production) alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

export const BUSY_TIMEOUT_MS = 5000;

export interface Store {
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
  path: string;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  readonly?: boolean;
}

export function openStore(path: string, options: OpenOptions = {}): Store {
  let sqlite: Database.Database | undefined;
  try {
    if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
    sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      // FULL: a committed outcome survives power loss; the cost is negligible at a few writes per second.
      sqlite.pragma('synchronous = FULL');
    }
    const db = drizzle(sqlite, { schema });
    if (options.migrate ?? true) applyMigrations(sqlite, db);
    sqlite.pragma('foreign_keys = ON');
    return { sqlite, db, path };
  } catch (err) {
    sqlite?.close();
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`cannot open the database ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * drizzle's migrator wraps all pending migrations in one transaction, where PRAGMA foreign_keys is a
 * no-op, so a generated table rebuild would cascade-delete child rows. Foreign keys are therefore off
 * around migrate() and checked afterwards.
 */
function applyMigrations(sqlite: Database.Database, db: BetterSQLite3Database<typeof schema>): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    throw new DatabaseError(`migration failed: ${(err as Error).message}`, { cause: err });
  }
  const violations = sqlite.pragma('foreign_key_check') as unknown[];
  if (violations.length) throw new DatabaseError(`foreign_key_check failed after migration: ${JSON.stringify(violations.slice(0, 5))}`);
}

/** Runs fn in a BEGIN IMMEDIATE transaction (takes the write lock up front: no upgrade deadlocks). */
export function writeTx<T>(store: Store, fn: () => T): T {
  return store.sqlite.transaction(fn).immediate();
}

export function closeStore(store: Store): void {
  if (store.sqlite.open) store.sqlite.close();
}
