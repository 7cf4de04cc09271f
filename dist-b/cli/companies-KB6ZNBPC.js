import {
  addCompany,
  formatProblems,
  importCompanies,
  setRenderFromText,
  setSourceFromSpec
} from "./chunk-NT25MUI6.js";
import "./chunk-327OD4RX.js";
import {
  isoTime,
  table,
  truncate
} from "./chunk-HNSXSXLX.js";
import {
  nextDueAt
} from "./chunk-N5S2ZEWS.js";
import "./chunk-DTIESMB2.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  resolveUser
} from "./chunk-Y6E3OW7K.js";
import "./chunk-TSCOCQB5.js";
import "./chunk-7EI2NUQR.js";
import {
  listCompanies,
  preferencesOf,
  removeCompany,
  requireCompany,
  setPreference,
  untrack
} from "./chunk-WD5LNO2G.js";
import {
  STATIC_RECHECK_EVERY
} from "./chunk-RHQ6R7RZ.js";
import {
  FEED_KINDS
} from "./chunk-BMFWJ45U.js";
import {
  describeFilter
} from "./chunk-TOKAQMRD.js";
import "./chunk-2SW5SM2N.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import {
  parseRank
} from "./chunk-DUZE2QZ6.js";
import "./chunk-VHVHADGL.js";
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

