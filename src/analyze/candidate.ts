// What a profile says that the rules compare with a posting's facts: where the candidate lives and may
// work, their level and years, the role families they want, and their languages. Pure.

import { LEVELS, type Level } from './facts.js';
import { COUNTRIES, countryCode, EU } from './places.js';
import { isAuthorized, type CandidateProfile, type LanguageLevel } from './profile.js';
import { familyOfTitle, type RoleFamily } from './roles.js';
import { oncePer } from '../core/memo.js';

export interface CandidateFacts {
  city: string | null;
  country: string | null;
  /** Country codes the candidate may work in without sponsorship. */
  authorizedIn: Set<string>;
  /** Null when the profile does not say (a profile derived from a CV): the gate then does not assume either way. */
  willingToRelocate: boolean | null;
  level: Level | null;
  years: number | null;
  manager: boolean;
  families: RoleFamily[];
  languages: Map<string, LanguageLevel>;
}

const LANGUAGE_ORDER: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
export const languageAtLeast = (has: LanguageLevel | undefined, needs: LanguageLevel) =>
  has !== undefined && LANGUAGE_ORDER.indexOf(has) >= LANGUAGE_ORDER.indexOf(needs);

/** Country codes an authorisation entry covers ("EU" and "European Union" cover every EU/EEA country). */
function regionCountries(region: string, code: string | undefined): string[] {
  const key = (code ?? region).trim();
  if (/^(eu|eea|european union|europe)$/i.test(key) || /european union/i.test(region)) return [...EU];
  const c = countryCode(key) ?? countryCode(region);
  return c ? [c] : [];
}

// One profile is judged against every pending posting of its user: read it once.
export const candidateFacts: (profile: CandidateProfile) => CandidateFacts = oncePer(readFacts);

function readFacts(profile: CandidateProfile): CandidateFacts {
  const residence = profile.logistics.currentResidence;
  const country = countryCode(residence?.countryCode) ?? countryCode(residence?.country);
  const authorizedIn = new Set<string>(country ? [country] : []);
  // A citizen of an EU country may work anywhere in the EU.
  if (country && EU.has(country)) EU.forEach((c) => authorizedIn.add(c));
  for (const a of profile.logistics.workAuthorization) {
    if (isAuthorized(a.status)) regionCountries(a.region, a.regionCode).forEach((c) => authorizedIn.add(c));
  }
  const years = profile.yearsOfExperience ?? null;
  const stated = profile.seniority === 'lead' ? 'senior' : profile.seniority ?? null;
  const level = stated ?? (years === null ? null : years >= 8 ? 'senior' : years >= 3 ? 'mid' : years >= 1 ? 'junior' : 'intern');
  const families = [...new Set([...profile.titles, ...profile.titleKeywords].map(familyOfTitle).filter((f): f is RoleFamily => f !== null))];
  return {
    city: residence?.city?.toLowerCase() ?? null,
    country: country && COUNTRIES[country] ? country : null,
    authorizedIn,
    willingToRelocate: profile.logistics.willingToRelocate ?? null,
    level,
    years,
    manager: profile.seniority === 'lead' || families.includes('management'),
    families,
    languages: new Map(profile.languages.map((l) => [l.language.toLowerCase(), l.level as LanguageLevel])),
  };
}

export const levelIndex = (level: Level) => LEVELS.indexOf(level);
