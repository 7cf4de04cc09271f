// `scoutly enqueue`, `scoutly migrate` and `scoutly prune`: the tick's steps, one at a time.

import { chmodSync, closeSync, openSync, rmSync } from 'node:fs';
import { EXIT } from '../../core/exitCodes.js';
import { resolve } from 'node:path';
import { DatabaseError, InputError, isNoSpace, NoSpaceError } from '../../core/errors.js';
import { closeStore, openStore, schemaVersion } from '../../db/client.js';
import { prune } from '../../queue/prune.js';
import { enqueueDue } from '../../tasks/enqueueScrapes.js';
import type { Command } from '../command.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'Enqueue a scrape task for every due company (idempotent: a company never gets a second open task).',
  synopsis: 'enqueue',
  help: 'Runs only the enqueue step of a tick. Safe to repeat; prints how many tasks were added.',
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = enqueueDue(store, await ctx.queue(), ctx.now());
    ctx.out(`enqueued ${result.enqueued} due compan${result.enqueued === 1 ? 'y' : 'ies'}`);
    return EXIT.ok;
  },
};

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Create the database or bring it to the current schema (every tick does this too).',
  synopsis: 'migrate',
  help: 'Applies the SQL files in migrations/ that the database has not seen yet.',
  async run(_args, ctx) {
    const store = await ctx.openStore(); // opening applies what is pending
    ctx.out(`database ${store.path} is at schema version ${schemaVersion(store.sqlite)}`);
    return EXIT.ok;
  },
};

export const pruneCommand: Command = {
  name: 'prune',
  summary: 'Apply retention: finished tasks older than 30 days, attempts and the digest log older than 90 days (every tick does this too).',
  synopsis: 'prune',
  help: 'Deletes old history only; open tasks, postings and matches are never pruned.',
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = prune(store, ctx.now());
    ctx.out(`pruned ${result.tasks} finished task(s), ${result.attempts} attempt(s) and ${result.digests} digest(s)`);
    return EXIT.ok;
  },
};

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the database to FILE with SQLite\'s online backup (safe while a tick runs).',
  synopsis: 'backup FILE',
  help: 'FILE must not exist yet. The copy is checked with PRAGMA quick_check before the command reports success.',
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, ctx) {
    const target = resolve(args.positionals[0]!);
    if (ctx.io.exists(target)) throw new InputError(`${target} exists already; remove it or choose another name`);
    const store = await ctx.openStore();
    try {
      // Created first, exclusively and private: the copy holds CVs and profiles, whatever the umask.
      closeSync(openSync(target, 'wx', 0o600));
      await store.sqlite.backup(target);
      chmodSync(target, 0o600);
    } catch (err) {
      rmSync(target, { force: true });
      if (isNoSpace(err)) throw new NoSpaceError(`cannot write ${target}: no space left on its disk`, { cause: err });
      throw new InputError(`cannot write ${target}: ${(err as Error).message}`);
    }
    const copy = await openStore(target, { readonly: true, migrate: false });
    try {
      const check = copy.sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseError(`the backup ${target} failed its check: ${String(check)}`);
      ctx.out(`backed up ${store.path} to ${target} (schema version ${schemaVersion(copy.sqlite)}, quick_check ok)`);
    } finally {
      closeStore(copy);
    }
    return EXIT.ok;
  },
};
