// The offline analyzer (no Gemini key): the profile's skills, titles, seniority and work environment
// against the posting's text, with reasons. Same output shape as the model's. Pure.

import type { CandidateProfile } from './profile.js';
import { verdictFor, type Analysis, type PostingForAnalysis } from './types.js';

export const OFFLINE_VERSION = 'offline-1';

const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead'] as const;
const TITLE_LEVEL: [RegExp, (typeof LEVELS)[number]][] = [
  [/\bintern(ship)?\b/i, 'intern'], [/\b(junior|jr\.?|entry)\b/i, 'junior'], [/\b(senior|sr\.?)\b/i, 'senior'],
  [/\bstaff\b/i, 'staff'], [/\bprincipal\b/i, 'principal'], [/\b(lead|head of|manager|director)\b/i, 'lead'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const has = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}+#])${escape(word)}($|[^\\p{L}\\p{N}+#])`, 'iu').test(text);

export function analyzeOffline(posting: PostingForAnalysis, profile: CandidateProfile): Analysis {
  const text = `${posting.title}\n${posting.descriptionText ?? ''}`;
  const reasons: string[] = [];
  const concerns: string[] = [];

  const skills = profile.skills.filter((s) => has(text, s));
  const skillPoints = profile.skills.length ? Math.min(50, skills.length * 12) : 25;
  if (skills.length) reasons.push(`mentions your skills: ${skills.slice(0, 5).join(', ')}`);
  else if (profile.skills.length) concerns.push('none of your listed skills appear in the posting');

  const titleWords = [...profile.titles, ...profile.titleKeywords];
  const fullTitle = titleWords.find((t) => has(posting.title, t));
  const partial = titleWords.flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 3 && has(posting.title, w));
  const titlePoints = fullTitle ? 25 : partial.length ? 15 : titleWords.length ? 0 : 10;
  if (fullTitle) reasons.push(`the title matches "${fullTitle}"`);
  else if (partial.length) reasons.push(`the title shares "${[...new Set(partial)].slice(0, 3).join(', ')}" with the roles you want`);
  else if (titleWords.length) concerns.push('the title is not one of the roles you listed');

  let levelPoints = 10;
  const level = TITLE_LEVEL.find(([re]) => re.test(posting.title))?.[1];
  if (level && profile.seniority) {
    const gap = Math.abs(LEVELS.indexOf(level) - LEVELS.indexOf(profile.seniority));
    levelPoints = gap === 0 ? 15 : gap === 1 ? 8 : 0;
    if (gap === 0) reasons.push(`${level} level, like yours`);
    if (gap >= 2) concerns.push(`a ${level} role; you are ${profile.seniority}`);
  }

  let placePoints = 5;
  const remote = /remote/i.test(`${posting.workplaceType ?? ''} ${posting.location ?? ''}`);
  const wanted = profile.preferences.workEnvironments ?? [];
  if (remote && wanted.includes('remote')) {
    placePoints = 10;
    reasons.push('remote, as you prefer');
  } else if (!remote && wanted.length && !wanted.includes('onsite') && posting.location) {
    placePoints = 0;
    concerns.push(`located in ${posting.location}; check whether remote work is possible`);
  }

  const score = Math.max(0, Math.min(100, skillPoints + titlePoints + levelPoints + placePoints));
  return { score, verdict: verdictFor(score), reasons, concerns, analyzer: 'offline', model: null, promptVersion: OFFLINE_VERSION, flagged: false };
}
