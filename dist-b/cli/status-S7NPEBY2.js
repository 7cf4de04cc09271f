import {
  statusReport
} from "./chunk-RF3DKUWY.js";
import "./chunk-U5AXCYXE.js";
import {
  isoTime,
  table,
  truncate
} from "./chunk-HNSXSXLX.js";
import {
  configuredSenders
} from "./chunk-PH4PHHXG.js";
import "./chunk-Z4DH2GGY.js";
import {
  formatDuration
} from "./chunk-P3GHZZT5.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/status.js
var PATH_WORDS = {
  feed: "ATS feed",
  static: "page, plain HTTP",
  browser: "page, Chromium",
  both: "page, both compared"
};
var formatBytes = (n) => n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`;
var statusCommand = {
  name: "status",
  summary: "Show queue, schedule, problem companies, recent runs, Gemini usage and digests.",
  synopsis: "status [--json]",
  help: "Options:\n  --json   the same report as JSON (times in ms since the epoch)",
  options: { json: { type: "boolean" } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const r = statusReport(store, ctx.config, ctx.now());
    if (args.values.json) {
      ctx.json(r);
      return EXIT.ok;
    }
    const section = (title) => {
      ctx.out();
      ctx.out(title);
    };
    ctx.out(`Scoutly status at ${isoTime(r.now)} \u2014 database ${ctx.config.dbPath}`);
    ctx.out(r.tickRunning ? `A tick is running (${r.tickRunning.owner}, since ${isoTime(r.tickRunning.since)}).` : "No tick is running.");
    ctx.out(r.lastCompletedTick ? `Last completed tick: #${r.lastCompletedTick.id} at ${isoTime(r.lastCompletedTick.finishedAt)} (exit ${r.lastCompletedTick.exitCode})` : "No tick has completed yet.");
    section("Queue (kind \xD7 status)");
    if (r.queue.length === 0)
      ctx.out("  empty");
    for (const l of table(["kind", "status", "count"], r.queue.map((q) => [q.kind, q.status, q.count])))
      ctx.out(`  ${l}`);
    section(`Companies: ${r.companies.total} known, ${r.companies.tracked} tracked, ${r.companies.dueNow} due now`);
    for (const l of table(["ranks", "every", "tracked", "due"], r.tiers.map((t) => [t.ranks, `${t.intervalDays}d`, t.tracked, t.due])))
      ctx.out(`  ${l}`);
    section("Next up (drain order)");
    if (r.nextUp.length === 0)
      ctx.out("  nothing queued");
    for (const l of table(["task", "kind", "company", "rank", "status", "run at", "attempts"], r.nextUp.map((t) => [`#${t.taskId}`, t.kind, t.slug, t.rank, t.status, isoTime(t.runAt), t.attempts])))
      ctx.out(`  ${l}`);
    section("Problematic companies");
    if (r.problematic.length === 0)
      ctx.out("  none");
    for (const l of table(["company", "failures", "last error", "breaker open until", "last success"], r.problematic.map((p) => [
      p.slug,
      p.consecutiveFailures,
      `${p.lastErrorKind ?? "?"}: ${truncate(p.lastError, 60)}`,
      p.breakerOpenUntil && p.breakerOpenUntil > r.now ? isoTime(p.breakerOpenUntil) : "\u2014",
      isoTime(p.lastSuccessAt)
    ])))
      ctx.out(`  ${l}`);
    section("Feeds that changed shape (postings kept, fields left empty or postings dropped)");
    if (r.drift.length === 0)
      ctx.out("  none");
    for (const l of table(["company", "last success", "what the feed lost"], r.drift.map((d) => [d.slug, isoTime(d.lastSuccessAt), truncate(d.note, 160)])))
      ctx.out(`  ${l}`);
    section("Recent runs");
    if (r.recentRuns.length === 0)
      ctx.out("  none yet");
    for (const l of table(["run", "started", "took", "status", "exit", "enqueued", "ok", "failed", "deferred"], r.recentRuns.map((x) => [
      `#${x.id}`,
      isoTime(x.startedAt),
      x.durationMs === null ? "\u2014" : formatDuration(x.durationMs),
      x.status,
      x.exitCode,
      x.enqueued,
      x.succeeded,
      x.failed,
      x.deferred
    ])))
      ctx.out(`  ${l}`);
    section("Scrapes in the last 24 h, by path");
    if (r.scrapePaths.length === 0)
      ctx.out("  none yet");
    for (const l of table(["path", "scrapes", "fetched", "CPU per scrape"], r.scrapePaths.map((p) => [PATH_WORDS[p.path] ?? p.path, p.scrapes, formatBytes(p.bytes), `${Math.round(p.cpuMs / Math.max(1, p.scrapes))} ms`])))
      ctx.out(`  ${l}`);
    section("Gemini");
    const g = r.gemini;
    ctx.out(g.configured ? `  ${g.model}: ${g.requests} of ${g.dailyLimit} requests sent on quota day ${g.day} (Pacific); tokens in ${g.tokens.input}, out ${g.tokens.output}, thinking ${g.tokens.thinking}${g.exhaustedUntil && g.exhaustedUntil > r.now ? `; quota exhausted until ${isoTime(g.exhaustedUntil)}` : ""}` : "  no GEMINI_API_KEY: the offline analyzer scores postings");
    section("Digests");
    const configured = configuredSenders(ctx.config).map((s) => s.label);
    if (configured.length === 0)
      ctx.out("  no channel configured (SCOUTLY_NOTIFY_URL, SCOUTLY_SMTP_URL)");
    else if (r.digests.length === 0)
      ctx.out(`  ${configured.join(", ")} configured; nothing sent yet`);
    for (const l of table(["channel", "last digest", "status", "matches", "closed", "warnings", "last sent"], r.digests.map((d) => [
      d.channel,
      isoTime(d.last.createdAt),
      d.last.status === "failed" ? `failed: ${truncate(d.last.error, 60)}` : "sent",
      d.last.matches,
      d.last.closed,
      d.last.warnings,
      isoTime(d.lastSentAt)
    ])))
      ctx.out(`  ${l}`);
    return EXIT.ok;
  }
};
export {
  statusCommand
};
