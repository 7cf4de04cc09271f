import {
  isoTime,
  table,
  truncate
} from "./chunk-HNSXSXLX.js";
import {
  scrapeOnce
} from "./chunk-LLDQMLA2.js";
import "./chunk-DSRBALOT.js";
import {
  timeoutSignal
} from "./chunk-JCOXRJQO.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  systemClock
} from "./chunk-YUKE3DZL.js";
import {
  listPostings
} from "./chunk-6BIH2HBE.js";
import {
  sourceOfCareersUrl
} from "./chunk-WD5LNO2G.js";
import "./chunk-P7GC33KY.js";
import "./chunk-RHQ6R7RZ.js";
import "./chunk-BMFWJ45U.js";
import {
  describeFilter,
  parseStoredFilter
} from "./chunk-TOKAQMRD.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import {
  describeDrift,
  normalizeAll
} from "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  UsageError,
  classify
} from "./chunk-ICS75TSL.js";
import {
  singleLine
} from "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/postings.js
var postingsListCommand = {
  name: "postings list",
  summary: "List the postings found, open ones first.",
  synopsis: "postings list [--company SLUG] [--open|--closed] [--json]",
  help: "Options:\n  --company SLUG  one company\n  --open          only open postings\n  --closed        only closed postings\n  --json          as JSON",
  options: { company: { type: "string" }, open: { type: "boolean" }, closed: { type: "boolean" }, json: { type: "boolean" } },
  async run(args, ctx) {
    if (args.values.open && args.values.closed)
      throw new UsageError("--open and --closed exclude each other", usageOf(postingsListCommand));
    const store = await ctx.openStore();
    const slug = stringFlag(args, "company");
    const rows = listPostings(store, { ...slug ? { companySlug: slug } : {}, state: args.values.open ? "open" : args.values.closed ? "closed" : "all" });
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(["company", "title", "location", "first seen", "closed", "url"], rows.map((p) => [p.company, truncate(p.title, 50), truncate(p.location, 30), isoTime(p.firstSeenAt), p.closedAt ? isoTime(p.closedAt) : "open", p.url])))
      ctx.out(l);
    ctx.out(`${rows.length} posting(s)`);
    return EXIT.ok;
  }
};
var probeCommand = {
  name: "probe",
  summary: "Detect the source of a careers URL and extract its postings, without touching the database.",
  synopsis: "probe URL [--selector CSS] [--json]",
  help: "A careers page (no board found) is read both ways, plain HTTP and Chromium, and shown side by side.\n\nOptions:\n  --selector CSS  where the postings are on the page\n  --json          as JSON\n\nExit 1 when the page or feed could not be read (the reason is printed).",
  options: { selector: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "URL" },
  async run(args, ctx) {
    const url = args.positionals[0];
    const deadline = timeoutSignal(12e4, ctx.io.stopSignal);
    const signal = deadline.signal;
    try {
      const filter = parseStoredFilter(sourceOfCareersUrl(url).sourceFilter);
      const outcome = await scrapeOnce(ctx.config, systemClock, { careersUrl: url, selector: stringFlag(args, "selector") ?? null, filter }, null, signal, ctx.log);
      const postings = outcome.postings;
      const compared = outcome.render?.compared ? sideBySide(outcome.render.compared) : null;
      if (args.values.json) {
        ctx.json({
          source: outcome.source,
          filter,
          notes: outcome.notes,
          drift: outcome.drift ?? null,
          remembered: outcome.remember ?? null,
          postings,
          render: outcome.render ? { used: outcome.render.used, learnt: outcome.render.next.mode, compared } : null
        });
        return EXIT.ok;
      }
      ctx.out(`source: ${outcome.source.kind}${outcome.source.token ? ` (${outcome.source.token})` : ""}`);
      if (filter)
        ctx.out(`filter: ${describeFilter(filter)}${outcome.source.kind === "browser" ? " (applied by the page)" : ""}`);
      for (const note of outcome.notes)
        ctx.out(`note: ${note}`);
      if (outcome.drift)
        ctx.out(`drift: the feed's answer changed shape, postings kept: ${describeDrift(outcome.drift)}`);
      if (compared && outcome.render) {
        const learnt = outcome.render.next.mode === "auto" ? "nothing learnt (both found nothing)" : `would be read ${outcome.render.next.mode === "static" ? "with plain HTTP" : "in Chromium"}`;
        ctx.out(`page read both ways: plain HTTP ${"failed" in compared.static ? `failed (${compared.static.failed})` : `${compared.static.count} posting(s)`}, Chromium ${compared.browser.count}; ${learnt}`);
        for (const l of table(["title", "plain HTTP", "Chromium", "url"], compared.rows.map((r) => [truncate(r.title, 50), r.inStatic ? "yes" : "-", r.inBrowser ? "yes" : "-", r.url])))
          ctx.out(l);
        return EXIT.ok;
      }
      for (const l of table(["title", "location", "url"], postings.map((p) => [truncate(p.title, 60), truncate(p.location, 30), p.url])))
        ctx.out(l);
      ctx.out(`${postings.length} posting(s)`);
      return EXIT.ok;
    } catch (err) {
      const c = classify(err, false, ctx.config.gemini.apiKey ? [ctx.config.gemini.apiKey] : []);
      ctx.io.stderr.write(`scoutly probe: ${c.kind}: ${singleLine(c.message)}
`);
      return EXIT.taskFailures;
    } finally {
      deadline.dispose();
    }
  }
};
function sideBySide(compared) {
  const rows = /* @__PURE__ */ new Map();
  const add = (found, side) => {
    for (const p of normalizeAll(found)) {
      const key = `${p.url}
${p.title.toLowerCase()}`;
      const row = rows.get(key) ?? { title: p.title, url: p.url, inStatic: false, inBrowser: false };
      row[side] = true;
      rows.set(key, row);
    }
  };
  if (!("failed" in compared.static))
    add(compared.static, "inStatic");
  add(compared.browser, "inBrowser");
  return {
    static: "failed" in compared.static ? compared.static : { count: normalizeAll(compared.static).length },
    browser: { count: normalizeAll(compared.browser).length },
    rows: [...rows.values()]
  };
}
export {
  postingsListCommand,
  probeCommand
};
