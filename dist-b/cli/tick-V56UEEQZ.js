import {
  isoTime,
  table
} from "./chunk-HNSXSXLX.js";
import {
  emptyStats
} from "./chunk-PX6GKYFJ.js";
import {
  prune
} from "./chunk-RXF2BEPL.js";
import {
  buildTickDeps
} from "./chunk-TVCRKTQP.js";
import "./chunk-S6Y3NS4L.js";
import {
  acquireLease,
  attachRunToLease,
  releaseLease
} from "./chunk-S7OV26WK.js";
import {
  enqueueDue
} from "./chunk-NJD3LYCK.js";
import "./chunk-N5S2ZEWS.js";
import "./chunk-YJ4EJ3TG.js";
import "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  DEFAULT_GRACE_MS,
  budgetWithinUnit,
  parseBudget,
  startDeadline
} from "./chunk-KCNM2TMU.js";
import {
  DURATION_FORM,
  formatDuration
} from "./chunk-P3GHZZT5.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import "./chunk-YUKE3DZL.js";
import "./chunk-DUZE2QZ6.js";
import {
  usageTotals
} from "./chunk-SVIS3UDT.js";
import "./chunk-ABQ3YUBT.js";
import {
  closeStore,
  deferCheckpoints,
  openStore,
  withoutDiskWait,
  writeTx
} from "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  UsageError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/report/summary.js
function exitCodeFor(summary) {
  if (summary.stopReason === "database")
    return EXIT.database;
  if (summary.stopReason === "unavailable")
    return EXIT.unavailable;
  if (summary.stopReason === "signal")
    return summary.signal === "SIGINT" ? EXIT.interrupted : EXIT.terminated;
  if (summary.configError)
    return EXIT.config;
  return summary.failed > 0 ? EXIT.taskFailures : EXIT.ok;
}
var STOP_TEXT = {
  budget: "time budget spent",
  signal: "stopped by a signal",
  unavailable: "network unavailable for everyone",
  database: "database error"
};
function formatSummary(s) {
  const n = (name) => s.counters[name] ?? 0;
  const reasons = Object.entries(s.failuresByKind).map(([k, v]) => `${k}\xD7${v}`).join(", ");
  const lines = [
    `tick #${s.runId} finished in ${formatDuration(s.durationMs)}${s.stopReason ? ` (${STOP_TEXT[s.stopReason]})` : ""}`,
    `  enqueued ${s.enqueued}, recovered ${s.recovered}, claimed ${s.claimed}, still queued ${s.pendingLeft}`,
    `  succeeded ${s.succeeded}, failed ${s.failed}${reasons ? ` (${reasons})` : ""}${s.dead ? `, dead ${s.dead}` : ""}, deferred ${s.deferred}`,
    `  postings new ${n("postingsNew")}, closed ${n("postingsClosed")}; analyses ${n("analyses")}, matches ${n("matches")}`
  ];
  if (s.gemini.requests > 0) {
    const declined = n("declinedByGemini");
    lines.push(`  Gemini requests ${s.gemini.requests}, tokens in ${s.gemini.input}, out ${s.gemini.output}, thinking ${s.gemini.thinking}${declined ? `; ${declined} posting(s) declined by the model, scored offline` : ""}`);
  }
  if (s.stopMessage)
    lines.push(`  stop reason: ${s.stopMessage}`);
  if (s.configError)
    lines.push(`  configuration: ${s.configError}`);
  lines.push(`  exit ${exitCodeFor(s)}`);
  return lines;
}

// dist/tick/outputs.js
async function publishTickOutputs(deps, runId, opts) {
  const { store, config, clock, log } = deps;
  if (opts.sendDigests && (config.notify.url || config.smtp.url)) {
    try {
      const [{ configuredSenders }, { sendDigests }] = await Promise.all([import("./channels-2C33PZ5N.js"), import("./send-O4GL26M3.js")]);
      await sendDigests({
        store,
        log,
        runId,
        now: () => clock.now(),
        senders: configuredSenders(config),
        gemini: config.gemini,
        staleDays: config.staleDays,
        webUrl: config.web.url
      });
    } catch (err) {
      log.warn("could not prepare the digests (tried again at the next tick):", err);
    }
  }
  if (config.reportFile) {
    try {
      const [{ gatherReport }, { renderReportHtml }, { writeFileAtomically }] = await Promise.all([
        import("./reportData-Y7KZ63CA.js"),
        import("./html-H6SF2DUG.js"),
        import("./files-HL3HFLHO.js")
      ]);
      writeFileAtomically(config.reportFile, renderReportHtml(gatherReport(store, config, clock.now(), runId)));
    } catch (err) {
      log.warn(`could not write the HTML report ${config.reportFile}: ${err.message}`);
    }
  }
  if (config.metricsFile) {
    try {
      const [{ formatMetrics, gatherMetrics }, { writeFileAtomically }] = await Promise.all([import("./metrics-Z3LFFYBW.js"), import("./files-HL3HFLHO.js")]);
      writeFileAtomically(config.metricsFile, formatMetrics(gatherMetrics(store, config, clock.now())), 420);
    } catch (err) {
      log.warn(`could not write the metrics file ${config.metricsFile}: ${err.message}`);
    }
  }
}

