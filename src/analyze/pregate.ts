// The pre-gate both analyzers share: a posting the candidate excluded or cannot take is `excluded` before
// any scoring, whatever its skills say. Exclusions (titles, role types, technologies of the role's own stack,
// industries with their synonyms) and hard constraints (place and commute, remote scope, work authorisation and
// sponsorship, language, employment type, a two-level seniority gap, people management for an individual
// contributor, pay well under the floor). Each reason names its rule and quotes what it read. Pure (the
// gazetteer is loaded first: places.ts).

import { forRules } from './bounded.js';
import { candidateFacts, languageAtLeast, levelIndex, type CandidateFacts } from './candidate.js';
import { employmentMismatch } from './employment.js';
import { postingFacts, withinZone, type PostingFacts } from './facts.js';
import { mentionOf, sentenceOf, termRe } from './mentions.js';
import { floorFor, shortfall } from './pay.js';
import { countryName, distanceKm, inRegion, REGION_NAMES, type Place } from './places.js';
import type { CandidateProfile } from './profile.js';
import { familyOfPosting } from './roles.js';
import { INDUSTRY_SYNONYMS } from './industries.js';
import type { PostingForAnalysis, RuleFiring } from './types.js';

/** Role types that name a family of work rather than a word in the title. */
const ROLE_TYPE_FAMILIES: Record<string, string> = { sales: 'sales', management: 'management', manager: 'management', 'people management': 'management', design: 'design', finance: 'finance' };

export const LANGUAGE_OF: Record<string, string> = { de: 'German', nl: 'Dutch', es: 'Spanish', pt: 'Portuguese', fr: 'French', en: 'English' };

const cityName = (city: string) => city.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
const fired = (rule: string, says: string, posting?: string | null, profile?: string | null): RuleFiring =>
  ({ rule, effect: 'excluded', says: `${rule}: ${says}`, ...(posting ? { posting } : {}), ...(profile ? { profile } : {}) });

function exclusionRule(posting: PostingForAnalysis, profile: CandidateProfile): RuleFiring | null {
  const description = posting.descriptionText ?? '';
  const text = `${posting.title}\n${description}`;
  const ex = profile.preferences.exclusions;
  const family = familyOfPosting(posting.title, description).family;
  for (const word of [...ex.titles, ...ex.roleTypes]) {
    const type = ROLE_TYPE_FAMILIES[word.toLowerCase()];
    // "management" is judged by what the role does (the level rule reads "no direct reports"), not by a title word.
    if (type === 'management') continue;
    if (termRe(word).test(posting.title) || (family && type === family)) return fired('exclusion', `the role is ${word}, which you excluded`, posting.title, `exclusions: ${word}`);
  }
  for (const tech of ex.technologies) {
    // The role's own stack, in the title or a plain requirement: not "a plus", not a data source or a customer's
    // tool, not "being retired", not "this is not a PHP role".
    const inTitle = termRe(tech).test(posting.title) && mentionOf(posting.title, tech) !== 'negated';
    if (inTitle || mentionOf(description, tech) === 'required') {
      return fired('exclusion', `it involves ${tech}, which you excluded`, inTitle ? posting.title : sentenceOf(description, tech), `exclusions: ${tech}`);
    }
  }
  for (const industry of ex.industries) {
    const words = INDUSTRY_SYNONYMS[industry.toLowerCase()] ?? [industry];
    // "live games (not gambling)" is not gambling: a negated mention does not count.
    const hit = words.find((w) => termRe(w).test(posting.title) || ['required', 'optional'].includes(mentionOf(text, w) ?? 'negated'));
    if (hit) return fired('exclusion', `it is in ${industry} ("${hit}"), which you excluded`, sentenceOf(text, hit), `exclusions: ${industry}`);
  }
  return null;
}

const homeOf = (c: CandidateFacts) => (c.home ? `${c.home.name}, ${countryName(c.home.country)}` : c.city ? `${cityName(c.city)}${c.country ? `, ${countryName(c.country)}` : ''}` : c.country ? countryName(c.country) : null);

/** Whether a remote scope admits the candidate: their country, a region it is in, or their working hours. */
export function remoteAdmits(scope: NonNullable<PostingFacts['remote']>, c: CandidateFacts): boolean {
  if (!c.country) return true;
  if (scope.countries.includes(c.country)) return true;
  if (scope.regions.some((r) => inRegion(c.country!, r))) return true;
  // "Remote (worldwide), core hours: ±3 hours of CET": a window of working hours limits even "anywhere".
  if (scope.zones.length && c.offsets.length) return scope.zones.some((w) => withinZone(c.offsets, w));
  return scope.worldwide;
}

