import {
  isoTime,
  table,
  truncate
} from "./chunk-HNSXSXLX.js";
import {
  APPLICATION_STATUSES
} from "./chunk-DTIESMB2.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  parseDuration
} from "./chunk-P3GHZZT5.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  applyLowering,
  discardsOf,
  learnedLowering,
  withFamilies
} from "./chunk-XXKOY5XF.js";
import {
  deriveProfileFromCv
} from "./chunk-TSCOCQB5.js";
import {
  analyzeOffline,
  preGateFiring
} from "./chunk-WVQP2PLF.js";
import "./chunk-VUYDP6U2.js";
import {
  validateProfile
} from "./chunk-7EI2NUQR.js";
import {
  listMatches,
  matchToExplain,
  setMatchStatus
} from "./chunk-TNVQQQLA.js";
import "./chunk-YOVJU2MG.js";
import {
  loadPlaces
} from "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  InputError,
  UsageError
} from "./chunk-ICS75TSL.js";
import {
  singleLine
} from "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/analyze/explain.js
function explainPosting(posting, profile, discards) {
  const excluded = preGateFiring(posting, profile);
  if (excluded)
    return { score: 0, excluded: true, firings: [excluded] };
  const analysis = applyLowering(analyzeOffline(posting, profile), learnedLowering(posting, profile, discards));
  return { score: analysis.score, excluded: false, firings: analysis.trace ?? [] };
}

// dist/cli/commands/matches.js
var FILTER_OPTIONS = { user: { type: "string" }, "min-score": { type: "string" }, since: { type: "string" }, status: { type: "string" } };
var FILTER_HELP = `  --user EMAIL     one user's matches
  --min-score N    only scores at or above N (0\u2013100)
  --since 7d       only matches saved within this long (90s, 12h, 7d \u2026)
  --status S       one application status: ${APPLICATION_STATUSES.join(", ")}`;
