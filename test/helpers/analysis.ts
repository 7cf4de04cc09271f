// Candidate profiles and postings for the analyzer's reading tests: each file names its candidate once, and a
// test varies a field or two of it.
import { validateProfile, type CandidateProfile } from '../../src/analyze/profile.js';

/** A profile builder over `base`: each call validates `base` with `extra` laid over it (as the profile form does). */
export function profileMaker(base: Record<string, unknown>): (extra?: Record<string, unknown>) => CandidateProfile {
  return (extra = {}) => {
    const r = validateProfile({ ...base, ...extra });
    if (!r.ok) throw new Error(r.message);
    return r.profile;
  };
}

export const posting = (title: string, location: string | null, workplaceType: string | null, descriptionText: string) =>
  ({ title, location, workplaceType, descriptionText });