// dist/tick/runs.js
import { hostname } from "node:os";
function startRun(store, nowMs, budgetMs, concurrency) {
  return writeTx(store, () => Number(store.sqlite.prepare(`INSERT INTO runs (started_at, status, budget_ms, concurrency, host, pid) VALUES (?, 'running', ?, ?, ?, ?)`).run(nowMs, budgetMs, concurrency, hostname(), process.pid).lastInsertRowid));
}
function finishRun(store, runId, nowMs, status, exitCode, summary) {
  writeTx(store, () => store.sqlite.prepare(`UPDATE runs SET finished_at = @now, duration_ms = @now - started_at, status = @status, exit_code = @exitCode,
        enqueued = @enqueued, recovered = @recovered, succeeded = @succeeded, failed = @failed, deferred = @deferred,
        summary = @summary WHERE id = @id`).run({
    id: runId,
    now: nowMs,
    status,
    exitCode,
    enqueued: summary.enqueued,
    recovered: summary.recovered,
    succeeded: summary.succeeded,
    failed: summary.failed,
    deferred: summary.deferred,
    summary: JSON.stringify(summary)
  }));
}
function closeAbandonedRuns(store, nowMs) {
  return writeTx(store, () => store.sqlite.prepare(`UPDATE runs SET status = 'aborted', finished_at = ? WHERE status = 'running'`).run(nowMs).changes);
}
function countClaimable(store, nowMs) {
  return store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('pending','failed') AND run_at <= ?`).get(nowMs).n;
}

// dist/tick/runTick.js
var LEASE_MARGIN_MS = 6e4;
async function runTick(deps, opts) {
  const { store, clock, log, queue } = deps;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const budgetMs = opts.deadline.budgetMs;
  const startedAt = clock.now();
  const geminiBefore = usageTotals(store);
  const start = writeTx(store, () => {
    const lease = acquireLease(store, deps.identity, startedAt, Math.max(0, opts.deadline.remainingMs()) + graceMs + LEASE_MARGIN_MS, deps.holderIsAlive);
    if (!lease.acquired)
      return { heldBy: lease.holder };
    closeAbandonedRuns(store, startedAt);
    const runId2 = startRun(store, startedAt, budgetMs, opts.concurrency);
    attachRunToLease(store, deps.identity.owner, runId2);
    return {
      tookOver: lease.tookOver,
      runId: runId2,
      recovered: queue.recoverOrphans(startedAt, (task, outcome, nowMs) => deps.kinds[task.kind]?.onOutcome?.(task, outcome, nowMs)),
      enqueued: opts.only === "analyze_postings" ? 0 : enqueueDue(store, queue, startedAt).enqueued
    };
  });
  if ("heldBy" in start)
    return { kind: "lease_held", holder: start.heldBy };
  const { tookOver, runId, recovered, enqueued } = start;
  if (tookOver)
    log.warn(`took over the tick lease from ${tookOver.owner}, which is no longer running`);
  const checkpoint = deferCheckpoints(store);
  try {
    log.info(`tick #${runId} started: budget ${Math.round(budgetMs / 1e3)}s (${Math.round(Math.max(0, opts.deadline.remainingMs()) / 1e3)}s left), concurrency ${opts.concurrency}${opts.only ? `, only ${opts.only}` : ""}`);
    if (recovered.recovered + recovered.dead > 0) {
      log.warn(`recovered ${recovered.recovered} task(s) left running by a dead tick; ${recovered.dead} of them used their last attempt and are dead`);
    }
    log.info(`enqueued ${enqueued} due compan${enqueued === 1 ? "y" : "ies"}`);
    const nextStep = firstRunHint(store, deps.config.dbPath);
    if (nextStep)
      log.info(nextStep);
    const stats = countClaimable(store, clock.now()) === 0 ? emptyStats() : await (await import("./drain-4U7KPVKD.js")).drain({ queue, clock, log, kinds: deps.kinds, enqueue: deps.enqueue, secrets: deps.config.gemini.apiKey ? [deps.config.gemini.apiKey] : [] }, { runId, concurrency: opts.concurrency, deadline: opts.deadline, graceMs, kind: opts.only, stopSignal: opts.stopSignal });
    const finishedAt = clock.now();
    const summary = {
      runId,
      durationMs: finishedAt - startedAt,
      enqueued,
      recovered: recovered.recovered + recovered.dead,
      // A task found dead at recovery (its last attempt killed the tick) is a failure of this tick too.
      claimed: stats.claimed,
      succeeded: stats.succeeded,
      failed: stats.failed + recovered.dead,
      dead: stats.dead + recovered.dead,
      deferred: stats.deferred,
      failuresByKind: stats.failuresByKind,
      counters: stats.counters,
      stopReason: stats.stopReason,
      signal: stats.stopReason === "signal" ? opts.stopSignal.reason === "SIGINT" ? "SIGINT" : "SIGTERM" : null,
      stopMessage: stats.stopMessage,
      configError: stats.configError,
      pendingLeft: countClaimable(store, finishedAt),
      // From ai_usage, which counts every request sent, whatever became of its task (failed, snoozed, stopped).
      gemini: usageSince(geminiBefore, store)
    };
    const exitCode = exitCodeFor(summary);
    const status = stats.stopReason === "signal" ? "interrupted" : stats.stopReason === "database" ? "aborted" : "completed";
    if (stats.stopReason !== "database") {
      const pruned = writeTx(store, () => {
        finishRun(store, runId, finishedAt, status, exitCode, summary);
        return prune(store, finishedAt);
      });
      if (pruned.tasks + pruned.attempts + pruned.digests > 0) {
        log.info(`pruned ${pruned.tasks} finished task(s), ${pruned.attempts} old attempt(s) and ${pruned.digests} old digest(s)`);
      }
      store.sqlite.pragma("optimize");
      await publishTickOutputs({ store, config: deps.config, clock, log }, runId, { sendDigests: stats.stopReason !== "signal" });
    }
    for (const line of formatSummary(summary))
      (exitCode === 0 ? log.info : log.warn)(line);
    return { kind: "ran", summary, exitCode };
  } finally {
    await deps.close?.().catch((err) => log.error("could not close the browser:", err));
    try {
      withoutDiskWait(store, () => releaseLease(store, deps.identity.owner));
    } catch (err) {
      log.error("could not release the tick lease (the next tick will take it over):", err);
    }
    try {
      checkpoint();
    } catch (err) {
      log.warn("could not checkpoint the WAL (SQLite will at the next chance):", err);
    }
  }
}
function usageSince(before, store) {
  const now = usageTotals(store);
  return { requests: now.requests - before.requests, input: now.input - before.input, output: now.output - before.output, thinking: now.thinking - before.thinking };
}
function firstRunHint(store, dbPath) {
  const { users, tracked } = store.sqlite.prepare(`SELECT (SELECT COUNT(*) FROM users) AS users,
    EXISTS (SELECT 1 FROM preferences WHERE tracking = 1) AS tracked`).get();
  if (users > 0 && tracked)
    return null;
  const steps = [
    ...users === 0 ? ["add yourself (scoutly users add EMAIL --cv CV.pdf)"] : [],
    "import the companies you follow (scoutly companies import FILE --track --rank 60)"
  ];
  return `nothing to do in ${dbPath} yet: ${steps.join("; ")}; or try the whole pipeline on a demo site with make demo (its own database)`;
}

