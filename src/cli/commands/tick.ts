// `scoutly tick` (also the `jobs-tick` executable): one bounded tick, or its --dry-run plan.

import { budgetWithinUnit, parseBudget, startDeadline } from '../../core/deadline.js';
import { DURATION_FORM, formatDuration } from '../../core/duration.js';
import { EXIT } from '../../core/exitCodes.js';
import { UsageError } from '../../core/errors.js';
import { openStore, closeStore } from '../../db/client.js';
import type { TaskKind } from '../../db/enums.js';
import { buildTickDeps } from '../../tick/deps.js';
import { runTick } from '../../tick/runTick.js';
import { usageOf, stringFlag, type Command, type ParsedArgs } from '../command.js';
import type { CommandContext } from '../context.js';
import { isoTime, table } from '../format.js';

const ONLY: Record<string, TaskKind> = { scrape: 'scrape_company', analyze: 'analyze_postings' };

export const tickCommand: Command = {
  name: 'tick',
  summary: 'Run one bounded tick: enqueue due companies, drain the queue within the time budget, record every outcome, exit.',
  synopsis: 'tick [--budget 10m] [--concurrency 5] [--dry-run] [--only scrape|analyze] [--json]',
  help: `
Options:
  --budget D         time budget from the process start, ${DURATION_FORM}, 1s to 24h (default:
                     SCOUTLY_BUDGET or 10m); capped 30 s below the unit's TimeoutStartSec under systemd
  --concurrency N    tasks in flight at once, 1–32 (default: SCOUTLY_CONCURRENCY or 5)
  --dry-run          show what would be recovered, enqueued and drained; write nothing
  --only KIND        claim only scrape or only analyze tasks
  --json             with --dry-run: the plan as JSON

Exit codes: 0 all attempted tasks succeeded (or nothing was due), 1 some task failed (recorded, retried
later), 69 network unavailable for everyone, 70 internal error, 74 database error, 75 another tick holds
the lease, 78 configuration error, 130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM (in-flight tasks
are handed back either way).`,
  options: {
    budget: { type: 'string' },
    concurrency: { type: 'string' },
    'dry-run': { type: 'boolean' },
    only: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, ctx) {
    const budgetMs = budgetFrom(args, ctx);
    const concurrency = concurrencyFrom(args, ctx);
    const onlyRaw = stringFlag(args, 'only');
    if (onlyRaw !== undefined && !(onlyRaw in ONLY)) throw new UsageError(`--only takes scrape or analyze, got "${onlyRaw}"`, usageOf(tickCommand));
    const only = onlyRaw ? ONLY[onlyRaw]! : null;
    if (args.values['dry-run']) return await dryRun(ctx, only, budgetMs, concurrency, Boolean(args.values.json));

    const store = await ctx.openStore();
    const deps = buildTickDeps(ctx.config, store, ctx.log, { ...ctx.io.overrides, ...(ctx.io.env.INVOCATION_ID ? { invocationId: ctx.io.env.INVOCATION_ID } : {}) });
    const deadline = startDeadline(budgetMs, { startedAt: ctx.io.processStartedAt });
    try {
      const outcome = await runTick(deps, { deadline, concurrency, only, stopSignal: ctx.io.stopSignal });
      if (outcome.kind === 'lease_held') {
        ctx.log.warn(`another tick holds the lease (${outcome.holder.owner}, since ${isoTime(outcome.holder.acquiredAt)}); nothing was done`);
        return EXIT.leaseHeld;
      }
      return outcome.exitCode;
    } finally {
      deadline.dispose();
    }
  },
};

/** The budget from --budget or the config, capped below the unit's TimeoutStartSec (saying so). */
function budgetFrom(args: ParsedArgs, ctx: CommandContext): number {
  const raw = stringFlag(args, 'budget');
  let budgetMs = ctx.config.budgetMs;
  if (raw !== undefined) {
    const parsed = parseBudget(raw);
    if (!parsed.ok) throw new UsageError(`--budget takes ${parsed.accepted}`, usageOf(tickCommand));
    budgetMs = parsed.ms;
  }
  const fitted = budgetWithinUnit(budgetMs, ctx.config.unitTimeoutMs);
  if (fitted.cappedFrom !== null) {
    ctx.log.warn(`budget ${formatDuration(fitted.cappedFrom)} capped to ${formatDuration(fitted.budgetMs)}: the unit's TimeoutStartSec (SCOUTLY_UNIT_TIMEOUT) would kill the tick first; raise both in the unit for a longer budget`);
  }
  return fitted.budgetMs;
}

function concurrencyFrom(args: ParsedArgs, ctx: CommandContext): number {
  const raw = stringFlag(args, 'concurrency');
  if (raw === undefined) return ctx.config.concurrency;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 32) throw new UsageError(`--concurrency takes a whole number from 1 to 32, got "${raw}"`, usageOf(tickCommand));
  return n;
}

async function dryRun(ctx: CommandContext, only: TaskKind | null, budgetMs: number, concurrency: number, asJson: boolean): Promise<number> {
  const path = ctx.config.dbPath;
  if (!ctx.io.exists(path)) {
    if (asJson) ctx.json({ database: path, exists: false, wouldRecover: 0, wouldEnqueue: [], drainOrder: [] });
    else ctx.out(`No database at ${path} yet, so nothing is tracked. Import companies first (scoutly companies import FILE --track).`);
    return EXIT.ok;
  }
  const store = await openStore(path, { readonly: true, migrate: false });
  try {
    // Loaded here: the tick the timer fires every time never pays for the dry-run planner.
    const { planTick } = await import('../../tick/dryRun.js');
    const plan = planTick(store, ctx.now(), only);
    if (asJson) {
      ctx.json({ database: path, budgetMs, concurrency, ...plan });
      return EXIT.ok;
    }
    ctx.out(`Dry run (nothing is written): budget ${formatDuration(budgetMs)}, concurrency ${concurrency}${only ? `, only ${only}` : ''}`);
    if (plan.wouldRecover) ctx.out(`Would recover ${plan.wouldRecover} task(s) left running by a dead tick.`);
    ctx.out(`Would enqueue ${plan.wouldEnqueue.length} due compan${plan.wouldEnqueue.length === 1 ? 'y' : 'ies'}.`);
    ctx.out(`Drain order (${plan.drainOrder.length} claimable):`);
    const shown = plan.drainOrder.slice(0, 50);
    for (const line of table(['#', 'kind', 'company', 'rank', 'from', 'attempts'],
      shown.map((t, i) => [i + 1, t.kind, t.slug, t.rank, t.source === 'due' ? 'due now' : `task #${t.taskId}`, t.attempts]))) ctx.out(`  ${line}`);
    if (plan.drainOrder.length > shown.length) ctx.out(`  … and ${plan.drainOrder.length - shown.length} more`);
    return EXIT.ok;
  } finally {
    closeStore(store);
  }
}
