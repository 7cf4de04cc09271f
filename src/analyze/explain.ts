// `scoutly matches explain`: every rule that fires on one posting for one profile, with the words of the
// posting and the profile it read, as the offline rules see them now (the pre-gate, the score's parts, a cap,
// what was learned from "not for me"). Pure (the gazetteer is loaded first).

import { analyzeOffline } from './offline.js';
import { preGateFiring } from './pregate.js';
import { applyLowering, learnedLowering, type withFamilies } from './learned.js';
import type { CandidateProfile } from './profile.js';
import type { PostingForAnalysis, RuleFiring } from './types.js';

export interface Explanation {
  score: number;
  excluded: boolean;
  firings: RuleFiring[];
}

export function explainPosting(posting: PostingForAnalysis & { companyId: number }, profile: CandidateProfile, discards: ReturnType<typeof withFamilies>): Explanation {
  const excluded = preGateFiring(posting, profile);
  if (excluded) return { score: 0, excluded: true, firings: [excluded] };
  const analysis = applyLowering(analyzeOffline(posting, profile), learnedLowering(posting, profile, discards));
  return { score: analysis.score, excluded: false, firings: analysis.trace ?? [] };
}
