import {
  analyzePostingsKind,
  dedupeKeyOf
} from "./chunk-S6Y3NS4L.js";
import {
  currentIdentity
} from "./chunk-S7OV26WK.js";
import {
  TaskQueue,
  scrapeCompanyKind
} from "./chunk-YJ4EJ3TG.js";
import {
  systemClock
} from "./chunk-YUKE3DZL.js";

// dist/tasks/kind.js
function bindKind(module, deps, store) {
  const { handler, onOutcome, ...rest } = module;
  return {
    ...rest,
    run: (ctx) => handler(ctx, deps),
    ...onOutcome ? { onOutcome: (task, outcome, nowMs) => onOutcome(store, task, outcome, nowMs) } : {}
  };
}

// dist/tick/deps.js
function buildQueue(config, store, rand) {
  return new TaskQueue(store, { maxAttempts: config.maxAttempts, ...rand ? { rand } : {} });
}
function analyzerFor(config, store, clock) {
  let analyzer = null;
  return () => analyzer ??= config.gemini.apiKey ? import("./gemini-4FWYKLI3.js").then((m) => m.createGeminiAnalyzer(config, store, clock)) : import("./analyzer-V7JSHFDQ.js").then((m) => m.offlineAnalyzer);
}
function defaultKinds(config, store, clock, scraping) {
  return {
    scrape_company: bindKind(scrapeCompanyKind, { store, config, services: scraping }, store),
    analyze_postings: bindKind(analyzePostingsKind, { store, config, analyzer: analyzerFor(config, store, clock) }, store)
  };
}
function overriddenKinds(defaults, handlers) {
  const kinds = {};
  for (const [name, override] of Object.entries(handlers)) {
    const kind = defaults[name];
    kinds[name] = { ...kind, timeoutMs: override.timeoutMs ?? kind.timeoutMs, run: (ctx) => override.handler(ctx) };
  }
  return kinds;
}
function buildTickDeps(config, store, log, overrides = {}) {
  const clock = overrides.clock ?? systemClock;
  const queue = buildQueue(config, store, overrides.rand);
  let scraping = null;
  const getScraping = overrides.scraping ?? (() => scraping ??= import("./scraping-2LRYSJOK.js").then((m) => m.scrapeServices(config, clock, overrides.trustedHosts)));
  const defaults = defaultKinds(config, store, clock, getScraping);
  return {
    store,
    queue,
    clock,
    log,
    config,
    kinds: overrides.handlers ? overriddenKinds(defaults, overrides.handlers) : defaults,
    enqueue: (followUp) => void queue.add({ ...followUp, dedupeKey: dedupeKeyOf(followUp.kind, followUp.payload) }, clock.now()),
    identity: currentIdentity(overrides.invocationId),
    close: async () => {
      if (scraping)
        await (await scraping).close();
    }
  };
}

export {
  buildQueue,
  defaultKinds,
  buildTickDeps
};