// dist/cli/commands/companies.js
import { basename } from "node:path";
var EXIT_DATA = 65;
function rankFlag(args, command, fallback) {
  const raw = stringFlag(args, "rank");
  if (raw === void 0)
    return fallback;
  const r = parseRank(raw);
  if (!r.ok)
    throw new UsageError(`--rank: ${r.message}`, usageOf(command));
  return r.rank;
}
var importCommand = {
  name: "companies import",
  summary: "Import companies from a JSON array in Scoutly's seed format, or a CSV file with the same headers.",
  synopsis: "companies import FILE [--skip-invalid] [--track [--user EMAIL] [--rank N]] [--json]",
  help: `
Fields: companyID, company, careers_url, selector, work_model (FULLY_REMOTE, HYBRID, ON_SITE), headquarters,
office_locations, fields, openToApplication, and optionally rank (1\u2013100) or the legacy priority (high, medium, low).
In CSV, list fields are separated by ";" (or given as a JSON array).

Companies are upserted by companyID. Every row is validated first; if any row is bad, the problems are listed
by index (JSON) or line (CSV) and nothing is written, unless --skip-invalid imports the good rows.

Options:
  --skip-invalid   import the valid rows and report the others
  --track          also track the imported companies: each row's rank/priority, else --rank, else 50
  --user EMAIL     whose tracking (default: the only user)
  --rank N         rank for rows that give none (1\u2013100)
  --json           print the result as JSON`,
  options: { "skip-invalid": { type: "boolean" }, track: { type: "boolean" }, user: { type: "string" }, rank: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "FILE" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const file = args.positionals[0];
    if ((stringFlag(args, "rank") || stringFlag(args, "user")) && !args.values.track) {
      throw new UsageError("--rank and --user only apply with --track", usageOf(importCommand));
    }
    const defaultRank = rankFlag(args, importCommand, 50);
    let text;
    try {
      text = ctx.io.readFile(file).toString("utf8");
    } catch (err) {
      throw new InputError(`cannot read ${file}: ${err.code ?? err.message}`);
    }
    let trackedFor = null;
    const track = args.values.track ? () => {
      const user = resolveUser(store, stringFlag(args, "user"));
      trackedFor = user.email;
      return { userId: user.id, rank: defaultRank };
    } : null;
    const outcome = importCompanies(store, text, basename(file), { skipInvalid: Boolean(args.values["skip-invalid"]), track }, ctx.now());
    if (outcome.kind === "empty") {
      ctx.io.stderr.write(`scoutly: ${file} holds no companies (expected a JSON array or a CSV file with a header row and at least one company)
`);
      return EXIT_DATA;
    }
    if (outcome.warnings.length)
      ctx.io.stderr.write(`scoutly: ${file}: ${outcome.warnings.length} warning(s):
${formatProblems(outcome.warnings)}
`);
    if (outcome.kind === "invalid") {
      ctx.io.stderr.write(`scoutly: ${file}: ${outcome.problems.length} problem(s); nothing was imported (fix them, or use --skip-invalid):
${formatProblems(outcome.problems)}
`);
      return EXIT_DATA;
    }
    const problems = outcome.skipped;
    if (args.values.json) {
      ctx.json({ inserted: outcome.inserted, updated: outcome.updated, skipped: problems, tracked: outcome.tracked, user: trackedFor });
    } else {
      ctx.out(`imported ${outcome.rows} compan${outcome.rows === 1 ? "y" : "ies"} from ${file}: ${outcome.inserted} new, ${outcome.updated} updated`);
      if (problems.length)
        [`skipped ${problems.length} problem(s):`, ...formatProblems(problems).split("\n")].forEach((l) => ctx.out(l));
      if (trackedFor)
        ctx.out(`tracking all ${outcome.ids.length} for ${trackedFor}`);
      else
        ctx.out("nothing is tracked yet: use --track, or `scoutly track SLUG --rank N`");
    }
    return problems.length ? EXIT_DATA : EXIT.ok;
  }
};
var ADD_FLAG_OF = {
  companyID: "SLUG",
  careers_url: "URL",
  company: "--name",
  selector: "--selector",
  work_model: "--work-model",
  headquarters: "--headquarters"
};
var addCommand = {
  name: "companies add",
  summary: "Add or update one company.",
  synopsis: "companies add SLUG URL [--name NAME] [--selector CSS] [--work-model M] [--headquarters H] [--rank N [--user EMAIL]]",
  help: `
SLUG is a short id (letters, digits, ".", "_", "-"); URL is the careers page (http or https).
Options:
  --name NAME          display name (default: SLUG)
  --selector CSS       where the postings are on the page
  --work-model M       FULLY_REMOTE, HYBRID or ON_SITE
  --headquarters H     e.g. "Berlin, Germany"
  --rank N             also track it at this rank (1\u2013100)
  --user EMAIL         whose tracking (default: the only user)`,
  options: {
    name: { type: "string" },
    selector: { type: "string" },
    "work-model": { type: "string" },
    headquarters: { type: "string" },
    rank: { type: "string" },
    user: { type: "string" }
  },
  positionals: { min: 2, max: 2, names: "SLUG and URL" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const [slug, url] = args.positionals;
    const rank = rankFlag(args, addCommand, null);
    const user = rank === null ? null : resolveUser(store, stringFlag(args, "user"));
    const result = addCompany(store, {
      slug,
      careersUrl: url,
      name: stringFlag(args, "name"),
      selector: stringFlag(args, "selector"),
      workModel: stringFlag(args, "work-model"),
      headquarters: stringFlag(args, "headquarters")
    }, user && rank !== null ? { userId: user.id, rank } : null, ctx.now(), ADD_FLAG_OF);
    ctx.out(`${result.inserted ? "added" : "updated"} ${slug}${user ? `, tracked at rank ${rank} for ${user.email}` : ""}`);
    return EXIT.ok;
  }
};
var listCommand = {
  name: "companies list",
  summary: "List companies with their rank, schedule and health.",
  synopsis: "companies list [--due] [--problematic] [--json]",
  help: "Options:\n  --due          only companies due now\n  --problematic  only companies that are failing or have an open circuit breaker\n  --json         as JSON",
  options: { due: { type: "boolean" }, problematic: { type: "boolean" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rows = listCompanies(store, { due: Boolean(args.values.due), problematic: Boolean(args.values.problematic), nowMs: ctx.now() });
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(["company", "rank", "source", "filter", "next due", "last success", "failures", "last error"], rows.map((c) => [
      c.slug,
      c.effectiveRank ?? "untracked",
      c.sourceKind,
      truncate(describeFilter(c.sourceFilter), 30),
      isoTime(c.nextDueAt),
      isoTime(c.lastSuccessAt),
      c.consecutiveFailures,
      c.lastErrorKind ? `${c.lastErrorKind}: ${truncate(c.lastError, 50)}` : null
    ])))
      ctx.out(l);
    ctx.out(`${rows.length} compan${rows.length === 1 ? "y" : "ies"}`);
    return EXIT.ok;
  }
};
var showCommand = {
  name: "companies show",
  summary: "Show one company: its page, source, schedule, health and who tracks it.",
  synopsis: "companies show SLUG [--json]",
  help: "Options:\n  --json   as JSON",
  options: { json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "SLUG" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const c = requireCompany(store, args.positionals[0]);
    const prefs = preferencesOf(store, c.id);
    const tracking = prefs.filter((p) => p.tracking);
    const rank = tracking.length ? Math.max(...tracking.map((p) => p.rank)) : null;
    const trackedSince = c.createdAt;
    const due = rank === null ? null : nextDueAt({ effectiveRank: rank, lastSuccessAt: c.lastSuccessAt, trackedSince });
    if (args.values.json) {
      ctx.json({ ...c, effectiveRank: rank, preferences: prefs });
      return EXIT.ok;
    }
    const lines = [
      ["company", `${c.name} (${c.slug})`],
      ["careers page", c.careersUrl],
      ["selector", c.selector],
      ["work model", c.workModel],
      ["headquarters", c.headquarters],
      ["offices", c.officeLocations.join("; ") || null],
      ["fields", c.fields.join("; ") || null],
      ["source", c.sourceKind ? `${c.sourceKind}${c.sourceKind !== "browser" && c.sourceToken ? ` (${c.sourceToken})` : ""}${c.sourceOrigin ? `, ${ORIGIN_WORDS[c.sourceOrigin]}` : ""}` : "not detected yet"],
      ["filter", describeFilter(c.sourceFilter)],
      ["page read", c.renderMode === "auto" ? "not learnt yet (both ways at the next page scrape)" : `${c.renderMode === "static" ? "with plain HTTP" : "in Chromium"}, ${c.renderOrigin === "user" ? "set by you" : "learnt"}`],
      ["effective rank", rank ?? "untracked"],
      ["next due", rank === null ? null : isoTime(due)],
      ["last success", isoTime(c.lastSuccessAt)],
      ["failures in a row", c.consecutiveFailures],
      ["last error", c.lastErrorKind ? `${c.lastErrorKind}: ${c.lastError}` : null],
      ["breaker open until", c.breakerOpenUntil ? isoTime(c.breakerOpenUntil) : null],
      ["tracked by", prefs.map((p) => `${p.email} (rank ${p.rank}${p.tracking ? "" : ", paused"})`).join(", ") || null]
    ];
    for (const [k, v] of lines)
      ctx.out(`${k.padEnd(19)} ${v ?? "\u2014"}`);
    return EXIT.ok;
  }
};
var ORIGIN_WORDS = { url: "from the careers URL", page: "found on the page", user: "set by you" };
var setSourceCommand = {
  name: "companies set-source",
  summary: "Name the board a company publishes through, read its page, or go back to detection.",
  synopsis: "companies set-source SLUG KIND:TOKEN|BOARD_URL|browser|auto",
  help: `
KIND:TOKEN     a board of one of the sources: ${FEED_KINDS.join(", ")}; e.g. greenhouse:acme, lever:acme,
               ashby:Acme (case-sensitive), workday:acme.wd5/External, eightfold:careers.acme.com|acme.com.
               The whole board is read; to narrow it, give the board's URL with its filter instead.
BOARD_URL      the board's own address, as your browser shows it with the filters you chose, e.g.
               https://jobs.lever.co/acme?department=Engineering or https://job-boards.greenhouse.io/acme?departments[]=123
browser        always read the careers page itself (never switch to a board found on it)
auto           forget what was set or learned: detect again from the careers URL and the page

A source you set is kept even when it fails (the error shows in \`companies show\`); \`auto\` undoes it.`,
  positionals: { min: 2, max: 2, names: "SLUG and SOURCE" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]);
    for (const line of setSourceFromSpec(store, company, args.positionals[1], ctx.now()))
      ctx.out(line);
    return EXIT.ok;
  }
};
var setRenderCommand = {
  name: "companies set-render",
  summary: "Choose how a company's careers page is read: plain HTTP, Chromium, or learnt (auto).",
  synopsis: "companies set-render SLUG static|browser|auto",
  help: `
static   read the page with plain HTTP only (cheap; for pages whose postings are in the HTML)
browser  always render it in Chromium (for pages that build their list with JavaScript)
auto     let Scoutly learn: the next scrape reads the page both ways and keeps the cheaper one when both
         find the same postings; a static page that suddenly finds nothing is checked in Chromium, and a
         browser page is tried with plain HTTP again every ${STATIC_RECHECK_EVERY} scrapes

Applies when the company's source is its careers page (not a board's feed). \`scoutly probe URL\` shows both
results side by side.`,
  positionals: { min: 2, max: 2, names: "SLUG and MODE" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]);
    for (const line of setRenderFromText(store, company, args.positionals[1], ctx.now()))
      ctx.out(line);
    return EXIT.ok;
  }
};
var removeCommand = {
  name: "companies remove",
  summary: "Remove a company with its postings, tasks and preferences (attempt history is kept).",
  synopsis: "companies remove SLUG",
  help: "To stop scraping but keep the history, use `scoutly untrack SLUG` instead.",
  positionals: { min: 1, max: 1, names: "SLUG" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const slug = args.positionals[0];
    if (!removeCompany(store, slug))
      throw new InputError(`no company "${slug}"; see \`scoutly companies list\``);
    ctx.out(`removed ${slug}`);
    return EXIT.ok;
  }
};
var trackCommand = {
  name: "track",
  summary: "Track a company at a rank (1\u2013100): 81\u2013100 daily, 61\u201380 every 2 days, 31\u201360 every 3, 11\u201330 every 4, 1\u201310 every 5.",
  synopsis: "track SLUG --rank N [--user EMAIL]",
  help: "Options:\n  --rank N      1\u2013100, required\n  --user EMAIL  whose preference (default: the only user)",
  options: { rank: { type: "string" }, user: { type: "string" } },
  positionals: { min: 1, max: 1, names: "SLUG" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rank = rankFlag(args, trackCommand, null);
    if (rank === null)
      throw new UsageError("--rank is required", usageOf(trackCommand));
    const company = requireCompany(store, args.positionals[0]);
    const user = resolveUser(store, stringFlag(args, "user"));
    setPreference(store, user.id, company.id, rank, ctx.now());
    ctx.out(`tracking ${company.slug} at rank ${rank} for ${user.email}`);
    return EXIT.ok;
  }
};
var untrackCommand = {
  name: "untrack",
  summary: "Stop tracking a company (for one user with --user, else for everyone). History and rank are kept.",
  synopsis: "untrack SLUG [--user EMAIL]",
  help: "Options:\n  --user EMAIL  only this user's preference",
  options: { user: { type: "string" } },
  positionals: { min: 1, max: 1, names: "SLUG" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const company = requireCompany(store, args.positionals[0]);
    const email = stringFlag(args, "user");
    const userId = email ? resolveUser(store, email).id : null;
    const n = untrack(store, company.id, userId, ctx.now());
    ctx.out(n ? `stopped tracking ${company.slug}` : `${company.slug} was not tracked${email ? ` by ${email}` : ""}`);
    return EXIT.ok;
  }
};
export {
  EXIT_DATA,
  addCommand,
  importCommand,
  listCommand,
  removeCommand,
  setRenderCommand,
  setSourceCommand,
  showCommand,
  trackCommand,
  untrackCommand
};