/** What stands in the way of moving to `country` for this posting, or null when the move works for them. */
function moveProblem(country: string, f: PostingFacts, c: CandidateFacts): string | null {
  if (c.willingToRelocate === false) return 'you do not relocate';
  if (c.relocation?.countries.length && !c.relocation.countries.includes(country)) return `you would move only to ${c.relocation.countries.map(countryName).join(' or ')}`;
  // Cities named for a move abroad ("Lisboa ou Berlim") are where they would go in that country, not anywhere in it.
  const citiesThere = c.relocationCities.filter((city) => city.country === country);
  const officesThere = f.offices.filter((o) => o.country === country);
  if (citiesThere.length && officesThere.length && !officesThere.some((o) => citiesThere.some((city) => distanceKm(city, o) <= c.maxCommuteKm))) return `you would move only to ${citiesThere.map((city) => city.name).join(' or ')}`;
  const needsSponsorship = !c.authorizedIn.has(country);
  if (needsSponsorship && !f.sponsorship) return `you may not work in ${countryName(country)} without sponsorship, and it does not offer it`;
  if (c.relocation?.requires.includes('relocation support') && !f.relocationHelp) return 'you would move only with relocation support, which it does not offer';
  return null;
}

function placeRule(f: PostingFacts, c: CandidateFacts, profile: CandidateProfile): RuleFiring | null {
  const wanted = profile.preferences.workEnvironments ?? [];
  const home = homeOf(c);
  const where = `you live in ${home ?? 'a place your profile does not give'}`;
  for (const country of f.mustBeAuthorizedIn) {
    if (c.country && !c.authorizedIn.has(country)) {
      return fired('place', `it asks for the right to work in ${countryName(country)} without sponsorship, which your profile does not list`, f.evidence.authorization, home);
    }
  }
  if (f.mode === 'remote') {
    if (f.remote && !remoteAdmits(f.remote, c)) {
      const named = [...f.remote.countries.map(countryName), ...f.remote.regions.map((r) => REGION_NAMES[r]), ...f.remote.zones.map((z) => `UTC${z.from >= 0 ? '+' : ''}${z.from} to UTC${z.to >= 0 ? '+' : ''}${z.to}`)];
      return fired('place', `remote only for people in ${named.join(' or ')}; ${where}`, f.evidence.remote, home);
    }
    return null;
  }
  // How they want to work is said of home: an office in a country or city they name as a move is where they would
  // go to work ("remote in Brazil or hybrid in São Paulo; Portugal with a sponsored visa"), on-site included.
  const namedMove = f.offices.some((o) => c.relocation?.countries.includes(o.country) || c.relocationCities.some((city) => distanceKm(city, o) <= c.maxCommuteKm));
  if (f.mode === 'onsite' && wanted.length && !wanted.includes('onsite') && !namedMove) return fired('place', `it is on-site; you want ${wanted.join(' or ')} work`, f.evidence.mode, `workEnvironments: ${wanted.join(', ')}`);
  // Remote only ("Fully remote, or a move abroad"): days in an office at home are not what they asked for.
  if (f.mode === 'hybrid' && wanted.length && wanted.every((w) => w === 'remote') && !namedMove) return fired('place', 'it is hybrid; you want remote work', f.evidence.mode, `workEnvironments: ${wanted.join(', ')}`);
  const officeCountry = f.offices[0]?.country ?? f.officeCountries[0] ?? null;
  if (!officeCountry || !c.country) return null;
  // A commute: an office within maxCommuteKm of home (straight line).
  if (c.home && f.offices.some((o) => distanceKm(c.home!, o) <= c.maxCommuteKm)) return null;
  if (!c.home && f.offices.some((o) => c.city && o.name.toLowerCase() === c.city.toLowerCase())) return null;
  // A city they name as a move ("open to relocating to Bengaluru or Hyderabad"), in a country where they may work.
  if (f.offices.some((o) => (o.country === c.country || c.authorizedIn.has(o.country)) && c.relocationCities.some((city) => distanceKm(city, o) <= c.maxCommuteKm))) return null;
  if (!f.offices.length && officeCountry === c.country) return null; // "Hybrid, Canada" for someone in Canada: no city to measure
  if (f.mode === null && wanted.includes('remote') && !wanted.includes('onsite') && !wanted.includes('hybrid')) return null;
  const nearest = nearestOffice(f.offices, c.home);
  const distance = nearest && c.home ? ` (${Math.round(distanceKm(c.home, nearest))} km from home; you commute up to ${c.maxCommuteKm} km)` : '';
  const office = nearest ? `${nearest.name}, ${countryName(nearest.country)}` : countryName(officeCountry);
  // A move within the country: the analyzer notes it, unless the moves they name are all abroad ("to Canada or
  // Portugal only with sponsorship" is no move to another city at home).
  const movesAbroadOnly = Boolean(c.relocation?.countries.length && !c.relocation.countries.includes(c.country));
  if (officeCountry === c.country && c.willingToRelocate !== false && !movesAbroadOnly) return null;
  const problem = officeCountry !== c.country ? moveProblem(nearest?.country ?? officeCountry, f, c)
    : c.willingToRelocate === false ? 'you do not relocate' : `you would move only to ${c.relocation!.countries.map(countryName).join(' or ')}`;
  if (!problem) return null;
  return fired('place', `the office is in ${office}${f.mode ? ` (${f.mode})` : ''}${distance}; ${where} and ${problem}`, f.evidence.place, home);
}

