// Opens the SQLite file with the settings every connection needs (WAL, synchronous=FULL, foreign keys,
// busy timeout) and applies pending migrations/. Any failure to open or migrate is a DatabaseError (exit 74).
// Runtime queries are plain SQL over better-sqlite3; drizzle is loaded only when a migration is pending.

import type Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError } from '../core/errors.js';
import { oncePer } from '../core/memo.js';

/** Resolved from this module so it works from src/ (tests) and dist/ (production) alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

export const BUSY_TIMEOUT_MS = 5000;

/**
 * The SQLite driver for this Node. better-sqlite3 13 is built on Node-API 10 (Node ≥ 22.14) and crashes
 * below it; 12 subclasses node::ObjectWrap, which Node 24 changed, and aborts there at exit or in GC.
 * So: 13 (the optional `better-sqlite3-napi`, installed by npm only where its engines match) when Node
 * has Node-API 10, else 12. This is the one place that loads either.
 */
export async function sqliteDriver(): Promise<typeof Database> {
  return (await loadDriver()).Database;
}

/** Which driver was picked, for doctor: "better-sqlite3 13 (Node-API)". */
export async function sqliteDriverName(): Promise<string> {
  return (await loadDriver()).name;
}

let driver: Promise<{ Database: typeof Database; name: string }> | undefined;
function loadDriver() {
  driver ??= (async () => {
    if (Number(process.versions.napi ?? 0) >= 10) {
      try {
        // Required, not imported: the package is CommonJS, and import() would start the ES module loader and
        // its CommonJS lexer on every tick. Optional, so it may be absent on this machine (the catch).
        const napi = createRequire(import.meta.url)('better-sqlite3-napi') as typeof Database;
        return { Database: withAddon(napi, addonOf('better-sqlite3-napi')), name: 'better-sqlite3 13 (Node-API)' };
      } catch {
        // Installed before Node was upgraded (npm ci again installs it): 12 still opens the file.
      }
    }
    return { Database: withAddon((await import('better-sqlite3')).default, addonOf('better-sqlite3')), name: 'better-sqlite3 12' };
  })();
  return driver;
}

/**
 * The package's compiled addon, named outright: without it better-sqlite3 finds it with the `bindings`
 * package, which probes a dozen paths and stats each at every start (and cannot find it from inside the
 * CLI's bundle). Undefined when the package keeps it elsewhere: the default lookup then runs.
 */
function addonOf(pkg: string): string | undefined {
  const path = join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'build', 'Release', 'better_sqlite3.node');
  return existsSync(path) ? path : undefined;
}

function withAddon(Base: typeof Database, nativeBinding: string | undefined): typeof Database {
  if (!nativeBinding) return Base;
  return class extends Base {
    constructor(file?: string | Buffer, options: Database.Options = {}) {
      super(file, { nativeBinding, ...options });
    }
  } as typeof Database;
}

export interface Store {
  sqlite: Database.Database;
  path: string;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  readonly?: boolean;
}

