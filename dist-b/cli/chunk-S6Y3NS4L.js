import {
  idsPayload,
  scrapeCompanyKind
} from "./chunk-YJ4EJ3TG.js";

// dist/tasks/kinds/analyzePostings.js
var ANALYZE_TIMEOUT_MS = 6e4;
var analyzeDedupeKey = (p) => `analyze_postings:${p.companyId}:${p.userId}`;
var analyzePostingsKind = {
  kind: "analyze_postings",
  payloadSchema: idsPayload("companyId", "userId"),
  dedupeKey: analyzeDedupeKey,
  timeoutMs: ANALYZE_TIMEOUT_MS,
  reachesSites: false,
  handler: async (ctx, deps) => (await import("./analyzePostings-7PDESDIG.js")).analyzePostings(ctx, deps)
};

// dist/tasks/kinds/index.js
var KIND_MODULES = {
  scrape_company: scrapeCompanyKind,
  analyze_postings: analyzePostingsKind
};
function dedupeKeyOf(kind, payload) {
  const module = KIND_MODULES[kind];
  const parsed = module.payloadSchema.parse(payload);
  if (!parsed.ok)
    throw new Error(`invalid ${kind} payload: ${parsed.message}`);
  return module.dedupeKey(parsed.value);
}
function outcomeHooks(store) {
  return (task, outcome, nowMs) => KIND_MODULES[task.kind].onOutcome?.(store, task, outcome, nowMs);
}

export {
  analyzePostingsKind,
  dedupeKeyOf,
  outcomeHooks
};
