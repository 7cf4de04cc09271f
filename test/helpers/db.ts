// Real SQLite files in fresh temporary folders, migrated exactly as production does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { closeStore, MIGRATIONS_DIR, openStore, type Store } from '../../src/db/client.js';

const dirs: string[] = [];

export function tempDir(prefix = 'scoutly-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return join(tempDir(), 'scoutly.db');
}

export function openTestStore(path = tempDbPath()): Promise<Store> {
  return openStore(path);
}

export function cleanupTempDirs(stores: Store[] = []): void {
  for (const s of stores) closeStore(s);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * A database at `path` migrated up to, not including, the migration `tag`, opened as openStore migrates (foreign
 * keys off during the migrations): the database a user upgrading from then has. openStore then applies the rest.
 */
export function databaseBefore(tag: string, path: string): Database.Database {
  const dir = join(tempDir(), 'migrations');
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at <= 0) throw new Error(`no migration ${tag} after the first in ${MIGRATIONS_DIR}`);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = OFF');
  migrate(drizzle(db), { migrationsFolder: dir });
  db.pragma('foreign_keys = ON');
  return db;
}