function filters(args, ctx, command) {
  const minRaw = stringFlag(args, "min-score");
  const min = minRaw === void 0 ? void 0 : Number(minRaw);
  if (min !== void 0 && (!Number.isInteger(min) || min < 0 || min > 100))
    throw new UsageError("--min-score takes a whole number from 0 to 100", usageOf(command));
  const sinceRaw = stringFlag(args, "since");
  const since = sinceRaw === void 0 ? void 0 : parseDuration(sinceRaw);
  if (since === null)
    throw new UsageError(`--since takes a duration such as 7d or 12h, got "${sinceRaw}"`, usageOf(command));
  const status = stringFlag(args, "status");
  if (status && !APPLICATION_STATUSES.includes(status)) {
    throw new UsageError(`--status takes one of ${APPLICATION_STATUSES.join(", ")}`, usageOf(command));
  }
  const user = stringFlag(args, "user");
  return { ...user ? { user } : {}, ...min !== void 0 ? { minScore: min } : {}, ...since !== void 0 ? { sinceMs: ctx.now() - since } : {}, ...status ? { status } : {} };
}
var matchesListCommand = {
  name: "matches list",
  summary: "List saved matches (analyses at or above SCOUTLY_MIN_SCORE), best first.",
  synopsis: "matches list [--user EMAIL] [--min-score N] [--since 7d] [--status S] [--json]",
  help: `Options:
${FILTER_HELP}
  --json           as JSON`,
  options: { ...FILTER_OPTIONS, json: { type: "boolean" } },
  async run(args, ctx) {
    const rows = listMatches(await ctx.openStore(), filters(args, ctx, matchesListCommand));
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(["id", "score", "company", "title", "status", "saved", "url"], rows.map((m) => [m.id, m.score, m.company, truncate(m.title, 45), m.closedAt ? `${m.status} (closed)` : m.status, isoTime(m.createdAt), m.url])))
      ctx.out(l);
    ctx.out(`${rows.length} match(es)`);
    return EXIT.ok;
  }
};
var FORMULA_START = /^(?:[\t\r\n]|[ ]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
var csvCell = (v) => {
  const s = v === null || v === void 0 ? "" : Array.isArray(v) ? v.join("; ") : String(v);
  return `"${(FORMULA_START.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
function matchesToCsv(rows) {
  const columns = ["id", "user", "company", "title", "score", "verdict", "status", "note", "location", "url", "reasons"];
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
  return `${lines.join("\n")}
`;
}
var matchesExportCommand = {
  name: "matches export",
  summary: "Export saved matches as CSV or JSON on standard output.",
  synopsis: "matches export --format csv|json [--user EMAIL] [--min-score N] [--since 7d] [--status S]",
  help: `Options:
  --format F       csv or json (required)
${FILTER_HELP}`,
  options: { ...FILTER_OPTIONS, format: { type: "string" } },
  async run(args, ctx) {
    const format = stringFlag(args, "format");
    if (format !== "csv" && format !== "json")
      throw new UsageError("--format takes csv or json", usageOf(matchesExportCommand));
    const rows = listMatches(await ctx.openStore(), filters(args, ctx, matchesExportCommand));
    if (format === "json")
      ctx.json(rows);
    else
      ctx.io.stdout.write(matchesToCsv(rows));
    return EXIT.ok;
  }
};
var matchesSetCommand = {
  name: "matches set",
  summary: "Record where an application stands.",
  synopsis: "matches set ID STATUS [--note TEXT]",
  help: `STATUS: ${APPLICATION_STATUSES.join(", ")}
Options:
  --note TEXT   a note kept with the match; with discarded ("not for me") it is the reason

A discarded match lowers later postings like it: the same company and kind of role (15 points), or the same
reason (10 points: "too junior", "on-site", "salary", "contract", or a word such as "agency" that the posting
says too); at most 25, never an exclusion, always shown as a concern. Setting it back to want_to_apply undoes it.`,
  options: { note: { type: "string" } },
  positionals: { min: 2, max: 2, names: "ID and STATUS" },
  async run(args, ctx) {
    const [idText, status] = args.positionals;
    const id = idOf(idText, matchesSetCommand);
    if (!APPLICATION_STATUSES.includes(status))
      throw new UsageError(`STATUS must be one of ${APPLICATION_STATUSES.join(", ")}`, usageOf(matchesSetCommand));
    if (!setMatchStatus(await ctx.openStore(), id, status, { note: stringFlag(args, "note"), via: "cli" }, ctx.now())) {
      throw new InputError(`no match #${id}; see \`scoutly matches list\``);
    }
    ctx.out(`match #${id} is now ${status}`);
    return EXIT.ok;
  }
};
var idOf = (text, command) => {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new UsageError(`ID must be a match number, got "${text}"`, usageOf(command));
  return id;
};
var matchesExplainCommand = {
  name: "matches explain",
  summary: "Show every rule that fired on a match, with the words of the posting and the profile it read.",
  synopsis: "matches explain ID [--json]",
  help: `The stored analysis (score, analyzer, reasons, concerns), then the offline rules run again on the posting and
the user's current profile: the pre-gate, each part of the score with its points (+ a reason, ! a concern,
\xB7 points given where the posting or profile does not say, x an exclusion, ~ learned), caps, and what was learned
from postings marked "not for me". With a Gemini key the stored score is the model's; the rules are what it was sent.
Options:
  --json   as JSON`,
  options: { json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "ID" },
  async run(args, ctx) {
    const id = idOf(args.positionals[0], matchesExplainCommand);
    const store = await ctx.openStore();
    const m = matchToExplain(store, id);
    if (!m)
      throw new InputError(`no match #${id}; see \`scoutly matches list\``);
    await loadPlaces();
    const raw = m.profile ?? (m.cvText ? deriveProfileFromCv(m.cvText, ctx.now()) : null);
    const checked = raw ? validateProfile(raw) : null;
    if (!checked?.ok)
      throw new InputError(`the profile of ${m.user} ${checked ? `is invalid: ${checked.message}` : "is missing"}; see \`scoutly users show ${m.user}\``);
    const explanation = explainPosting({ ...m, companyId: m.companyId }, checked.profile, withFamilies(discardsOf(store, m.userId).filter((d) => d.matchId !== m.id)));
    const stored = { score: m.score, verdict: m.verdict, analyzer: m.analyzer, model: m.model, version: m.promptVersion, reasons: m.reasons, concerns: m.concerns };
    if (args.values.json) {
      ctx.json({ id: m.id, user: m.user, company: m.company, title: m.title, location: m.location, url: m.url, status: m.status, stored, rulesNow: explanation });
      return EXIT.ok;
    }
    ctx.out(`match #${m.id}: ${singleLine(m.title)} at ${singleLine(m.company)}${m.location ? ` (${singleLine(m.location)})` : ""}, for ${m.user}; ${m.status}${m.discardReason ? ` ("${singleLine(m.discardReason)}")` : ""}`);
    ctx.out(`stored analysis: ${m.score ?? "\u2014"} (${m.verdict ?? "\u2014"}) by ${m.analyzer ?? "\u2014"}${m.model ? ` ${m.model}` : ""} ${m.promptVersion ?? ""}${m.analysedAt ? ` at ${isoTime(m.analysedAt)}` : ""}`);
    for (const r of m.reasons)
      ctx.out(`  + ${singleLine(r)}`);
    for (const c of m.concerns)
      ctx.out(`  - ${singleLine(c)}`);
    ctx.out(`the rules now (offline, with the current profile): ${explanation.excluded ? "excluded" : `score ${explanation.score}`}`);
    for (const f of explanation.firings) {
      const symbol = { excluded: "x", concern: "!", adjusted: "~", reason: "+", default: "\xB7" }[f.effect];
      const points = f.points ? ` (${f.points > 0 ? "+" : ""}${f.points} points)` : "";
      ctx.out(`  ${symbol} ${singleLine(f.says)}${points}${f.cap !== void 0 ? ` (the score at most ${f.cap})` : ""}`);
      if (f.posting)
        ctx.out(`      posting: "${singleLine(truncate(f.posting, 160))}"`);
      if (f.profile)
        ctx.out(`      profile: "${singleLine(truncate(f.profile, 160))}"`);
    }
    return EXIT.ok;
  }
};
export {
  csvCell,
  matchesExplainCommand,
  matchesExportCommand,
  matchesListCommand,
  matchesSetCommand,
  matchesToCsv
};
