// The offline analyzer (no Gemini key, or a posting Gemini declined): after the shared pre-gate, a score
// from the role family (generic titles read from the description), requirement-aware skills, the role's
// main stack, level, place and pay. Deterministic and explainable: every reason and concern starts with
// the rule that produced it. Same output shape as the model's. Pure.

import { forRules } from './bounded.js';
import { candidateFacts } from './candidate.js';
import { postingFacts } from './facts.js';
import { mentionOf, termRe } from './mentions.js';
import { levelGap } from './pregate.js';
import { withinCommute } from './places.js';
import type { CandidateProfile } from './profile.js';
import { familyFit, familyOfPosting, wantsEngineering } from './roles.js';
import { verdictFor, type Analysis, type PostingForAnalysis } from './types.js';

export const OFFLINE_VERSION = 'offline-2';

/** Languages and frameworks that define a role's day: one the candidate lacks caps the score. */
const STACKS = ['Java', 'Kotlin', 'Scala', 'Ruby', 'Ruby on Rails', 'Rails', 'PHP', 'Python', 'Go', 'Golang', 'Rust', 'C#', '.NET', 'C++', 'Elixir',
  'Swift', 'Angular', 'Vue', 'Svelte', 'React', 'TypeScript', 'Node.js', 'Laravel', 'Django', 'Spring', 'WordPress', 'Salesforce', 'SAP'];
const STACK_ALIASES: Record<string, string[]> = { Go: ['Golang'], 'Ruby on Rails': ['Rails', 'Ruby'], Rails: ['Ruby on Rails', 'Ruby'], Ruby: ['Rails', 'Ruby on Rails'], 'Node.js': ['Node', 'NodeJS'] };
const DEFINING = /\b(required|is required|must|deep|strong|expert|daily|every day|core|written in|experience is required|years of \S+ experience)\b/iu;

/** The stack the role is built on that the candidate does not have: named in the title, or stated as the core requirement. */
function missingStack(posting: PostingForAnalysis, skills: readonly string[]): string | null {
  const has = (tech: string) => [tech, ...(STACK_ALIASES[tech] ?? [])].some((t) => skills.some((s) => s.toLowerCase() === t.toLowerCase()));
  const sentences = (posting.descriptionText ?? '').split(/(?<=[.!?;:])\s+|\n+/).filter((s) => DEFINING.test(s));
  for (const tech of STACKS) {
    if (has(tech)) continue;
    const re = termRe(tech);
    if (re.test(posting.title) || sentences.some((s) => re.test(s) && mentionOf(s, tech) === 'required')) return tech;
  }
  return null;
}

export function analyzeOffline(input: PostingForAnalysis, profile: CandidateProfile): Analysis {
  const posting = forRules(input);
  const description = posting.descriptionText ?? '';
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  const reasons: string[] = [];
  const concerns: string[] = [];
  let cap = 100;

  // Role family: 35 same (30 when a generic title was read from the description), 22 a neighbour, 0 else.
  let rolePoints = 15;
  const { family, fromDescription, genericEngineering } = familyOfPosting(posting.title, description);
  if (c.families.length && family) {
    const fit = familyFit(c.families, family);
    if (fit === 'same') {
      rolePoints = fromDescription ? 30 : 35;
      reasons.push(`role: ${family} work, as you want${fromDescription ? ' (read from the description; the title is generic)' : ''}`);
    } else if (fit === 'neighbour') {
      rolePoints = 22;
      reasons.push(`role: ${family}, next to the ${c.families.join('/')} roles you want`);
    } else {
      rolePoints = 0;
      cap = Math.min(cap, 45);
      concerns.push(`role: ${family} work, not the ${c.families.join('/')} roles you want`);
    }
  } else if (c.families.length && genericEngineering && wantsEngineering(c.families)) {
    // "Senior Software Engineer" with a description that does not settle it: engineering, maybe yours.
    rolePoints = 20;
    concerns.push('role: a generic engineering title; the description does not say which kind');
  } else if (c.families.length) {
    rolePoints = 8;
    concerns.push('role: the title does not say what kind of work it is');
  }

  // Skills: what is required counts fully, a nice-to-have a little, a negated or legacy mention not at all.
  let skillPoints = 15;
  if (profile.skills.length) {
    const mentions = profile.skills.map((s) => ({ s, m: termRe(s).test(posting.title) ? 'required' as const : mentionOf(description, s) }));
    const required = mentions.filter((x) => x.m === 'required').map((x) => x.s);
    const optional = mentions.filter((x) => x.m === 'optional').map((x) => x.s);
    skillPoints = Math.min(35, required.length * 10 + optional.length * 4);
    if (required.length) reasons.push(`skills: asks for ${required.slice(0, 5).join(', ')}, which you have`);
    if (optional.length) reasons.push(`skills: ${optional.slice(0, 3).join(', ')} ${optional.length === 1 ? 'is' : 'are'} a plus there`);
    if (!required.length && !optional.length) concerns.push('skills: none of your skills are asked for');
  }
  const stack = missingStack(posting, profile.skills);
  if (stack) {
    cap = Math.min(cap, 45);
    concerns.push(`stack: the role is built on ${stack}, which is not among your skills`);
  }

  // Level: 15 the same, 5 one step away, 10 unknown (the pre-gate took two steps and more).
  const gap = levelGap(f, c);
  let levelPoints = 10;
  if (gap === 0) {
    levelPoints = 15;
    if (f.level) reasons.push(`level: ${f.level}, like you`);
  } else if (gap !== null) {
    levelPoints = 5;
    concerns.push(`level: one step ${gap > 0 ? 'above' : 'below'} yours${f.level ? ` (${f.level})` : ''}${f.years ? ` asking ${f.years.min}${f.years.max !== null ? `–${f.years.max}` : '+'} years` : ''}`);
  }

  // Place: 10 when it fits where you live and how you want to work, 6 when the posting does not say, 4 when you would move.
  let placePoints = 6;
  if (f.mode === 'remote') {
    placePoints = 10;
    reasons.push(`place: remote${f.remoteRegion ? ` within ${[...f.remoteRegion.countries, ...f.remoteRegion.regions].join('/')}` : ''}`);
  } else if (f.officeCities.length && c.city) {
    if (f.officeCities.some((o) => withinCommute(c.city!, o))) {
      placePoints = 10;
      reasons.push(`place: ${f.mode ?? 'office'} in ${f.officeCities[0]}, within reach of ${c.city}`);
    } else {
      placePoints = 4;
      concerns.push(`place: the office is in ${f.officeCities[0]}; you would relocate`);
    }
  }

  // Pay: 5 at or above the floor (or unstated); below it, a penalty.
  let payPoints = 5;
  const floor = profile.salaryFloor;
  if (floor && f.salary && f.salary.currency === floor.currency && f.salary.period === floor.period) {
    if (f.salary.max < floor.amount) {
      payPoints = -10;
      concerns.push(`salary: at most ${f.salary.max} ${f.salary.currency}, below your floor of ${floor.amount}`);
    } else reasons.push(`salary: up to ${f.salary.max} ${f.salary.currency}, at or above your floor`);
  }

  // The posting's own words, in the candidate's languages (the pre-gate already refused what they lack).
  if (f.language !== 'en') reasons.push(`language: written in ${f.language}, which you speak`);

  const score = Math.max(0, Math.min(cap, rolePoints + skillPoints + levelPoints + placePoints + payPoints));
  return { score, verdict: verdictFor(score), reasons, concerns, analyzer: 'offline', model: null, promptVersion: OFFLINE_VERSION, flagged: false };
}
