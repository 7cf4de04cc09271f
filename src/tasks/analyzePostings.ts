// The analyze_postings work: every open posting of a company that a user has not had analysed with the
// current inputs goes through the pre-gate, then the analyzer; matches become saved jobs. A batching
// analyzer's short batches are topped up with the user's pending postings of other companies, so a
// company with one new posting does not cost a request of its own.

import { PermanentError } from '../core/errors.js';
import { yieldTurn } from '../core/clock.js';
import { oncePer } from '../core/memo.js';
import type { Analyzer } from '../analyze/analyzer.js';
import { analyzeOffline } from '../analyze/offline.js';
import { applyLowering, discardsOf, learnedLowering, withFamilies } from '../analyze/learned.js';
import { loadPlaces } from '../analyze/places.js';
import { preGate } from '../analyze/pregate.js';
import { profileHash, validateProfile } from '../analyze/profile.js';
import { analysisCacheKey, hasAnalysis, openPostingsOf, otherPendingOf, saveAnalysis, scrapesRunningFor, type PendingPosting } from '../analyze/repo.js';
import type { BatchPosting } from '../analyze/prompt.js';
import type { Analysis } from '../analyze/types.js';
import { deriveProfileFromCv } from '../users/cvProfile.js';
import { scoringInputOf } from '../users/repo.js';
import type { TaskContext, TaskResult } from './kind.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';

export type AnalyzePayload = { companyId: number; userId: number };

/** What the analyze_postings kind is bound to at the composition root. */
export interface AnalyzeKindDeps {
  store: Store;
  config: Config;
  /** Gemini with a key, else the offline analyzer; loaded on first use. */
  analyzer: () => Promise<Analyzer>;
}

/** The smallest batch worth a request when other companies' postings can fill it. */
const MIN_BATCH = 3;
/** How long a short batch may wait for the tick's running scrapes of the same user. */
const BATCH_WAIT_MS = 20_000;
const BATCH_POLL_MS = 250;

/** Postings being analysed by a running task of this tick (one set per tick's deps): a concurrent task of the same user skips them. */
const inFlightOf = oncePer((_deps: AnalyzeKindDeps) => new Set<string>());

/** How many of `pending` postings to borrow from other companies so the last batch is not short. */
export function topUpCount(pending: number, batchSize: number | null): number {
  if (batchSize === null) return 0;
  const last = pending % batchSize;
  return last !== 0 && last < MIN_BATCH ? batchSize - last : 0;
}