export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  let sqlite: Database.Database | undefined;
  try {
    if (path !== ':memory:' && !options.readonly) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // The file holds CVs, profiles and e-mail addresses: private whatever the umask (SQLite gives its
      // -wal and -shm files the database file's mode).
      try {
        closeSync(openSync(path, 'wx', 0o600));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    const Database = await sqliteDriver();
    sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      // FULL: a committed outcome survives power loss; the cost is negligible at a few writes per second.
      sqlite.pragma('synchronous = FULL');
    }
    if ((options.migrate ?? true) && pendingMigrations(sqlite) > 0) await applyMigrations(sqlite);
    sqlite.pragma('foreign_keys = ON');
    return { sqlite, path };
  } catch (err) {
    sqlite?.close();
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`cannot open the database ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** How many migrations in migrations/ the database has not applied (drizzle's journal vs its table). */
const hasMigrationsTable = (sqlite: Database.Database) =>
  Boolean(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get());

export function pendingMigrations(sqlite: Database.Database): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  if (!hasMigrationsTable(sqlite)) return journal.entries.length;
  const last = (sqlite.prepare('SELECT MAX(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null }).at ?? 0;
  // drizzle applies an entry when its `when` is newer than the last applied one; count the same way.
  return journal.entries.filter((e) => e.when > last).length;
}

/** The number of migrations applied: the schema version `scoutly migrate` reports. */
export function schemaVersion(sqlite: Database.Database): number {
  return hasMigrationsTable(sqlite) ? (sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
}

/**
 * drizzle's migrator wraps all pending migrations in one transaction, where PRAGMA foreign_keys is a
 * no-op, so a generated table rebuild would cascade-delete child rows. Foreign keys are therefore off
 * around migrate() and checked afterwards.
 */
async function applyMigrations(sqlite: Database.Database): Promise<void> {
  const [{ drizzle }, { migrate }] = await Promise.all([import('drizzle-orm/better-sqlite3'), import('drizzle-orm/better-sqlite3/migrator')]);
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    throw new DatabaseError(`migration failed: ${(err as Error).message}`, { cause: err });
  }
  const violations = sqlite.pragma('foreign_key_check') as unknown[];
  if (violations.length) throw new DatabaseError(`foreign_key_check failed after migration: ${JSON.stringify(violations.slice(0, 5))}`);
}

/** PRAGMA synchronous = NORMAL. */
export const SYNCHRONOUS_NORMAL = 1;

/**
 * A connection's transaction and durability statements, prepared once: the queue's hot path runs them for
 * every claim and outcome (better-sqlite3's transaction() builds four wrappers per call, pragma() prepares anew).
 */
const control = oncePer((sqlite: Database.Database) => ({
  begin: sqlite.prepare('BEGIN IMMEDIATE'),
  commit: sqlite.prepare('COMMIT'),
  rollback: sqlite.prepare('ROLLBACK'),
  savepoint: sqlite.prepare('SAVEPOINT scoutly'),
  release: sqlite.prepare('RELEASE scoutly'),
  rollbackTo: sqlite.prepare('ROLLBACK TO scoutly'),
  synchronous: new Map<number, Database.Statement>(),
}));

function setSynchronous(sqlite: Database.Database, level: number): void {
  const statements = control(sqlite).synchronous;
  let stmt = statements.get(level);
  if (!stmt) statements.set(level, (stmt = sqlite.prepare(`PRAGMA synchronous = ${level}`)));
  stmt.run();
}

/**
 * Runs fn with synchronous=NORMAL: its commits reach the WAL (which survives the process dying) without
 * waiting for the disk; only a power cut can lose them. The callers say why that is safe for what they write.
 * `durability` is the store's own setting when the caller knows it (a hot path spares the PRAGMA read).
 */
export function withoutDiskWait<T>(store: Store, fn: () => T, durability = store.sqlite.pragma('synchronous', { simple: true }) as number): T {
  if (durability <= SYNCHRONOUS_NORMAL) return fn();
  setSynchronous(store.sqlite, SYNCHRONOUS_NORMAL);
  try {
    return fn();
  } finally {
    setSynchronous(store.sqlite, durability);
  }
}

/**
 * Runs fn in a BEGIN IMMEDIATE transaction (takes the write lock up front: no upgrade deadlocks); inside
 * another transaction, in a savepoint of its own. An error undoes fn's writes and is rethrown.
 */
export function writeTx<T>(store: Store, fn: () => T): T {
  const { sqlite } = store;
  const s = control(sqlite);
  const nested = sqlite.inTransaction;
  (nested ? s.savepoint : s.begin).run();
  try {
    const result = fn();
    if (result instanceof Promise) throw new TypeError('a transaction cannot wait: its function returned a promise');
    (nested ? s.release : s.commit).run();
    return result;
  } catch (err) {
    // SQLite may have rolled back already (a full disk, an interrupt): undo only what is still open.
    if (sqlite.inTransaction) {
      if (nested) {
        s.rollbackTo.run();
        s.release.run();
      } else {
        s.rollback.run();
      }
    }
    throw err;
  }
}

export function closeStore(store: Store): void {
  if (store.sqlite.open) store.sqlite.close();
}

/** Pages of WAL a tick may gather before SQLite checkpoints on its own (≈ 40 MiB): a safety net, not the rule. */
export const TICK_CHECKPOINT_PAGES = 10_000;

/**
 * Takes WAL checkpoints out of the claim path for a tick: SQLite's automatic one (every 1,000 pages, run by
 * whichever commit crosses the line, a claim as often as not) waits until TICK_CHECKPOINT_PAGES, and the
 * returned step checkpoints once, passively (never waiting on a reader), when the tick is done.
 */
export function deferCheckpoints(store: Store): () => void {
  const before = store.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  store.sqlite.pragma(`wal_autocheckpoint = ${TICK_CHECKPOINT_PAGES}`);
  return () => {
    store.sqlite.pragma(`wal_autocheckpoint = ${before}`);
    store.sqlite.pragma('wal_checkpoint(PASSIVE)');
  };
}
