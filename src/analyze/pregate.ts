// The pre-gate both analyzers share: a posting the candidate excluded or cannot take is `excluded` before
// any scoring, whatever its skills say. Exclusions (titles, role types, technologies required, industries
// with their synonyms) and hard constraints (place, work authorisation, language, a two-level seniority
// gap, a manager role for an individual contributor, pay far below the floor). Each reason names its rule. Pure.

import { forRules } from './bounded.js';
import { candidateFacts, languageAtLeast, levelIndex, type CandidateFacts } from './candidate.js';
import { postingFacts, type PostingFacts } from './facts.js';
import { mentionOf, termRe } from './mentions.js';
import { CITIES, COUNTRIES, regionOf, withinCommute } from './places.js';
import type { CandidateProfile } from './profile.js';
import { familyOfPosting } from './roles.js';
import type { PostingForAnalysis } from './types.js';

/** Words that mean an excluded industry (the key) in postings, in several languages. */
const INDUSTRY_SYNONYMS: Record<string, string[]> = {
  gambling: ['gambling', 'igaming', 'i-gaming', 'sportsbook', 'casino', 'betting', 'bookmaker', 'lottery', 'poker', 'wagering', 'apuestas', 'glücksspiel', 'sportwetten', 'gokken'],
  crypto: ['crypto', 'cryptocurrency', 'cryptocurrencies', 'blockchain', 'web3', 'token trading', 'defi', 'nft', 'nfts', 'bitcoin', 'on-chain', 'crypto exchange', 'stablecoin'],
  defense: ['defense', 'defence', 'military', 'weapons', 'armed forces', 'rüstung', 'verteidigung', 'defensa', 'munitions'],
  tobacco: ['tobacco', 'cigarettes', 'vaping', 'nicotine'],
  adult: ['adult entertainment', 'porn'],
  'oil and gas': ['oil and gas', 'oil & gas', 'petroleum', 'upstream drilling'],
};
INDUSTRY_SYNONYMS.defence = INDUSTRY_SYNONYMS.defense!;
INDUSTRY_SYNONYMS.betting = INDUSTRY_SYNONYMS.gambling!;
INDUSTRY_SYNONYMS.blockchain = INDUSTRY_SYNONYMS.crypto!;

/** Role types that name a family of work rather than a word in the title. */
const ROLE_TYPE_FAMILIES: Record<string, string> = { sales: 'sales', management: 'management', manager: 'management', design: 'design', finance: 'finance' };

export const LANGUAGE_OF: Record<string, string> = { de: 'German', nl: 'Dutch', es: 'Spanish', fr: 'French', en: 'English' };

const countryName = (code: string) => COUNTRIES[code]?.[0] ?? code;
const cityName = (city: string) => city.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

function exclusionRule(posting: PostingForAnalysis, profile: CandidateProfile): string | null {
  const text = `${posting.title}\n${posting.descriptionText ?? ''}`;
  const ex = profile.preferences.exclusions;
  const family = familyOfPosting(posting.title, posting.descriptionText ?? '').family;
  for (const word of [...ex.titles, ...ex.roleTypes]) {
    if (termRe(word).test(posting.title) || (family && ROLE_TYPE_FAMILIES[word.toLowerCase()] === family)) return `exclusion: the role is ${word}, which you excluded`;
  }
  for (const tech of ex.technologies) {
    // Required, in the title or a plain sentence: not "a plus", not "being retired; you will not write it".
    if (termRe(tech).test(posting.title) || mentionOf(posting.descriptionText ?? '', tech) === 'required') return `exclusion: it involves ${tech}, which you excluded`;
  }
  for (const industry of ex.industries) {
    const words = INDUSTRY_SYNONYMS[industry.toLowerCase()] ?? [industry];
    // "live games (not gambling)" is not gambling: a negated mention does not count.
    const hit = words.find((w) => termRe(w).test(posting.title) || (mentionOf(text, w) ?? 'negated') !== 'negated');
    if (hit) return `exclusion: it is in ${industry} ("${hit}"), which you excluded`;
  }
  return null;
}