const nearestOffice = (offices: Place[], home: Place | null) =>
  home ? [...offices].sort((a, b) => distanceKm(home, a) - distanceKm(home, b))[0] ?? null : offices[0] ?? null;

function languageRule(f: PostingFacts, c: CandidateFacts): RuleFiring | null {
  if (c.languages.size === 0) return null; // a profile that lists no languages says nothing about them
  for (const req of f.requiredLanguages) {
    if (!languageAtLeast(c.languages.get(req.language.toLowerCase()), req.level)) {
      return fired('language', `it requires ${req.language} at ${req.level}; your profile ${c.languages.has(req.language.toLowerCase()) ? `lists ${c.languages.get(req.language.toLowerCase())}` : 'does not list it'}`, req.language);
    }
  }
  // A posting written in a language is worked in it, unless it says otherwise: the languages it requires, or
  // that this one is not needed.
  const written = LANGUAGE_OF[f.language]!;
  if (f.language !== 'en' && !f.requiredLanguages.length && !f.waivedLanguages.includes(written) && !languageAtLeast(c.languages.get(written.toLowerCase()), 'B2')) {
    return fired('language', `the posting is written in ${written}, which your profile does not list at B2 or above`);
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

const yearsText = (f: PostingFacts) => (f.years ? `${f.years.min}${f.years.max !== null ? `–${f.years.max}` : '+'} years` : null);

function levelRule(f: PostingFacts, c: CandidateFacts): RuleFiring | null {
  if (f.managerTrack && (c.noManagement || !c.manager)) {
    return fired('level', `a people-management role ("${f.evidence.manager ?? 'manager'}"); ${c.noManagement ? 'you rule out people management' : 'your profile is an individual contributor\'s'}`, f.evidence.manager);
  }
  const gap = levelGap(f, c);
  if (gap !== null && Math.abs(gap) >= 2) {
    const asked = [f.level, yearsText(f)].filter(Boolean).join(', ');
    return fired('level', `${gap > 0 ? 'well above' : 'well below'} yours (${asked}; you are ${c.level}${c.years !== null ? ` with ${c.years} years` : ''})`, f.evidence.level ?? yearsText(f), c.level);
  }
  return null;
}

function employmentRule(f: PostingFacts, c: CandidateFacts, profile: CandidateProfile): RuleFiring | null {
  const excluded = profile.preferences.exclusions.jobTypes ?? [];
  const mismatch = employmentMismatch(f.employment, c.accepts, profile.preferences.jobTypes ?? [], excluded);
  return mismatch ? fired('employment', mismatch, f.employment.words, `jobTypes: ${(profile.preferences.jobTypes ?? []).join(', ')}${excluded.length ? `; not ${excluded.join(', ')}` : ''}`) : null;
}

/** Pay well under the floor: the top of the band more than `excludeBelowPercent` (15 %) under it, after converting currency and period. */
function salaryRule(f: PostingFacts, profile: CandidateProfile): RuleFiring | null {
  const floor = profile.salaryFloor && floorFor(profile.salaryFloor, f.employment.terms, f.salary);
  if (!floor || !f.salary) return null;
  const gap = shortfall(f.salary, floor);
  if (!gap || gap.under * 100 <= floor.excludeBelowPercent) return null;
  const converted = f.salary.currency === floor.currency && f.salary.period === floor.period ? '' : ` (about ${Math.round(gap.topInFloorCurrency).toLocaleString('en-US')} ${floor.currency} a ${floor.period})`;
  return fired('salary', `at most ${f.salary.max.toLocaleString('en-US')} ${f.salary.currency} a ${f.salary.period}${converted}, ${Math.round(gap.under * 100)} % under your floor of ${floor.amount.toLocaleString('en-US')} ${floor.currency} a ${floor.period}`,
    f.salary.words, `salaryFloor: ${floor.amount} ${floor.currency}/${floor.period}`);
}

/** The rule that excludes the posting, with what it read; null when the posting passes. */
export function preGateFiring(input: PostingForAnalysis, profile: CandidateProfile): RuleFiring | null {
  const posting = forRules(input);
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  return exclusionRule(posting, profile) ?? placeRule(f, c, profile) ?? languageRule(f, c) ?? levelRule(f, c) ?? employmentRule(f, c, profile) ?? salaryRule(f, profile);
}

/** Null when the posting passes, else why it is excluded (the rule first: `place: …`, `language: …`). */
export function preGate(input: PostingForAnalysis, profile: CandidateProfile): string | null {
  return preGateFiring(input, profile)?.says ?? null;
}
