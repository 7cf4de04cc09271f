// What a profile says that the rules compare with a posting's facts: where the candidate lives (a gazetteer
// place) and may work, how far they commute, where they would move and on what condition, their working
// hours, level and years, the role families they want, management, employment types and languages. Pure
// (the gazetteer is loaded first: places.ts).

import { LEVELS, type Level } from './facts.js';
import { acceptedBy, type Accepts } from './employment.js';
import { countryCode, DEFAULT_MAX_COMMUTE_KM, placeNamed, readPlaces, zoneOffsets, type Place } from './places.js';
import { REGIONS } from './gazetteer/regions.js';
import { isAuthorized, type CandidateProfile, type LanguageLevel } from './profile.js';
import { familiesOfTitle, type RoleFamily } from './roles.js';
import { oncePer } from '../core/memo.js';

export interface CandidateFacts {
  /** Where they live, when the gazetteer knows the city; else null (the country may still be known). */
  home: Place | null;
  /** The city as the profile writes it. */
  city: string | null;
  country: string | null;
  /** Country codes the candidate may work in without sponsorship. */
  authorizedIn: Set<string>;
  /** Null when the profile does not say (a profile derived from a CV): the gate then does not assume either way. */
  willingToRelocate: boolean | null;
  /** Where a move is considered (empty: anywhere) and what it needs (sponsorship, relocation support). */
  relocation: { countries: string[]; requires: string[] } | null;
  /** Cities they would move to without condition, where the gazetteer knows them (in their own country first). */
  relocationCities: Place[];
  maxCommuteKm: number;
  /** UTC offsets of their working hours (January and July), empty when unknown. */
  offsets: number[];
  level: Level | null;
  years: number | null;
  manager: boolean;
  /** They rule management out ("management" among the excluded role types). */
  noManagement: boolean;
  families: RoleFamily[];
  languages: Map<string, LanguageLevel>;
  accepts: Accepts | null;
}

const LANGUAGE_ORDER: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
export const languageAtLeast = (has: LanguageLevel | undefined, needs: LanguageLevel) =>
  has !== undefined && LANGUAGE_ORDER.indexOf(has) >= LANGUAGE_ORDER.indexOf(needs);

/** Country codes an authorisation entry covers ("EU" and "European Union" cover every EU/EEA country). */
function regionCountries(region: string, code: string | undefined): string[] {
  const key = (code ?? region).trim();
  if (/^(eu|eea|european union|europe)$/i.test(key) || /european union/i.test(region)) return [...REGIONS.eu, 'IS', 'LI', 'NO', 'CH'];
  const c = countryCode(key) ?? countryCode(region);
  return c ? [c] : [];
}

// One profile is judged against every pending posting of its user: read it once.
export const candidateFacts: (profile: CandidateProfile) => CandidateFacts = oncePer(readFacts);

function readFacts(profile: CandidateProfile): CandidateFacts {
  const residence = profile.logistics.currentResidence;
  const stated = countryCode(residence?.countryCode) ?? countryCode(residence?.country);
  // The city as people type it: "São Paulo", or with its state, "São Paulo/SP", "Toronto, ON", "Campinas - SP".
  const home = residence?.city
    ? placeNamed(residence.city, stated) ?? readPlaces(residence.city).cities.find((p) => !stated || p.country === stated) ?? null
    : null;
  const country = stated ?? home?.country ?? null;
  const authorizedIn = new Set<string>(country ? [country] : []);
  // A citizen of an EU country may work anywhere in the EU/EEA.
  if (country && (REGIONS.eu as readonly string[]).includes(country)) regionCountries('EU', 'EU').forEach((c) => authorizedIn.add(c));
  for (const a of profile.logistics.workAuthorization) {
    if (!isAuthorized(a.status)) continue;
    const countries = regionCountries(a.region, a.regionCode);
    // An EU citizen (an Argentine with an Italian passport) may work anywhere in the EU/EEA; a permit holds in its own country only.
    const eu = /citizen/i.test(a.status) && countries.some((c) => (REGIONS.eu as readonly string[]).includes(c));
    (eu ? regionCountries('EU', 'EU') : countries).forEach((c) => authorizedIn.add(c));
  }
  const years = profile.yearsOfExperience ?? null;
  const seniority = profile.seniority === 'lead' ? 'senior' : profile.seniority ?? null;
  const level = seniority ?? (years === null ? null : years >= 8 ? 'senior' : years >= 3 ? 'mid' : years >= 1 ? 'junior' : 'intern');
  const families = [...new Set([...profile.titles, ...profile.titleKeywords].flatMap(familiesOfTitle))];
  const zone = residence?.timezone ?? home?.zone ?? null;
  const excluded = profile.preferences.exclusions.roleTypes.map((r) => r.toLowerCase());
  const relocation = profile.logistics.relocation;
  return {
    home,
    city: residence?.city ?? null,
    country,
    authorizedIn,
    willingToRelocate: profile.logistics.willingToRelocate ?? null,
    relocation: relocation ? { countries: relocation.countries.map((c) => countryCode(c) ?? c), requires: relocation.requires } : null,
    relocationCities: (relocation?.cities ?? []).map((name) => (country ? placeNamed(name, country) : null) ?? placeNamed(name)).filter((p): p is Place => p !== null),
    maxCommuteKm: profile.logistics.maxCommuteKm ?? DEFAULT_MAX_COMMUTE_KM,
    offsets: zone ? zoneOffsets(zone) : [],
    level,
    years,
    manager: (profile.seniority === 'lead' || families.includes('management')) && !excluded.some((r) => /manag/.test(r)),
    noManagement: excluded.some((r) => /manag|people/.test(r)),
    families,
    languages: new Map(profile.languages.map((l) => [l.language.toLowerCase(), l.level as LanguageLevel])),
    accepts: acceptedBy(profile.preferences.jobTypes, profile.preferences.minContractMonths, profile.preferences.exclusions.jobTypes),
  };
}

export const levelIndex = (level: Level) => LEVELS.indexOf(level);
