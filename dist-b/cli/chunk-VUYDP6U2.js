import {
  familyOfTitle,
  isAuthorized
} from "./chunk-7EI2NUQR.js";
import {
  DEFAULT_MAX_COMMUTE_KM,
  LEVELS,
  REGIONS,
  acceptedBy,
  countryCode,
  placeNamed,
  zoneOffsets
} from "./chunk-VHVHADGL.js";
import {
  oncePer
} from "./chunk-YU7T37VA.js";

// dist/analyze/candidate.js
var LANGUAGE_ORDER = ["A1", "A2", "B1", "B2", "C1", "C2", "native"];
var languageAtLeast = (has, needs) => has !== void 0 && LANGUAGE_ORDER.indexOf(has) >= LANGUAGE_ORDER.indexOf(needs);
function regionCountries(region, code) {
  const key = (code ?? region).trim();
  if (/^(eu|eea|european union|europe)$/i.test(key) || /european union/i.test(region))
    return [...REGIONS.eu, "IS", "LI", "NO", "CH"];
  const c = countryCode(key) ?? countryCode(region);
  return c ? [c] : [];
}
var candidateFacts = oncePer(readFacts);
function readFacts(profile) {
  const residence = profile.logistics.currentResidence;
  const stated = countryCode(residence?.countryCode) ?? countryCode(residence?.country);
  const home = residence?.city ? placeNamed(residence.city, stated) : null;
  const country = stated ?? home?.country ?? null;
  const authorizedIn = new Set(country ? [country] : []);
  if (country && REGIONS.eu.includes(country))
    regionCountries("EU", "EU").forEach((c) => authorizedIn.add(c));
  for (const a of profile.logistics.workAuthorization) {
    if (!isAuthorized(a.status))
      continue;
    const countries = regionCountries(a.region, a.regionCode);
    const eu = /citizen/i.test(a.status) && countries.some((c) => REGIONS.eu.includes(c));
    (eu ? regionCountries("EU", "EU") : countries).forEach((c) => authorizedIn.add(c));
  }
  const years = profile.yearsOfExperience ?? null;
  const seniority = profile.seniority === "lead" ? "senior" : profile.seniority ?? null;
  const level = seniority ?? (years === null ? null : years >= 8 ? "senior" : years >= 3 ? "mid" : years >= 1 ? "junior" : "intern");
  const families = [...new Set([...profile.titles, ...profile.titleKeywords].map(familyOfTitle).filter((f) => f !== null))];
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
    maxCommuteKm: profile.logistics.maxCommuteKm ?? DEFAULT_MAX_COMMUTE_KM,
    offsets: zone ? zoneOffsets(zone) : [],
    level,
    years,
    manager: (profile.seniority === "lead" || families.includes("management")) && !excluded.some((r) => /manag/.test(r)),
    noManagement: excluded.some((r) => /manag|people/.test(r)),
    families,
    languages: new Map(profile.languages.map((l) => [l.language.toLowerCase(), l.level])),
    accepts: acceptedBy(profile.preferences.jobTypes, profile.preferences.minContractMonths, profile.preferences.exclusions.jobTypes)
  };
}
var levelIndex = (level) => LEVELS.indexOf(level);

export {
  languageAtLeast,
  candidateFacts,
  levelIndex
};
