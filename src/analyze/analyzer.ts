// What scores postings against a profile: Gemini with a key, else the offline analyzer. The analysis
// task speaks only to this interface; which one runs is chosen at the composition root.

import { yieldTurn } from '../core/clock.js';
import { analyzeOffline, OFFLINE_VERSION } from './offline.js';
import type { CandidateProfile } from './profile.js';
import type { BatchPosting } from './prompt.js';
import type { Analysis } from './types.js';

/** Where an analyzer reports, as soon as each is known (a quota stop later must not lose them). */
export interface AnalysisSink {
  scored(localId: string, analysis: Analysis): void;
  /** The model would not score it within the bounds: `why` names the block or finish reason and the model. */
  declined(localId: string, why: string): void;
}

export interface Analyzer {
  readonly name: 'gemini' | 'offline';
  /** The model id; null offline. */
  readonly model: string | null;
  /** Part of the analysis cache key: a new prompt or rule set scores again. */
  readonly version: string;
  /** Postings per request, when requests cost something: short batches wait a little to fill. Null: no batching. */
  readonly batchSize: number | null;
  analyze(postings: readonly BatchPosting[], profile: CandidateProfile, cvText: string | null, sink: AnalysisSink, signal: AbortSignal): Promise<{ requests: number }>;
}

export const offlineAnalyzer: Analyzer = {
  name: 'offline',
  model: null,
  version: OFFLINE_VERSION,
  batchSize: null,
  analyze: async (postings, profile, _cvText, sink, signal) => {
    // Between postings the loop lets timers run, so the attempt's limit and the tick's deadline can stop it.
    for (const p of postings) {
      await yieldTurn(signal);
      sink.scored(p.localId, analyzeOffline(p, profile));
    }
    return { requests: 0 };
  },
};
