// `scoutly enqueue`, `scoutly migrate` and `scoutly prune`: the tick's steps, one at a time.

import { EXIT } from '../../core/exitCodes.js';
import { prune } from '../../queue/prune.js';
import { TaskQueue } from '../../queue/queue.js';
import type { Command } from '../command.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'Enqueue a scrape task for every due company (idempotent: a company never gets a second open task).',
  synopsis: 'enqueue',
  help: 'Runs only the enqueue step of a tick. Safe to repeat; prints how many tasks were added.',
  run(_args, ctx) {
    const result = new TaskQueue(ctx.store, { maxAttempts: ctx.config.maxAttempts }).enqueueDue(ctx.now());
    ctx.out(`enqueued ${result.enqueued} due compan${result.enqueued === 1 ? 'y' : 'ies'}`);
    return EXIT.ok;
  },
};

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Create the database or bring it to the current schema (every tick does this too).',
  synopsis: 'migrate',
  help: 'Applies the SQL files in migrations/ that the database has not seen yet.',
  run(_args, ctx) {
    const store = ctx.store; // opening applies migrations
    const n = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    ctx.out(`database ${store.path} is at schema version ${n}`);
    return EXIT.ok;
  },
};

export const pruneCommand: Command = {
  name: 'prune',
  summary: 'Apply retention: finished tasks older than 30 days, attempts older than 90 days (every tick does this too).',
  synopsis: 'prune',
  help: 'Deletes old history only; open tasks, postings and matches are never pruned.',
  run(_args, ctx) {
    const result = prune(ctx.store, ctx.now());
    ctx.out(`pruned ${result.tasks} finished task(s) and ${result.attempts} attempt(s)`);
    return EXIT.ok;
  },
};
