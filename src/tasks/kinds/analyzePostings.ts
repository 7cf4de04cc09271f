// The analyze_postings kind: score a company's open postings for one user (pre-gate, then the analyzer).
// No outcome bookkeeping of its own. The work loads on the tick's first analysis.

import type { AnalyzeKindDeps, AnalyzePayload } from '../analyzePostings.js';
import type { TaskKindModule } from '../kind.js';
import { idsPayload } from '../payload.js';

export type { AnalyzeKindDeps, AnalyzePayload };

/** Limit of one analysis attempt (a few Gemini batches). */
export const ANALYZE_TIMEOUT_MS = 60_000;

/** One open analysis per company and user. */
export const analyzeDedupeKey = (p: AnalyzePayload) => `analyze_postings:${p.companyId}:${p.userId}`;

export const analyzePostingsKind: TaskKindModule<AnalyzePayload, AnalyzeKindDeps> = {
  kind: 'analyze_postings',
  payloadSchema: idsPayload('companyId', 'userId'),
  dedupeKey: analyzeDedupeKey,
  timeoutMs: ANALYZE_TIMEOUT_MS,
  reachesSites: false,
  handler: async (ctx, deps) => (await import('../analyzePostings.js')).analyzePostings(ctx, deps),
};
