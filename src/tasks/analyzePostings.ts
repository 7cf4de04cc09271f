// The analyze_postings handler: every open posting of a company that a user has not had analysed with
// the current inputs goes through the pre-gate, then the analyzer; matches become saved jobs.

import { PermanentError } from '../core/errors.js';
import { analyzeOffline, OFFLINE_VERSION } from '../analyze/offline.js';
import { preGate } from '../analyze/pregate.js';
import { profileHash, validateProfile } from '../analyze/profile.js';
import { analysisCacheKey, hasAnalysis, openPostingsOf, saveAnalysis } from '../analyze/repo.js';
import type { Analysis } from '../analyze/types.js';
import type { TaskDefinition } from '../tick/registry.js';

export const ANALYZE_TIMEOUT_MS = 60_000;

export function analyzePostingsTask(): TaskDefinition {
  return {
    timeoutMs: ANALYZE_TIMEOUT_MS,
    tracksCompanyHealth: false,
    async handler(ctx) {
      const userId = Number(ctx.task.payload.userId);
      const companyId = Number(ctx.task.payload.companyId);
      const user = ctx.store.sqlite.prepare('SELECT profile, cv_text AS cvText FROM users WHERE id = ?').get(userId) as
        { profile: string | null; cvText: string | null } | undefined;
      if (!user) throw new PermanentError('invalid_payload', `user #${userId} no longer exists`);
      if (!user.profile) return { detail: { skipped: 'no profile' } };
      const checked = validateProfile(JSON.parse(user.profile));
      if (!checked.ok) throw new PermanentError('invalid_payload', `the profile of user #${userId} is invalid: ${checked.message}`);
      const pHash = profileHash(checked.profile, user.cvText);
      let analyses = 0;
      let matches = 0;
      for (const posting of openPostingsOf(ctx.store, companyId)) {
        if (ctx.signal.aborted) break;
        const key = analysisCacheKey(posting.contentHash, 'offline', null, OFFLINE_VERSION, pHash);
        if (hasAnalysis(ctx.store, userId, posting.id, key)) continue;
        const excluded = preGate(posting, checked.profile);
        const analysis: Analysis = excluded
          ? { score: 0, verdict: 'excluded', reasons: [], concerns: [excluded], analyzer: 'pregate', model: null, promptVersion: OFFLINE_VERSION, flagged: false }
          : analyzeOffline(posting, checked.profile);
        analyses++;
        if (saveAnalysis(ctx.store, userId, posting.id, key, analysis, ctx.config.minScore, ctx.clock.now())) matches++;
      }
      return { detail: { analyses, matches, analyzer: 'offline' }, counters: { analyses, matches } };
    },
  };
}
