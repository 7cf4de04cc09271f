import {
  prune
} from "./chunk-RXF2BEPL.js";
import {
  enqueueDue
} from "./chunk-NJD3LYCK.js";
import "./chunk-N5S2ZEWS.js";
import "./chunk-YJ4EJ3TG.js";
import "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import "./chunk-DUZE2QZ6.js";
import {
  closeStore,
  openStore,
  schemaVersion
} from "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  DatabaseError,
  InputError,
  NoSpaceError,
  isNoSpace
} from "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/maintenance.js
import { chmodSync, closeSync, openSync, rmSync } from "node:fs";
import { resolve } from "node:path";
var enqueueCommand = {
  name: "enqueue",
  summary: "Enqueue a scrape task for every due company (idempotent: a company never gets a second open task).",
  synopsis: "enqueue",
  help: "Runs only the enqueue step of a tick. Safe to repeat; prints how many tasks were added.",
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = enqueueDue(store, await ctx.queue(), ctx.now());
    ctx.out(`enqueued ${result.enqueued} due compan${result.enqueued === 1 ? "y" : "ies"}`);
    return EXIT.ok;
  }
};
var migrateCommand = {
  name: "migrate",
  summary: "Create the database or bring it to the current schema (every tick does this too).",
  synopsis: "migrate",
  help: "Applies the SQL files in migrations/ that the database has not seen yet.",
  async run(_args, ctx) {
    const store = await ctx.openStore();
    ctx.out(`database ${store.path} is at schema version ${schemaVersion(store.sqlite)}`);
    return EXIT.ok;
  }
};
var pruneCommand = {
  name: "prune",
  summary: "Apply retention: finished tasks older than 30 days, attempts and the digest log older than 90 days (every tick does this too).",
  synopsis: "prune",
  help: "Deletes old history only; open tasks, postings and matches are never pruned.",
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = prune(store, ctx.now());
    ctx.out(`pruned ${result.tasks} finished task(s), ${result.attempts} attempt(s) and ${result.digests} digest(s)`);
    return EXIT.ok;
  }
};
var backupCommand = {
  name: "backup",
  summary: "Copy the database to FILE with SQLite's online backup (safe while a tick runs).",
  synopsis: "backup FILE",
  help: "FILE must not exist yet. The copy is checked with PRAGMA quick_check before the command reports success.",
  positionals: { min: 1, max: 1, names: "FILE" },
  async run(args, ctx) {
    const target = resolve(args.positionals[0]);
    if (ctx.io.exists(target))
      throw new InputError(`${target} exists already; remove it or choose another name`);
    const store = await ctx.openStore();
    try {
      closeSync(openSync(target, "wx", 384));
      await store.sqlite.backup(target);
      chmodSync(target, 384);
    } catch (err) {
      rmSync(target, { force: true });
      if (isNoSpace(err))
        throw new NoSpaceError(`cannot write ${target}: no space left on its disk`, { cause: err });
      throw new InputError(`cannot write ${target}: ${err.message}`);
    }
    const copy = await openStore(target, { readonly: true, migrate: false });
    try {
      const check = copy.sqlite.pragma("quick_check", { simple: true });
      if (check !== "ok")
        throw new DatabaseError(`the backup ${target} failed its check: ${String(check)}`);
      ctx.out(`backed up ${store.path} to ${target} (schema version ${schemaVersion(copy.sqlite)}, quick_check ok)`);
    } finally {
      closeStore(copy);
    }
    return EXIT.ok;
  }
};
export {
  backupCommand,
  enqueueCommand,
  migrateCommand,
  pruneCommand
};