function placeRule(f: PostingFacts, c: CandidateFacts, profile: CandidateProfile): string | null {
  const wanted = profile.preferences.workEnvironments ?? [];
  const home = c.city ? `${cityName(c.city)}${c.country ? `, ${countryName(c.country)}` : ''}` : c.country ? countryName(c.country) : null;
  for (const country of f.mustBeAuthorizedIn) {
    if (c.country && !c.authorizedIn.has(country)) return `place: it asks for the right to work in ${countryName(country)} without sponsorship, which your profile does not list`;
  }
  if (f.mode === 'remote') {
    const region = f.remoteRegion;
    if (region && c.country && !region.countries.includes(c.country) && !region.regions.includes(regionOf(c.country))) {
      const where = [...region.countries.map(countryName), ...region.regions].join(' or ');
      return `place: remote only for people in ${where}; you live in ${home}`;
    }
    return null;
  }
  if (f.mode === 'onsite' && wanted.length && !wanted.includes('onsite')) return `place: it is on-site; you want ${wanted.join(' or ')} work`;
  if (!f.officeCities.length || !c.city) return null;
  if (f.officeCities.some((office) => withinCommute(c.city!, office))) return null;
  const office = f.officeCities[0]!;
  const officeCountry = CITIES[office]!;
  if (c.willingToRelocate !== false && c.authorizedIn.has(officeCountry)) return null; // unknown: the analyzer notes the move
  if (f.mode === null && wanted.includes('remote') && !wanted.includes('onsite') && !wanted.includes('hybrid')) return null;
  return `place: the office is in ${cityName(office)}${f.mode ? ` (${f.mode})` : ''}; you live in ${home} and ${c.willingToRelocate ? 'may not work there' : 'do not relocate'}`;
}

function languageRule(f: PostingFacts, c: CandidateFacts): string | null {
  if (c.languages.size === 0) return null; // a profile that lists no languages says nothing about them
  for (const req of f.requiredLanguages) {
    if (!languageAtLeast(c.languages.get(req.language.toLowerCase()), req.level)) {
      return `language: it requires ${req.language} at ${req.level}; your profile ${c.languages.has(req.language.toLowerCase()) ? `lists ${c.languages.get(req.language.toLowerCase())}` : 'does not list it'}`;
    }
  }
  // A posting written in a language is worked in it, unless it says otherwise.
  const written = LANGUAGE_OF[f.language]!;
  if (f.language !== 'en' && !f.requiredLanguages.length && !languageAtLeast(c.languages.get(written.toLowerCase()), 'B2')) {
    return `language: the posting is written in ${written}, which your profile does not list at B2 or above`;
  }
  return null;
}

/**
 * Levels between the posting and the candidate: the title's level against theirs, one more step when the
 * years asked exceed theirs by more than one, or when the most it asks is well below theirs. Positive: above them.
 */
export function levelGap(f: PostingFacts, c: CandidateFacts): number | null {
  if (!c.level) return null;
  let gap = f.level ? levelIndex(f.level) - levelIndex(c.level) : 0;
  if (c.years !== null && f.years) {
    if (f.years.min > c.years + 1 && gap >= 0) gap += 1;
    if (f.years.max !== null && f.years.max < c.years - 2 && gap <= 0) gap -= 1;
  }
  return f.level || (c.years !== null && f.years) ? gap : null;
}

function levelRule(f: PostingFacts, c: CandidateFacts): string | null {
  if (f.managerTrack && !c.manager) return 'level: a people-management role; your profile is an individual contributor\'s';
  const gap = levelGap(f, c);
  if (gap !== null && Math.abs(gap) >= 2) {
    const asked = [f.level, f.years ? `${f.years.min}${f.years.max !== null ? `–${f.years.max}` : '+'} years` : null].filter(Boolean).join(', ');
    return `level: ${gap > 0 ? 'well above' : 'well below'} yours (${asked}; you are ${c.level}${c.years !== null ? ` with ${c.years} years` : ''})`;
  }
  return null;
}

/** Pay "far below" the floor: the top of the posting's range under 80 % of it (same currency and period). */
function salaryRule(f: PostingFacts, profile: CandidateProfile): string | null {
  const floor = profile.salaryFloor;
  if (!floor || !f.salary || f.salary.currency !== floor.currency || f.salary.period !== floor.period) return null;
  return f.salary.max < floor.amount * 0.8 ? `salary: at most ${f.salary.max} ${f.salary.currency}, far below your floor of ${floor.amount}` : null;
}

/** Null when the posting passes, else why it is excluded (the rule first: `place: …`, `language: …`). */
export function preGate(input: PostingForAnalysis, profile: CandidateProfile): string | null {
  const posting = forRules(input);
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  return exclusionRule(posting, profile) ?? placeRule(f, c, profile) ?? languageRule(f, c) ?? levelRule(f, c) ?? salaryRule(f, profile);
}
