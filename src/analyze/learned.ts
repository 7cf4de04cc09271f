// The analysis side of learning from decisions (the rule is matches/learning.ts): what a posting's facts raise
// for this candidate, in the topics a "not for me" reason can name, and the lowering applied to its analysis
// whichever analyzer made it. Pure (the gazetteer is loaded first).

import { candidateFacts } from './candidate.js';
import { postingFacts } from './facts.js';
import { termRe } from './mentions.js';
import { floorFor, shortfall } from './pay.js';
import { distanceKm } from './places.js';
import { levelGap } from './pregate.js';
import type { CandidateProfile } from './profile.js';
import { familyOfPosting } from './roles.js';
import { verdictFor, type Analysis, type PostingForAnalysis } from './types.js';
import { lowering, type Discard, type Lowering, type PostingSignals, type ReasonTopic } from '../matches/learning.js';

export { discardsOf } from '../matches/learning.js';

/** The topics a posting's facts raise for the candidate: the ones a discard reason may have named. */
export function signalsOf(posting: PostingForAnalysis & { companyId: number }, profile: CandidateProfile): PostingSignals {
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  const topics = new Set<ReasonTopic>();
  const gap = levelGap(f, c);
  if (gap !== null && gap < 0) topics.add('level-below');
  if (gap !== null && gap > 0) topics.add('level-above');
  if (f.mode !== 'remote' && (f.mode === 'onsite' || (f.offices.length && c.home && !f.offices.some((o) => distanceKm(c.home!, o) <= c.maxCommuteKm)))) topics.add('place');
  const pay = f.salary && profile.salaryFloor ? shortfall(f.salary, floorFor(profile.salaryFloor, f.employment.terms, f.salary)) : null;
  if (pay && pay.under > 0) topics.add('pay');
  if (f.employment.terms && f.employment.terms !== 'permanent') topics.add(f.employment.terms);
  if (f.employment.schedule === 'part') topics.add('part-time');
  if (f.managerTrack) topics.add('management');
  const text = `${posting.title}\n${posting.descriptionText ?? ''}`;
  return { companyId: posting.companyId, family: familyOfPosting(posting.title, posting.descriptionText ?? '').family, topics, says: (word) => termRe(word).test(text) };
}

/** The user's discards with the role family of each. */
export const withFamilies = (discards: readonly Discard[]) => discards.map((d) => ({ ...d, family: familyOfPosting(d.title, '').family }));

/** How the user's discards lower this posting, or null. */
export function learnedLowering(posting: PostingForAnalysis & { companyId: number }, profile: CandidateProfile, discards: ReturnType<typeof withFamilies>): Lowering | null {
  return discards.length ? lowering(signalsOf(posting, profile), discards) : null;
}

/** An analysis lowered by what was learned: points off, the concern first; never an exclusion by itself. */
export function applyLowering(a: Analysis, l: Lowering | null): Analysis {
  if (!l || a.verdict === 'excluded') return a;
  const score = Math.max(0, a.score - l.points);
  return { ...a, score, verdict: verdictFor(score), concerns: [l.concern, ...a.concerns].slice(0, 6),
    ...(a.trace ? { trace: [...a.trace, { rule: 'learned', effect: 'adjusted' as const, says: l.concern, points: -l.points }] } : {}) };
}
