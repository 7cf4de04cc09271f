// Handing tasks back when their outcome could not be written because another writer held the database.

import { performance } from 'node:perf_hooks';
import type { Clock } from '../../core/clock.js';
import type { Classification } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { ClaimedTask, TaskQueue } from '../../queue/queue.js';

/** How long a tick that lost the database to another writer keeps trying to hand its tasks back before exiting. */
export const HAND_BACK_WINDOW_MS = 30_000;

/**
 * Hands back, in one transaction, tasks whose outcome could not be written because another writer held
 * the lock (`sqlite3` in a long transaction, a backup): retried while the window lasts (each try also waits
 * the busy timeout). Their attempts are given back and nobody is blamed. If the lock outlasts the window
 * they stay `running`, and the next tick's recovery treats them as bystanders of a crash (refunded, run
 * alone once). Returns how many were handed back.
 */
export async function handBackWhenFree(queue: TaskQueue, clock: Clock, log: Logger, tasks: ClaimedTask[]): Promise<number> {
  const until = performance.now() + HAND_BACK_WINDOW_MS;
  const why: Classification = { kind: 'database', disposition: 'fatal', message: 'the database was locked by another writer; handed back', blamesCompany: false };
  for (let tryNo = 1; ; tryNo++) {
    try {
      let handed = 0;
      queue.batch(() => {
        for (const task of tasks) if (queue.release(task, clock.now(), why)) handed++;
      });
      log.info(`handed back ${handed} task(s) once the database was free again`);
      return handed;
    } catch (err) {
      if (performance.now() >= until) {
        log.error(`could not hand back ${tasks.length} task(s) within ${HAND_BACK_WINDOW_MS / 1000} s; the next tick will recover them:`, err);
        return 0;
      }
      if (tryNo === 1) log.warn(`the database is locked by another writer; handing ${tasks.length} task(s) back as soon as it is free`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
