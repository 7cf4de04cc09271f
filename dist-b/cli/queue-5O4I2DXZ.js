import {
  listTasks,
  retryDeadTasks,
  retryMessage,
  retryTask
} from "./chunk-6BHJ4JJ5.js";
import {
  isoTime,
  table,
  truncate
} from "./chunk-HNSXSXLX.js";
import {
  outcomeHooks
} from "./chunk-S6Y3NS4L.js";
import {
  liveHolder
} from "./chunk-S7OV26WK.js";
import {
  forceScrape
} from "./chunk-NJD3LYCK.js";
import "./chunk-N5S2ZEWS.js";
import "./chunk-YJ4EJ3TG.js";
import {
  TASK_STATUSES
} from "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  requireCompany
} from "./chunk-WD5LNO2G.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  InputError,
  UsageError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/queue.js
var queueListCommand = {
  name: "queue list",
  summary: "List tasks: open ones first in drain order, then finished ones.",
  synopsis: "queue list [--status pending|running|succeeded|failed|dead] [--json]",
  help: `Statuses: pending (waiting), running (claimed by a tick), failed (waiting for a retry at "run at"),
succeeded, dead (attempts used up or a permanent error; see \`scoutly queue retry\`).
Options:
  --status S   only tasks in this status
  --json       as JSON`,
  options: { status: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const status = stringFlag(args, "status") ?? null;
    if (status !== null && !TASK_STATUSES.includes(status)) {
      throw new UsageError(`--status takes one of ${TASK_STATUSES.join(", ")}, got "${status}"`, usageOf(queueListCommand));
    }
    const rows = listTasks(store, status);
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(["task", "kind", "company", "status", "attempts", "run at", "last error"], rows.map((t) => [
      `#${t.id}`,
      t.kind,
      t.company,
      t.status,
      `${t.attempts}/${t.maxAttempts}`,
      isoTime(t.runAt),
      t.lastErrorKind ? `${t.lastErrorKind}: ${truncate(t.lastError, 60)}` : null
    ])))
      ctx.out(l);
    ctx.out(`${rows.length} task(s)`);
    return EXIT.ok;
  }
};
var queueRetryCommand = {
  name: "queue retry",
  summary: "Give a dead or failed task fresh attempts and run it at the next tick.",
  synopsis: "queue retry ID | --dead",
  help: "Options:\n  --dead   retry every dead task (skipping those whose company already has an open task)",
  options: { dead: { type: "boolean" } },
  positionals: { min: 0, max: 1, names: "ID" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const idText = args.positionals[0];
    if (args.values.dead === Boolean(idText))
      throw new UsageError("give either a task ID or --dead", usageOf(queueRetryCommand));
    if (args.values.dead) {
      const r = retryDeadTasks(store, ctx.now());
      ctx.out(`retrying ${r.retried} dead task(s)${r.skipped ? `; ${r.skipped} skipped because an open task exists for the same work` : ""}`);
      return EXIT.ok;
    }
    const id = Number(idText?.replace(/^#/, ""));
    if (!Number.isInteger(id) || id <= 0)
      throw new UsageError(`ID must be a task number, got "${idText}"`, usageOf(queueRetryCommand));
    const result = retryTask(store, id, ctx.now());
    if (result !== "retried")
      throw new InputError(retryMessage(id, result));
    ctx.out(retryMessage(id, result));
    return EXIT.ok;
  }
};
var queueResetStuckCommand = {
  name: "queue reset-stuck",
  summary: "Recover tasks left running by a tick that died (each tick also does this when it starts).",
  synopsis: "queue reset-stuck",
  help: "Refused while a live tick holds the lease (exit 75): its running tasks are not stuck.",
  async run(_args, ctx) {
    const store = await ctx.openStore();
    const holder = liveHolder(store, ctx.now());
    if (holder) {
      ctx.io.stderr.write(`scoutly: a tick is running (${holder.owner}); its tasks are not stuck. Try again when it ends.
`);
      return EXIT.leaseHeld;
    }
    const r = (await ctx.queue()).recoverOrphans(ctx.now(), outcomeHooks(store));
    ctx.out(`recovered ${r.recovered} task(s)${r.dead ? `; ${r.dead} had used their last attempt and are dead` : ""}`);
    return EXIT.ok;
  }
};
var queueAddCommand = {
  name: "queue add",
  summary: "Force a scrape of one company at the next tick, ahead of everything else.",
  synopsis: "queue add SLUG",
  help: "If the company already has an open task, that task is brought forward instead of adding another.",
  positionals: { min: 1, max: 1, names: "SLUG" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]);
    const r = forceScrape(store, await ctx.queue(), company.id, ctx.now());
    ctx.out(r.created ? `queued scrape task #${r.id} for ${company.slug}` : `brought task #${r.id} for ${company.slug} forward`);
    return EXIT.ok;
  }
};
export {
  queueAddCommand,
  queueListCommand,
  queueResetStuckCommand,
  queueRetryCommand
};
