import {
  HttpProblem,
  adminOnly,
  invalid,
  notFound
} from "./chunk-FWA5WURM.js";
import {
  addCompany,
  importCompanies,
  setRenderFromText,
  setSourceFromSpec,
  suggestCompanyNames
} from "./chunk-NT25MUI6.js";
import "./chunk-327OD4RX.js";
import {
  timeoutSignal
} from "./chunk-JCOXRJQO.js";
import "./chunk-DTIESMB2.js";
import {
  companiesForUser,
  findCompany,
  removeCompany,
  requireCompany,
  setPreference,
  sourceOfCareersUrl,
  untrack
} from "./chunk-WD5LNO2G.js";
import "./chunk-RHQ6R7RZ.js";
import "./chunk-BMFWJ45U.js";
import {
  describeFilter,
  parseStoredFilter
} from "./chunk-TOKAQMRD.js";
import "./chunk-2SW5SM2N.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  classify
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/web/actions/companies.js
function companyOut(c) {
  return {
    slug: c.slug,
    name: c.name,
    careersUrl: c.careersUrl,
    selector: c.selector,
    source: { kind: c.sourceKind, token: c.sourceToken, origin: c.sourceOrigin, filter: c.sourceFilter },
    render: { mode: c.renderMode, origin: c.renderOrigin },
    myRank: c.myRank,
    tracking: c.tracking,
    effectiveRank: c.effectiveRank,
    intervalDays: c.intervalMs === null ? null : c.intervalMs / DAY_MS,
    nextDueAt: c.nextDueAt,
    lastSuccessAt: c.lastSuccessAt,
    openPostings: c.openPostings,
    health: { consecutiveFailures: c.consecutiveFailures, lastErrorKind: c.lastErrorKind, lastError: c.lastError, breakerOpenUntil: c.breakerOpenUntil }
  };
}
var allCompanies = (deps, caller) => companiesForUser(deps.store, caller.account.id);
function oneCompany(deps, caller, slug) {
  const found = companiesForUser(deps.store, caller.account.id, slug)[0];
  if (!found)
    throw notFound(`company "${slug}"`);
  return found;
}
function existing(deps, slug) {
  const company = findCompany(deps.store, slug);
  if (!company)
    throw notFound(`company "${slug}"`);
  return company;
}
function admin(caller) {
  if (!caller.account.isAdmin)
    throw adminOnly();
}
var PROBE_TIMEOUT_MS = 9e4;
async function probeCareersUrl(deps, input) {
  const { scrapeOnce } = await import("./scraping-2LRYSJOK.js");
  const filter = parseStoredFilter(sourceOfCareersUrl(input.url).sourceFilter);
  const deadline = timeoutSignal(PROBE_TIMEOUT_MS);
  try {
    const outcome = await scrapeOnce(deps.config, deps.clock, { careersUrl: input.url, selector: input.selector ?? null, filter }, null, deadline.signal, deps.log);
    return {
      url: input.url,
      source: { kind: outcome.source.kind, token: outcome.source.token ?? null },
      filter: describeFilter(filter),
      notes: outcome.notes,
      postings: outcome.postings.map((p) => ({ title: p.title, url: p.url, location: p.location ?? null })),
      suggested: suggestCompanyNames(input.url, outcome.source.kind === "browser" ? null : outcome.source.token ?? null),
      failed: null
    };
  } catch (err) {
    const c = classify(err, false, deps.config.gemini.apiKey ? [deps.config.gemini.apiKey] : []);
    return {
      url: input.url,
      source: { kind: "unknown", token: null },
      filter: describeFilter(filter),
      notes: [],
      postings: [],
      suggested: suggestCompanyNames(input.url, null),
      failed: `${c.kind}: ${c.message}`
    };
  } finally {
    deadline.dispose();
  }
}
function saveCompany(deps, caller, input) {
  const taken = findCompany(deps.store, input.slug);
  if (taken && taken.careersUrl !== input.url) {
    throw invalid([{ field: "slug", message: `"${input.slug}" is already ${taken.name} (${taken.careersUrl}); choose another` }]);
  }
  addCompany(deps.store, { slug: input.slug, careersUrl: input.url, name: input.name, selector: input.selector }, { userId: caller.account.id, rank: input.rank }, deps.clock.now());
  return oneCompany(deps, caller, input.slug);
}
function importFile(deps, caller, input) {
  const outcome = importCompanies(deps.store, input.text, input.fileName, { skipInvalid: input.skipInvalid, track: input.track ? () => ({ userId: caller.account.id, rank: input.rank }) : null }, deps.clock.now());
  if (outcome.kind === "empty")
    throw invalid([{ field: "file", message: `${input.fileName} holds no companies (expected a JSON array or a CSV file with a header row and at least one company)` }]);
  if (outcome.kind === "invalid") {
    throw new HttpProblem(400, "Invalid file", `${input.fileName}: ${outcome.problems.length} problem(s); nothing was imported (fix them, or skip the invalid rows)`, outcome.problems.map((p) => ({ field: `${p.where}: ${p.field}`, message: p.message })));
  }
  return { inserted: outcome.inserted, updated: outcome.updated, tracked: outcome.tracked, skipped: outcome.skipped, warnings: outcome.warnings };
}
function rankCompany(deps, caller, slug, rank) {
  setPreference(deps.store, caller.account.id, existing(deps, slug).id, rank, deps.clock.now());
  return oneCompany(deps, caller, slug);
}
function untrackCompany(deps, caller, slug) {
  untrack(deps.store, existing(deps, slug).id, caller.account.id, deps.clock.now());
  return oneCompany(deps, caller, slug);
}
async function scrapeNow(deps, slug) {
  const company = existing(deps, slug);
  const [{ forceScrape }, { buildQueue }] = await Promise.all([import("./enqueueScrapes-MSBPPCMN.js"), import("./deps-XZW7DPSM.js")]);
  const r = forceScrape(deps.store, buildQueue(deps.config, deps.store), company.id, deps.clock.now());
  return { taskId: r.id, created: r.created, message: r.created ? `queued scrape task #${r.id} for ${company.slug}: it runs at the next tick` : `brought task #${r.id} for ${company.slug} forward: it runs at the next tick` };
}
function changeSource(deps, caller, slug, spec) {
  admin(caller);
  return setSourceFromSpec(deps.store, requireCompany(deps.store, slug), spec, deps.clock.now()).join(" ");
}
function changeRender(deps, caller, slug, mode) {
  admin(caller);
  return setRenderFromText(deps.store, requireCompany(deps.store, slug), mode, deps.clock.now()).join(" ");
}
function deleteCompany(deps, caller, slug) {
  admin(caller);
  if (!removeCompany(deps.store, slug))
    throw notFound(`company "${slug}"`);
  return `removed ${slug} with its postings, tasks and preferences (attempt history is kept)`;
}
export {
  allCompanies,
  changeRender,
  changeSource,
  companyOut,
  deleteCompany,
  importFile,
  oneCompany,
  probeCareersUrl,
  rankCompany,
  saveCompany,
  scrapeNow,
  untrackCompany
};
