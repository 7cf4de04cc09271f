import {
  openPostingUrls,
  recordScrape
} from "./chunk-6BIH2HBE.js";
import {
  findCompanyById,
  renderStateOf,
  scrapeInputOf,
  setCompanyRender,
  setCompanySource
} from "./chunk-WD5LNO2G.js";
import {
  scrape
} from "./chunk-P7GC33KY.js";
import "./chunk-RHQ6R7RZ.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import {
  MAX_POSTINGS_PER_SCRAPE,
  describeDrift,
  normalizeAll
} from "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import {
  analysingUsersOf
} from "./chunk-OGB2ZTBP.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-T6BXHNBH.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  PermanentError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/companies/drift.js
var driftWarningDue = (lastWarnedAt, nowMs) => lastWarnedAt === null || Math.floor(lastWarnedAt / DAY_MS) !== Math.floor(nowMs / DAY_MS);
function noteCompanyDrift(store, company, note, nowMs) {
  const warn = note !== null && driftWarningDue(company.driftWarnedAt, nowMs);
  if (note === company.driftNote && !warn)
    return false;
  writeTx(store, () => store.sqlite.prepare("UPDATE companies SET drift_note = ?, drift_warned_at = ? WHERE id = ?").run(note, warn ? nowMs : company.driftWarnedAt, company.id));
  return warn;
}

// dist/tasks/scrapeCompany.js
var ANALYZE_AFTER_SCRAPES = 2e3;
var RENDER_WORDS = { static: "plain HTTP", browser: "Chromium", both: "plain HTTP and Chromium compared" };
async function scrapeCompany(ctx, deps) {
  const { store } = deps;
  const services = await deps.services();
  const { companyId } = ctx.payload;
  const company = findCompanyById(store, companyId);
  if (!company)
    throw new PermanentError("invalid_payload", `company #${companyId} no longer exists`);
  const { known, filter } = scrapeInputOf(company);
  const scrapeCtx = services.context(ctx.signal, ctx.log, ctx.park);
  const render = renderStateOf(company);
  let outcome;
  try {
    outcome = await scrape({
      careersUrl: company.careersUrl,
      selector: company.selector,
      filter,
      render,
      openUrls: openPostingUrls(store, company.id)
    }, known, scrapeCtx, services.pageTimeoutMs);
  } catch (err) {
    if (known && known.kind !== "browser" && known.origin !== "user" && err instanceof PermanentError && err.kind === "http_4xx") {
      setCompanySource(store, company.id, null, ctx.clock.now());
    }
    throw err;
  }
  if (outcome.remember)
    setCompanySource(store, company.id, outcome.remember, ctx.clock.now());
  const next = outcome.render?.next;
  if (next && (next.mode !== render.mode || next.origin !== render.origin || next.scrapesSinceCheck !== render.scrapesSinceCheck)) {
    setCompanyRender(store, company.id, next, ctx.clock.now());
  }
  for (const note of outcome.notes)
    ctx.log.info(`${company.slug}: ${note}`);
  const postings = normalizeAll(outcome.postings);
  if (outcome.postings.length > MAX_POSTINGS_PER_SCRAPE) {
    ctx.log.warn(`${company.slug}: ${outcome.postings.length} postings found; only the first ${MAX_POSTINGS_PER_SCRAPE} are kept (check its selector)`);
  }
  const drift = outcome.drift ? `${outcome.source.kind}${outcome.source.token ? ` board ${outcome.source.token}` : ""}: ${describeDrift(outcome.drift)}` : null;
  const { record, warnDrift } = writeTx(store, () => {
    const r = recordScrape(store, company.id, outcome.source.kind, postings, ctx.clock.now());
    if (r.toAnalyze.length > 0) {
      for (const userId of analysingUsersOf(store, company.id)) {
        ctx.enqueue({
          kind: "analyze_postings",
          companyId: company.id,
          userId,
          payload: { companyId: company.id, userId },
          priority: ctx.task.priority + ANALYZE_AFTER_SCRAPES
        });
      }
    }
    return { record: r, warnDrift: noteCompanyDrift(store, company, drift, ctx.clock.now()) };
  });
  if (warnDrift)
    ctx.log.warn(`${company.slug}: the feed's answer changed shape, postings kept: ${drift} (warned once a day while it lasts; see scoutly status)`);
  const used = outcome.render?.used;
  ctx.log.info(`${company.slug}: ${record.seen} posting(s) via ${outcome.source.kind}${used ? ` (${RENDER_WORDS[used]})` : ""}, ${record.new} new${record.reposts ? ` (${record.reposts} reposted)` : ""}, ${record.closed} closed`);
  return {
    detail: {
      source: outcome.source.kind,
      render: used ?? null,
      bytes: scrapeCtx.cost.bytes,
      cpuMs: Math.round(scrapeCtx.cost.cpuMs),
      ...outcome.notes.length ? { notes: outcome.notes } : {},
      ...outcome.drift ? { drift: outcome.drift } : {},
      seen: record.seen,
      new: record.new,
      reopened: record.reopened,
      changed: record.changed,
      closed: record.closed,
      ...record.reposts ? { reposts: record.reposts } : {}
    },
    counters: { postingsNew: record.new, postingsClosed: record.closed }
  };
}
export {
  scrapeCompany
};
