import {
  oncePer
} from "./chunk-YU7T37VA.js";
import {
  DatabaseError
} from "./chunk-ICS75TSL.js";

// dist/db/client.js
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations", import.meta.url));
var BUSY_TIMEOUT_MS = 5e3;
async function sqliteDriver() {
  return (await loadDriver()).Database;
}
async function sqliteDriverName() {
  return (await loadDriver()).name;
}
var driver;
function loadDriver() {
  driver ??= (async () => {
    if (Number(process.versions.napi ?? 0) >= 10) {
      try {
        const napi = "better-sqlite3-napi";
        return { Database: (await import(napi)).default, name: "better-sqlite3 13 (Node-API)" };
      } catch {
      }
    }
    return { Database: (await import("better-sqlite3")).default, name: "better-sqlite3 12" };
  })();
  return driver;
}
async function openStore(path, options = {}) {
  let sqlite;
  try {
    if (path !== ":memory:" && !options.readonly) {
      mkdirSync(dirname(path), { recursive: true, mode: 448 });
      try {
        closeSync(openSync(path, "wx", 384));
      } catch (err) {
        if (err.code !== "EEXIST")
          throw err;
      }
    }
    const Database = await sqliteDriver();
    sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("synchronous = FULL");
    }
    if ((options.migrate ?? true) && pendingMigrations(sqlite) > 0)
      await applyMigrations(sqlite);
    sqlite.pragma("foreign_keys = ON");
    return { sqlite, path };
  } catch (err) {
    sqlite?.close();
    if (err instanceof DatabaseError)
      throw err;
    throw new DatabaseError(`cannot open the database ${path}: ${err.message}`, { cause: err });
  }
}
var hasMigrationsTable = (sqlite) => Boolean(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get());
function pendingMigrations(sqlite) {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8"));
  if (!hasMigrationsTable(sqlite))
    return journal.entries.length;
  const last = sqlite.prepare("SELECT MAX(created_at) AS at FROM __drizzle_migrations").get().at ?? 0;
  return journal.entries.filter((e) => e.when > last).length;
}
function schemaVersion(sqlite) {
  return hasMigrationsTable(sqlite) ? sqlite.prepare("SELECT COUNT(*) AS n FROM __drizzle_migrations").get().n : 0;
}
async function applyMigrations(sqlite) {
  const [{ drizzle }, { migrate }] = await Promise.all([import("./better-sqlite3-T5BTJJFQ.js"), import("./migrator-APCD73EX.js")]);
  sqlite.pragma("foreign_keys = OFF");
  try {
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    throw new DatabaseError(`migration failed: ${err.message}`, { cause: err });
  }
  const violations = sqlite.pragma("foreign_key_check");
  if (violations.length)
    throw new DatabaseError(`foreign_key_check failed after migration: ${JSON.stringify(violations.slice(0, 5))}`);
}
var SYNCHRONOUS_NORMAL = 1;
var control = oncePer((sqlite) => ({
  begin: sqlite.prepare("BEGIN IMMEDIATE"),
  commit: sqlite.prepare("COMMIT"),
  rollback: sqlite.prepare("ROLLBACK"),
  savepoint: sqlite.prepare("SAVEPOINT scoutly"),
  release: sqlite.prepare("RELEASE scoutly"),
  rollbackTo: sqlite.prepare("ROLLBACK TO scoutly"),
  synchronous: /* @__PURE__ */ new Map()
}));
function setSynchronous(sqlite, level) {
  const statements = control(sqlite).synchronous;
  let stmt = statements.get(level);
  if (!stmt)
    statements.set(level, stmt = sqlite.prepare(`PRAGMA synchronous = ${level}`));
  stmt.run();
}
function withoutDiskWait(store, fn, durability = store.sqlite.pragma("synchronous", { simple: true })) {
  if (durability <= SYNCHRONOUS_NORMAL)
    return fn();
  setSynchronous(store.sqlite, SYNCHRONOUS_NORMAL);
  try {
    return fn();
  } finally {
    setSynchronous(store.sqlite, durability);
  }
}
function writeTx(store, fn) {
  const { sqlite } = store;
  const s = control(sqlite);
  const nested = sqlite.inTransaction;
  (nested ? s.savepoint : s.begin).run();
  try {
    const result = fn();
    if (result instanceof Promise)
      throw new TypeError("a transaction cannot wait: its function returned a promise");
    (nested ? s.release : s.commit).run();
    return result;
  } catch (err) {
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
function closeStore(store) {
  if (store.sqlite.open)
    store.sqlite.close();
}
var TICK_CHECKPOINT_PAGES = 1e4;
function deferCheckpoints(store) {
  const before = store.sqlite.pragma("wal_autocheckpoint", { simple: true });
  store.sqlite.pragma(`wal_autocheckpoint = ${TICK_CHECKPOINT_PAGES}`);
  return () => {
    store.sqlite.pragma(`wal_autocheckpoint = ${before}`);
    store.sqlite.pragma("wal_checkpoint(PASSIVE)");
  };
}

export {
  sqliteDriverName,
  openStore,
  pendingMigrations,
  schemaVersion,
  withoutDiskWait,
  writeTx,
  closeStore,
  deferCheckpoints
};
