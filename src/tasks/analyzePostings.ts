// The analyze_postings handler: every open posting of a company that a user has not had analysed with
// the current inputs goes through the pre-gate, then the analyzer; matches become saved jobs. Gemini
// batches are topped up with the user's pending postings of other companies, so a company with one new
// posting does not cost a request of its own.

import { setTimeout as sleep } from 'node:timers/promises';
import { PermanentError } from '../core/errors.js';
import { analyzeOffline, OFFLINE_VERSION } from '../analyze/offline.js';
import { preGate } from '../analyze/pregate.js';
import { profileHash, validateProfile } from '../analyze/profile.js';
import { deriveProfileFromCv } from '../users/cvProfile.js';
import type { GeminiAnalyzer } from '../analyze/gemini.js';
import { BATCH_SIZE, PROMPT_VERSION } from '../analyze/prompt.js';
import { analysisCacheKey, hasAnalysis, openPostingsOf, otherPendingOf, saveAnalysis, scrapesRunningFor, type PendingPosting } from '../analyze/repo.js';
import type { Analysis } from '../analyze/types.js';
import type { TaskHandler } from '../tick/registry.js';

/** The smallest batch worth a request when other companies' postings can fill it. */
const MIN_BATCH = 3;
/** How long a short batch may wait for the tick's running scrapes of the same user. */
const BATCH_WAIT_MS = 20_000;

/** The handler; its limits are set where it is registered (tick/deps.ts). One instance serves a whole tick. */
export function analyzePostingsHandler(gemini: GeminiAnalyzer | null): TaskHandler {
  // Postings being analysed by a running task of this tick: a concurrent task of the same user skips them.
  const inFlight = new Set<string>();
  return async (ctx) => {
    const userId = Number(ctx.task.payload.userId);
    const companyId = Number(ctx.task.payload.companyId);
    const user = ctx.store.sqlite.prepare('SELECT profile, cv_text AS cvText FROM users WHERE id = ?').get(userId) as
      { profile: string | null; cvText: string | null } | undefined;
    if (!user) throw new PermanentError('invalid_payload', `user #${userId} no longer exists`);
    // A user who gave only a CV (before profiles were derived at `users add`) is scored on one derived now.
    const stored: unknown = user.profile ? JSON.parse(user.profile) : user.cvText ? deriveProfileFromCv(user.cvText, ctx.clock.now()) : null;
    if (!stored) return { detail: { skipped: 'no profile and no CV text' } };
    const checked = validateProfile(stored);
    if (!checked.ok) throw new PermanentError('invalid_payload', `the profile of user #${userId} is invalid: ${checked.message}`);
    const profile = checked.profile;
    const pHash = profileHash(profile, user.cvText);
    const analyzer = gemini ? 'gemini' : 'offline';
    const version = gemini ? PROMPT_VERSION : OFFLINE_VERSION;
    const keyOf = (p: PendingPosting) => analysisCacheKey(p.contentHash, analyzer, gemini?.model ?? null, version, pHash);
    const flightKey = (p: PendingPosting) => `${userId}:${p.id}`;
    const isPending = (p: PendingPosting) => !inFlight.has(flightKey(p)) && !hasAnalysis(ctx.store, userId, p.id, keyOf(p));
    const gather = () => {
      const own = openPostingsOf(ctx.store, companyId).filter(isPending);
      const shortBy = gemini && own.length % BATCH_SIZE !== 0 && own.length % BATCH_SIZE < MIN_BATCH ? BATCH_SIZE - (own.length % BATCH_SIZE) : 0;
      return shortBy > 0 ? [...own, ...otherPendingOf(ctx.store, userId, companyId, isPending, shortBy)] : own;
    };
    let pending = gather();
    // A short Gemini batch waits (a little) for the user's scrapes still running in this tick to add postings.
    const waitUntil = Date.now() + BATCH_WAIT_MS;
    while (gemini && pending.length % BATCH_SIZE !== 0 && Date.now() < waitUntil && !ctx.signal.aborted && scrapesRunningFor(ctx.store, userId) > 0) {
      await sleep(250, undefined, { signal: ctx.signal }).catch(() => {});
      pending = gather();
    }
    for (const p of pending) inFlight.add(flightKey(p));
    let analyses = 0;
    let matches = 0;
    let geminiRequests = 0;
    let declined = 0;
    const save = (p: PendingPosting, a: Analysis) => {
      analyses++;
      if (saveAnalysis(ctx.store, userId, p.id, keyOf(p), a, ctx.config.minScore, ctx.clock.now())) matches++;
    };
    try {
      const toScore: PendingPosting[] = [];
      for (const p of pending) {
        const excluded = preGate(p, profile);
        if (excluded) save(p, { score: 0, verdict: 'excluded', reasons: [], concerns: [excluded], analyzer: 'pregate', model: null, promptVersion: version, flagged: false });
        else toScore.push(p);
      }
      if (!gemini) {
        for (const p of toScore) save(p, analyzeOffline(p, profile));
      } else {
        for (let i = 0; i < toScore.length && !ctx.signal.aborted; i += BATCH_SIZE) {
          const batch = toScore.slice(i, i + BATCH_SIZE);
          const local = new Map(batch.map((p, j) => [`J${j + 1}`, p]));
          const result = await gemini.analyze([...local].map(([localId, p]) => ({ ...p, localId })), profile, user.cvText, {
            scored: (localId, a) => save(local.get(localId)!, a),
            // Never dropped, never asked forever: what Gemini will not score is scored offline, saying why.
            declined: (localId, why) => {
              const p = local.get(localId)!;
              ctx.log.warn(`posting #${p.id} "${p.title}": ${why}; scored by the offline analyzer`);
              declined++;
              save(p, declinedByModel(analyzeOffline(p, profile), why));
            },
          }, ctx.signal);
          geminiRequests += result.requests;
        }
      }
    } finally {
      // Whatever was saved before a quota stop stays saved; the rest waits in the queue.
      for (const p of pending) inFlight.delete(flightKey(p));
      ctx.log.debug(`${analyses} analysis(es), ${matches} match(es), ${geminiRequests} Gemini request(s)`);
    }
    return { detail: { analyses, matches, analyzer, geminiRequests, declined }, counters: { analyses, matches, declinedByGemini: declined } };
  };
}

/** An offline analysis standing in for one the model refused: marked offline, the refusal its first concern. */
export function declinedByModel(offline: Analysis, why: string): Analysis {
  return { ...offline, analyzer: 'offline', concerns: [`scored offline: ${why}`, ...offline.concerns].slice(0, 6) };
}