export async function analyzePostings(ctx: TaskContext<AnalyzePayload>, deps: AnalyzeKindDeps): Promise<TaskResult> {
  const { store, config } = deps;
  const { userId, companyId } = ctx.payload;
  const inFlight = inFlightOf(deps);
  const user = scoringInputOf(store, userId);
  if (!user) throw new PermanentError('invalid_payload', `user #${userId} no longer exists`);
  // A user who gave only a CV (before profiles were derived at `users add`) is scored on one derived now.
  if (!user.profile && user.cvText) await loadPlaces();
  const stored = user.profile ?? (user.cvText ? deriveProfileFromCv(user.cvText, ctx.clock.now()) : null);
  if (!stored) return { detail: { skipped: 'no profile and no CV text' } };
  const checked = validateProfile(stored);
  if (!checked.ok) throw new PermanentError('invalid_payload', `the profile of user #${userId} is invalid: ${checked.message}`);
  const profile = checked.profile;
  const analyzer: Analyzer = await deps.analyzer();
  const pHash = profileHash(profile, user.cvText);
  // The gazetteer and the rules come in only now, when there may be something to analyse (a tick with nothing
  // to analyse never loads them); the discards are read afresh, so an undone "not for me" counts no more.
  const discards = withFamilies(discardsOf(store, userId));
  if (discards.length) await loadPlaces(); // what was learned is read from the postings' facts
  const loweringOf = oncePer((p: PendingPosting) => (discards.length ? learnedLowering(p, profile, discards) : null));
  // What was learned is part of the key: a posting lowered for a discard is scored again once it is undone.
  const keyOf = (p: PendingPosting) => {
    const learned = loweringOf(p)?.signature;
    return analysisCacheKey(p.contentHash, analyzer.name, analyzer.model, learned ? `${analyzer.version}|learned:${learned}` : analyzer.version, pHash);
  };
  const flightKey = (p: PendingPosting) => `${userId}:${p.id}`;
  const isPending = (p: PendingPosting) => !inFlight.has(flightKey(p)) && !hasAnalysis(store, userId, p.id, keyOf(p));
  const gather = () => {
    const own = openPostingsOf(store, companyId).filter(isPending);
    const shortBy = topUpCount(own.length, analyzer.batchSize);
    return shortBy > 0 ? [...own, ...otherPendingOf(store, userId, companyId, isPending, shortBy)] : own;
  };
  // Loaded before the postings are taken (another task of this user may take some while this one waits).
  if (gather().length) await loadPlaces();
  let pending = gather();
  // A short batch waits (a little) for the user's scrapes still running in this tick to add postings.
  const waitUntil = ctx.clock.now() + BATCH_WAIT_MS;
  const batchIsShort = () => analyzer.batchSize !== null && pending.length % analyzer.batchSize !== 0;
  while (batchIsShort() && ctx.clock.now() < waitUntil && !ctx.signal.aborted && scrapesRunningFor(store, userId) > 0) {
    await ctx.clock.sleep(BATCH_POLL_MS, ctx.signal).catch(() => {});
    pending = gather();
  }
  for (const p of pending) inFlight.add(flightKey(p));
  const counts = { analyses: 0, matches: 0, requests: 0, declined: 0 };
  const save = (p: PendingPosting, a: Analysis) => {
    counts.analyses++;
    if (saveAnalysis(store, userId, p.id, keyOf(p), applyLowering(a, loweringOf(p)), config.minScore, ctx.clock.now())) counts.matches++;
  };
  try {
    // One object per posting from the pre-gate to the analyzer: its facts are read once (analyze/facts.ts).
    const toScore: (PendingPosting & BatchPosting)[] = [];
    for (const posting of pending) {
      // Between postings the loop lets timers run, so the attempt's limit and the tick's deadline can stop it.
      await yieldTurn(ctx.signal);
      const p = { ...posting, localId: '' };
      const excluded = preGate(p, profile);
      if (excluded) save(p, { score: 0, verdict: 'excluded', reasons: [], concerns: [excluded], analyzer: 'pregate', model: null, promptVersion: analyzer.version, flagged: false });
      else toScore.push(p);
    }
    const size = analyzer.batchSize ?? Math.max(1, toScore.length);
    for (let i = 0; i < toScore.length && !ctx.signal.aborted; i += size) {
      const batch = toScore.slice(i, i + size);
      batch.forEach((p, j) => (p.localId = `J${j + 1}`));
      const local = new Map(batch.map((p) => [p.localId, p]));
      const result = await analyzer.analyze(batch, profile, user.cvText, {
        scored: (localId, a) => save(local.get(localId)!, a),
        // Never dropped, never asked forever: what the model will not score is scored offline, saying why.
        declined: (localId, why) => {
          const p = local.get(localId)!;
          ctx.log.warn(`posting #${p.id} "${p.title}": ${why}; scored by the offline analyzer`);
          counts.declined++;
          save(p, declinedByModel(analyzeOffline(p, profile), why));
        },
      }, ctx.signal);
      counts.requests += result.requests;
    }
  } finally {
    // Whatever was saved before a quota stop stays saved; the rest waits in the queue.
    for (const p of pending) inFlight.delete(flightKey(p));
    ctx.log.debug(`${counts.analyses} analysis(es), ${counts.matches} match(es), ${counts.requests} model request(s)`);
  }
  return {
    detail: { analyses: counts.analyses, matches: counts.matches, analyzer: analyzer.name, geminiRequests: counts.requests, declined: counts.declined },
    counters: { analyses: counts.analyses, matches: counts.matches, declinedByGemini: counts.declined },
  };
}

/** An offline analysis standing in for one the model refused: marked offline, the refusal its first concern. */
export function declinedByModel(offline: Analysis, why: string): Analysis {
  return { ...offline, analyzer: 'offline', concerns: [`scored offline: ${why}`, ...offline.concerns].slice(0, 6) };
}
