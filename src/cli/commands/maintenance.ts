// `scoutly enqueue`, `scoutly migrate` and `scoutly prune`: the tick's steps, one at a time.

import { EXIT } from '../../core/exitCodes.js';
import { schemaVersion } from '../../db/client.js';
import { prune } from '../../queue/prune.js';
import { TaskQueue } from '../../queue/queue.js';
import type { Command } from '../command.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'Enqueue a scrape task for every due company (idempotent: a company never gets a second open task).',
  synopsis: 'enqueue',
  help: 'Runs only the enqueue step of a tick. Safe to repeat; prints how many tasks were added.',
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = new TaskQueue(store, { maxAttempts: ctx.config.maxAttempts }).enqueueDue(ctx.now());
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
  summary: 'Apply retention: finished tasks older than 30 days, attempts older than 90 days (every tick does this too).',
  synopsis: 'prune',
  help: 'Deletes old history only; open tasks, postings and matches are never pruned.',
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const result = prune(store, ctx.now());
    ctx.out(`pruned ${result.tasks} finished task(s) and ${result.attempts} attempt(s)`);
    return EXIT.ok;
  },
};