// dist/cli/commands/tick.js
var ONLY = { scrape: "scrape_company", analyze: "analyze_postings" };
var tickCommand = {
  name: "tick",
  summary: "Run one bounded tick: enqueue due companies, drain the queue within the time budget, record every outcome, exit.",
  synopsis: "tick [--budget 10m] [--concurrency 5] [--dry-run] [--only scrape|analyze] [--json]",
  help: `
Options:
  --budget D         time budget from the process start, ${DURATION_FORM}, 1s to 24h (default:
                     SCOUTLY_BUDGET or 10m); capped 30 s below the unit's TimeoutStartSec under systemd
  --concurrency N    tasks in flight at once, 1\u201332 (default: SCOUTLY_CONCURRENCY or 5)
  --dry-run          show what would be recovered, enqueued and drained; write nothing
  --only KIND        claim only scrape or only analyze tasks
  --json             with --dry-run: the plan as JSON

Exit codes: 0 all attempted tasks succeeded (or nothing was due), 1 some task failed (recorded, retried
later), 69 network unavailable for everyone, 70 internal error, 74 database error, 75 another tick holds
the lease, 78 configuration error, 130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM (in-flight tasks
are handed back either way).`,
  options: {
    budget: { type: "string" },
    concurrency: { type: "string" },
    "dry-run": { type: "boolean" },
    only: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const budgetMs = budgetFrom(args, ctx);
    const concurrency = concurrencyFrom(args, ctx);
    const onlyRaw = stringFlag(args, "only");
    if (onlyRaw !== void 0 && !(onlyRaw in ONLY))
      throw new UsageError(`--only takes scrape or analyze, got "${onlyRaw}"`, usageOf(tickCommand));
    const only = onlyRaw ? ONLY[onlyRaw] : null;
    if (args.values["dry-run"])
      return await dryRun(ctx, only, budgetMs, concurrency, Boolean(args.values.json));
    const store = await ctx.openStore();
    const deps = buildTickDeps(ctx.config, store, ctx.log, { ...ctx.io.overrides, ...ctx.io.env.INVOCATION_ID ? { invocationId: ctx.io.env.INVOCATION_ID } : {} });
    const deadline = startDeadline(budgetMs, { startedAt: ctx.io.processStartedAt });
    try {
      const outcome = await runTick(deps, { deadline, concurrency, only, stopSignal: ctx.io.stopSignal });
      if (outcome.kind === "lease_held") {
        ctx.log.warn(`another tick holds the lease (${outcome.holder.owner}, since ${isoTime(outcome.holder.acquiredAt)}); nothing was done`);
        return EXIT.leaseHeld;
      }
      return outcome.exitCode;
    } finally {
      deadline.dispose();
    }
  }
};
function budgetFrom(args, ctx) {
  const raw = stringFlag(args, "budget");
  let budgetMs = ctx.config.budgetMs;
  if (raw !== void 0) {
    const parsed = parseBudget(raw);
    if (!parsed.ok)
      throw new UsageError(`--budget takes ${parsed.accepted}`, usageOf(tickCommand));
    budgetMs = parsed.ms;
  }
  const fitted = budgetWithinUnit(budgetMs, ctx.config.unitTimeoutMs);
  if (fitted.cappedFrom !== null) {
    ctx.log.warn(`budget ${formatDuration(fitted.cappedFrom)} capped to ${formatDuration(fitted.budgetMs)}: the unit's TimeoutStartSec (SCOUTLY_UNIT_TIMEOUT) would kill the tick first; raise both in the unit for a longer budget`);
  }
  return fitted.budgetMs;
}
function concurrencyFrom(args, ctx) {
  const raw = stringFlag(args, "concurrency");
  if (raw === void 0)
    return ctx.config.concurrency;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 32)
    throw new UsageError(`--concurrency takes a whole number from 1 to 32, got "${raw}"`, usageOf(tickCommand));
  return n;
}
async function dryRun(ctx, only, budgetMs, concurrency, asJson) {
  const path = ctx.config.dbPath;
  if (!ctx.io.exists(path)) {
    if (asJson)
      ctx.json({ database: path, exists: false, wouldRecover: 0, wouldEnqueue: [], drainOrder: [] });
    else
      ctx.out(`No database at ${path} yet, so nothing is tracked. Import companies first (scoutly companies import FILE --track).`);
    return EXIT.ok;
  }
  const store = await openStore(path, { readonly: true, migrate: false });
  try {
    const { planTick } = await import("./dryRun-7NU6TOKC.js");
    const plan = planTick(store, ctx.now(), only);
    if (asJson) {
      ctx.json({ database: path, budgetMs, concurrency, ...plan });
      return EXIT.ok;
    }
    ctx.out(`Dry run (nothing is written): budget ${formatDuration(budgetMs)}, concurrency ${concurrency}${only ? `, only ${only}` : ""}`);
    if (plan.wouldRecover)
      ctx.out(`Would recover ${plan.wouldRecover} task(s) left running by a dead tick.`);
    ctx.out(`Would enqueue ${plan.wouldEnqueue.length} due compan${plan.wouldEnqueue.length === 1 ? "y" : "ies"}.`);
    ctx.out(`Drain order (${plan.drainOrder.length} claimable):`);
    const shown = plan.drainOrder.slice(0, 50);
    for (const line of table(["#", "kind", "company", "rank", "from", "attempts"], shown.map((t, i) => [i + 1, t.kind, t.slug, t.rank, t.source === "due" ? "due now" : `task #${t.taskId}`, t.attempts])))
      ctx.out(`  ${line}`);
    if (plan.drainOrder.length > shown.length)
      ctx.out(`  \u2026 and ${plan.drainOrder.length - shown.length} more`);
    return EXIT.ok;
  } finally {
    closeStore(store);
  }
}
export {
  tickCommand
};
