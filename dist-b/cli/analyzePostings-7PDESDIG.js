import {
  applyLowering,
  discardsOf,
  learnedLowering,
  withFamilies
} from "./chunk-XXKOY5XF.js";
import {
  scoringInputOf
} from "./chunk-Y6E3OW7K.js";
import {
  deriveProfileFromCv
} from "./chunk-TSCOCQB5.js";
import {
  analyzeOffline,
  preGate
} from "./chunk-WVQP2PLF.js";
import "./chunk-VUYDP6U2.js";
import {
  profileHash,
  validateProfile
} from "./chunk-7EI2NUQR.js";
import {
  yieldTurn
} from "./chunk-YUKE3DZL.js";
import {
  analysisCacheKey,
  hasAnalysis,
  openPostingsOf,
  otherPendingOf,
  saveAnalysis,
  scrapesRunningFor
} from "./chunk-OGB2ZTBP.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-YOVJU2MG.js";
import {
  loadPlaces
} from "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import {
  oncePer
} from "./chunk-YU7T37VA.js";
import {
  PermanentError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/tasks/analyzePostings.js
var MIN_BATCH = 3;
var BATCH_WAIT_MS = 2e4;
var BATCH_POLL_MS = 250;
var inFlightOf = oncePer((_deps) => /* @__PURE__ */ new Set());
function topUpCount(pending, batchSize) {
  if (batchSize === null)
    return 0;
  const last = pending % batchSize;
  return last !== 0 && last < MIN_BATCH ? batchSize - last : 0;
}
async function analyzePostings(ctx, deps) {
  const { store, config } = deps;
  const { userId, companyId } = ctx.payload;
  const inFlight = inFlightOf(deps);
  const user = scoringInputOf(store, userId);
  if (!user)
    throw new PermanentError("invalid_payload", `user #${userId} no longer exists`);
  if (!user.profile && user.cvText)
    await loadPlaces();
  const stored = user.profile ?? (user.cvText ? deriveProfileFromCv(user.cvText, ctx.clock.now()) : null);
  if (!stored)
    return { detail: { skipped: "no profile and no CV text" } };
  const checked = validateProfile(stored);
  if (!checked.ok)
    throw new PermanentError("invalid_payload", `the profile of user #${userId} is invalid: ${checked.message}`);
  const profile = checked.profile;
  const analyzer = await deps.analyzer();
  const pHash = profileHash(profile, user.cvText);
  const discards = withFamilies(discardsOf(store, userId));
  if (discards.length)
    await loadPlaces();
  const loweringOf = oncePer((p) => discards.length ? learnedLowering(p, profile, discards) : null);
  const keyOf = (p) => {
    const learned = loweringOf(p)?.signature;
    return analysisCacheKey(p.contentHash, analyzer.name, analyzer.model, learned ? `${analyzer.version}|learned:${learned}` : analyzer.version, pHash);
  };
  const flightKey = (p) => `${userId}:${p.id}`;
  const isPending = (p) => !inFlight.has(flightKey(p)) && !hasAnalysis(store, userId, p.id, keyOf(p));
  const gather = () => {
    const own = openPostingsOf(store, companyId).filter(isPending);
    const shortBy = topUpCount(own.length, analyzer.batchSize);
    return shortBy > 0 ? [...own, ...otherPendingOf(store, userId, companyId, isPending, shortBy)] : own;
  };
  if (gather().length)
    await loadPlaces();
  let pending = gather();
  const waitUntil = ctx.clock.now() + BATCH_WAIT_MS;
  const batchIsShort = () => analyzer.batchSize !== null && pending.length % analyzer.batchSize !== 0;
  while (batchIsShort() && ctx.clock.now() < waitUntil && !ctx.signal.aborted && scrapesRunningFor(store, userId) > 0) {
    await ctx.clock.sleep(BATCH_POLL_MS, ctx.signal).catch(() => {
    });
    pending = gather();
  }
  for (const p of pending)
    inFlight.add(flightKey(p));
  const counts = { analyses: 0, matches: 0, requests: 0, declined: 0 };
  const save = (p, a) => {
    counts.analyses++;
    if (saveAnalysis(store, userId, p.id, keyOf(p), applyLowering(a, loweringOf(p)), config.minScore, ctx.clock.now()))
      counts.matches++;
  };
  try {
    const toScore = [];
    for (const posting of pending) {
      await yieldTurn(ctx.signal);
      const p = { ...posting, localId: "" };
      const excluded = preGate(p, profile);
      if (excluded)
        save(p, { score: 0, verdict: "excluded", reasons: [], concerns: [excluded], analyzer: "pregate", model: null, promptVersion: analyzer.version, flagged: false });
      else
        toScore.push(p);
    }
    const size = analyzer.batchSize ?? Math.max(1, toScore.length);
    for (let i = 0; i < toScore.length && !ctx.signal.aborted; i += size) {
      const batch = toScore.slice(i, i + size);
      batch.forEach((p, j) => p.localId = `J${j + 1}`);
      const local = new Map(batch.map((p) => [p.localId, p]));
      const result = await analyzer.analyze(batch, profile, user.cvText, {
        scored: (localId, a) => save(local.get(localId), a),
        // Never dropped, never asked forever: what the model will not score is scored offline, saying why.
        declined: (localId, why) => {
          const p = local.get(localId);
          ctx.log.warn(`posting #${p.id} "${p.title}": ${why}; scored by the offline analyzer`);
          counts.declined++;
          save(p, declinedByModel(analyzeOffline(p, profile), why));
        }
      }, ctx.signal);
      counts.requests += result.requests;
    }
  } finally {
    for (const p of pending)
      inFlight.delete(flightKey(p));
    ctx.log.debug(`${counts.analyses} analysis(es), ${counts.matches} match(es), ${counts.requests} model request(s)`);
  }
  return {
    detail: { analyses: counts.analyses, matches: counts.matches, analyzer: analyzer.name, geminiRequests: counts.requests, declined: counts.declined },
    counters: { analyses: counts.analyses, matches: counts.matches, declinedByGemini: counts.declined }
  };
}
function declinedByModel(offline, why) {
  return { ...offline, analyzer: "offline", concerns: [`scored offline: ${why}`, ...offline.concerns].slice(0, 6) };
}
export {
  analyzePostings,
  declinedByModel,
  topUpCount
};
