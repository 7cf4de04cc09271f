import {
  candidateFacts,
  languageAtLeast,
  levelIndex
} from "./chunk-VUYDP6U2.js";
import {
  INDUSTRY_SYNONYMS,
  familyFit,
  familyOfPosting,
  mentionOf,
  sentenceOf,
  termRe,
  wantsEngineering
} from "./chunk-7EI2NUQR.js";
import {
  verdictFor
} from "./chunk-YOVJU2MG.js";
import {
  REGION_NAMES,
  countryName,
  distanceKm,
  employmentMismatch,
  forRules,
  inRegion,
  postingFacts,
  shortfall,
  withinZone
} from "./chunk-VHVHADGL.js";

// dist/analyze/pregate.js
var ROLE_TYPE_FAMILIES = { sales: "sales", management: "management", manager: "management", "people management": "management", design: "design", finance: "finance" };
var LANGUAGE_OF = { de: "German", nl: "Dutch", es: "Spanish", pt: "Portuguese", fr: "French", en: "English" };
var cityName = (city) => city.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
var fired = (rule, says, posting, profile) => ({ rule, effect: "excluded", says: `${rule}: ${says}`, ...posting ? { posting } : {}, ...profile ? { profile } : {} });
function exclusionRule(posting, profile) {
  const description = posting.descriptionText ?? "";
  const text = `${posting.title}
${description}`;
  const ex = profile.preferences.exclusions;
  const family = familyOfPosting(posting.title, description).family;
  for (const word of [...ex.titles, ...ex.roleTypes]) {
    const type = ROLE_TYPE_FAMILIES[word.toLowerCase()];
    if (type === "management")
      continue;
    if (termRe(word).test(posting.title) || family && type === family)
      return fired("exclusion", `the role is ${word}, which you excluded`, posting.title, `exclusions: ${word}`);
  }
  for (const tech of ex.technologies) {
    const inTitle = termRe(tech).test(posting.title) && mentionOf(posting.title, tech) !== "negated";
    if (inTitle || mentionOf(description, tech) === "required") {
      return fired("exclusion", `it involves ${tech}, which you excluded`, inTitle ? posting.title : sentenceOf(description, tech), `exclusions: ${tech}`);
    }
  }
  for (const industry of ex.industries) {
    const words = INDUSTRY_SYNONYMS[industry.toLowerCase()] ?? [industry];
    const hit = words.find((w) => termRe(w).test(posting.title) || ["required", "optional"].includes(mentionOf(text, w) ?? "negated"));
    if (hit)
      return fired("exclusion", `it is in ${industry} ("${hit}"), which you excluded`, sentenceOf(text, hit), `exclusions: ${industry}`);
  }
  return null;
}
var homeOf = (c) => c.home ? `${c.home.name}, ${countryName(c.home.country)}` : c.city ? `${cityName(c.city)}${c.country ? `, ${countryName(c.country)}` : ""}` : c.country ? countryName(c.country) : null;
function remoteAdmits(scope, c) {
  if (scope.worldwide || !c.country)
    return true;
  if (scope.countries.includes(c.country))
    return true;
  if (scope.regions.some((r) => inRegion(c.country, r)))
    return true;
  return c.offsets.length > 0 && scope.zones.some((w) => withinZone(c.offsets, w));
}
function moveProblem(country, f, c) {
  if (c.willingToRelocate === false)
    return "you do not relocate";
  if (c.relocation?.countries.length && !c.relocation.countries.includes(country))
    return `you would move only to ${c.relocation.countries.map(countryName).join(" or ")}`;
  const needsSponsorship = !c.authorizedIn.has(country);
  if (needsSponsorship && !f.sponsorship)
    return `you may not work in ${countryName(country)} without sponsorship, and it does not offer it`;
  if (c.relocation?.requires.includes("relocation support") && !f.relocationHelp)
    return "you would move only with relocation support, which it does not offer";
  return null;
}
function placeRule(f, c, profile) {
  const wanted = profile.preferences.workEnvironments ?? [];
  const home = homeOf(c);
  const where = `you live in ${home ?? "a place your profile does not give"}`;
  for (const country of f.mustBeAuthorizedIn) {
    if (c.country && !c.authorizedIn.has(country)) {
      return fired("place", `it asks for the right to work in ${countryName(country)} without sponsorship, which your profile does not list`, f.evidence.authorization, home);
    }
  }
  if (f.mode === "remote") {
    if (f.remote && !remoteAdmits(f.remote, c)) {
      const named = [...f.remote.countries.map(countryName), ...f.remote.regions.map((r) => REGION_NAMES[r]), ...f.remote.zones.map((z) => `UTC${z.from >= 0 ? "+" : ""}${z.from} to UTC${z.to >= 0 ? "+" : ""}${z.to}`)];
      return fired("place", `remote only for people in ${named.join(" or ")}; ${where}`, f.evidence.remote, home);
    }
    return null;
  }
  if (f.mode === "onsite" && wanted.length && !wanted.includes("onsite"))
    return fired("place", `it is on-site; you want ${wanted.join(" or ")} work`, f.evidence.mode, `workEnvironments: ${wanted.join(", ")}`);
  const officeCountry = f.offices[0]?.country ?? f.officeCountries[0] ?? null;
  if (!officeCountry || !c.country)
    return null;
  if (c.home && f.offices.some((o) => distanceKm(c.home, o) <= c.maxCommuteKm))
    return null;
  if (!c.home && f.offices.some((o) => c.city && o.name.toLowerCase() === c.city.toLowerCase()))
    return null;
  if (!f.offices.length && officeCountry === c.country)
    return null;
  if (f.mode === null && wanted.includes("remote") && !wanted.includes("onsite") && !wanted.includes("hybrid"))
    return null;
  const nearest = nearestOffice(f.offices, c.home);
  const distance = nearest && c.home ? ` (${Math.round(distanceKm(c.home, nearest))} km from home; you commute up to ${c.maxCommuteKm} km)` : "";
  const office = nearest ? `${nearest.name}, ${countryName(nearest.country)}` : countryName(officeCountry);
  if (officeCountry === c.country && c.willingToRelocate !== false)
    return null;
  const problem = officeCountry === c.country ? "you do not relocate" : moveProblem(nearest?.country ?? officeCountry, f, c);
  if (!problem)
    return null;
  return fired("place", `the office is in ${office}${f.mode ? ` (${f.mode})` : ""}${distance}; ${where} and ${problem}`, f.evidence.place, home);
}
var nearestOffice = (offices, home) => home ? [...offices].sort((a, b) => distanceKm(home, a) - distanceKm(home, b))[0] ?? null : offices[0] ?? null;
function languageRule(f, c) {
  if (c.languages.size === 0)
    return null;
  for (const req of f.requiredLanguages) {
    if (!languageAtLeast(c.languages.get(req.language.toLowerCase()), req.level)) {
      return fired("language", `it requires ${req.language} at ${req.level}; your profile ${c.languages.has(req.language.toLowerCase()) ? `lists ${c.languages.get(req.language.toLowerCase())}` : "does not list it"}`, req.language);
    }
  }
  const written = LANGUAGE_OF[f.language];
  if (f.language !== "en" && !f.requiredLanguages.length && !languageAtLeast(c.languages.get(written.toLowerCase()), "B2")) {
    return fired("language", `the posting is written in ${written}, which your profile does not list at B2 or above`);
  }
  return null;
}
function levelGap(f, c) {
  if (!c.level)
    return null;
  let gap = f.level ? levelIndex(f.level) - levelIndex(c.level) : 0;
  if (c.years !== null && f.years) {
    if (f.years.min > c.years + 1 && gap >= 0)
      gap += 1;
    if (f.years.max !== null && f.years.max < c.years - 2 && gap <= 0)
      gap -= 1;
  }
  return f.level || c.years !== null && f.years ? gap : null;
}
var yearsText = (f) => f.years ? `${f.years.min}${f.years.max !== null ? `\u2013${f.years.max}` : "+"} years` : null;
function levelRule(f, c) {
  if (f.managerTrack && (c.noManagement || !c.manager)) {
    return fired("level", `a people-management role ("${f.evidence.manager ?? "manager"}"); ${c.noManagement ? "you rule out people management" : "your profile is an individual contributor's"}`, f.evidence.manager);
  }
  const gap = levelGap(f, c);
  if (gap !== null && Math.abs(gap) >= 2) {
    const asked = [f.level, yearsText(f)].filter(Boolean).join(", ");
    return fired("level", `${gap > 0 ? "well above" : "well below"} yours (${asked}; you are ${c.level}${c.years !== null ? ` with ${c.years} years` : ""})`, f.evidence.level ?? yearsText(f), c.level);
  }
  return null;
}
function employmentRule(f, c, profile) {
  const excluded = profile.preferences.exclusions.jobTypes ?? [];
  const mismatch = employmentMismatch(f.employment, c.accepts, profile.preferences.jobTypes ?? [], excluded);
  return mismatch ? fired("employment", mismatch, f.employment.words, `jobTypes: ${(profile.preferences.jobTypes ?? []).join(", ")}${excluded.length ? `; not ${excluded.join(", ")}` : ""}`) : null;
}
function salaryRule(f, profile) {
  const floor = profile.salaryFloor;
  if (!floor || !f.salary)
    return null;
  const gap = shortfall(f.salary, floor);
  if (!gap || gap.under * 100 <= floor.excludeBelowPercent)
    return null;
  const converted = f.salary.currency === floor.currency && f.salary.period === floor.period ? "" : ` (about ${Math.round(gap.topInFloorCurrency).toLocaleString("en-US")} ${floor.currency} a ${floor.period})`;
  return fired("salary", `at most ${f.salary.max.toLocaleString("en-US")} ${f.salary.currency} a ${f.salary.period}${converted}, ${Math.round(gap.under * 100)} % under your floor of ${floor.amount.toLocaleString("en-US")} ${floor.currency} a ${floor.period}`, f.salary.words, `salaryFloor: ${floor.amount} ${floor.currency}/${floor.period}`);
}
function preGateFiring(input, profile) {
  const posting = forRules(input);
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  return exclusionRule(posting, profile) ?? placeRule(f, c, profile) ?? languageRule(f, c) ?? levelRule(f, c) ?? employmentRule(f, c, profile) ?? salaryRule(f, profile);
}
function preGate(input, profile) {
  return preGateFiring(input, profile)?.says ?? null;
}

// dist/analyze/offline.js
var OFFLINE_VERSION = "offline-4";
var STACKS = [
  "Java",
  "Kotlin",
  "Scala",
  "Ruby",
  "Ruby on Rails",
  "Rails",
  "PHP",
  "Python",
  "Go",
  "Golang",
  "Rust",
  "C#",
  ".NET",
  "C++",
  "Elixir",
  "Swift",
  "Angular",
  "Vue",
  "Svelte",
  "React",
  "TypeScript",
  "Node.js",
  "Laravel",
  "Django",
  "Spring",
  "WordPress",
  "Salesforce",
  "SAP"
];
var STACK_ALIASES = {
  Go: ["Golang"],
  "Ruby on Rails": ["Rails", "Ruby"],
  Rails: ["Ruby on Rails", "Ruby"],
  Ruby: ["Rails", "Ruby on Rails"],
  "Node.js": ["Node", "NodeJS"],
  Spring: ["Spring Boot", "Java", "Kotlin"],
  Kotlin: ["Java"],
  Java: ["Kotlin"]
};
var DEFINING = /(?<!\p{L})(required|is required|must|deep|strong|expert|daily|every day|core|written in|all our services|experience is required|years of \S+ experience|\d\+? years of|excluyente|obligatori[oa]|imprescindible|obrigat[oó]ri[oa]|exig[ée]e?|erforderlich|s[oó]lida)(?!\p{L})/iu;
function missingStack(posting, skills) {
  const has = (tech) => [tech, ...STACK_ALIASES[tech] ?? []].some((t) => skills.some((s) => s.toLowerCase() === t.toLowerCase()));
  const sentences = (posting.descriptionText ?? "").split(/(?<=[.!?;:])\s+|\n+/).filter((s) => DEFINING.test(s));
  for (const tech of STACKS) {
    if (has(tech))
      continue;
    const re = termRe(tech);
    if (re.test(posting.title) && mentionOf(posting.title, tech) !== "negated")
      return { tech, words: posting.title };
    const defining = sentences.find((s) => re.test(s) && mentionOf(s, tech) === "required");
    if (defining)
      return { tech, words: defining.trim().slice(0, 160) };
  }
  return null;
}
var NOT_A_MATCH = 55;
function analyzeOffline(input, profile) {
  const posting = forRules(input);
  const description = posting.descriptionText ?? "";
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  const trace = [];
  let cap = 100;
  let total = 0;
  const add = (rule, effect, says, points, words = {}) => {
    total += points;
    if (words.cap !== void 0)
      cap = Math.min(cap, words.cap);
    trace.push({ rule, effect, says: `${rule}: ${says}`, points, ...words.posting ? { posting: words.posting } : {}, ...words.profile ? { profile: words.profile } : {}, ...words.cap !== void 0 ? { cap: words.cap } : {} });
  };
  const wantedFamilies = c.families.join("/");
  const yourTitles = [...profile.titles, ...profile.titleKeywords].join(", ");
  const { family, fromDescription, genericEngineering } = familyOfPosting(posting.title, description);
  if (c.families.length && family) {
    const fit = familyFit(c.families, family);
    if (fit === "same")
      add("role", "reason", `${family} work, as you want${fromDescription ? " (read from the description; the title is generic)" : ""}`, fromDescription ? 30 : 35, { posting: posting.title, profile: yourTitles });
    else if (fit === "neighbour")
      add("role", "reason", `${family}, next to the ${wantedFamilies} roles you want`, 22, { posting: posting.title, profile: yourTitles });
    else
      add("role", "concern", `${family} work, not the ${wantedFamilies} roles you want`, 0, { posting: posting.title, profile: yourTitles, cap: 45 });
  } else if (c.families.length && genericEngineering && wantsEngineering(c.families)) {
    add("role", "concern", "a generic engineering title; the description does not say which kind", 20, { posting: posting.title });
  } else if (c.families.length) {
    add("role", "concern", "the title does not say what kind of work it is", 8, { posting: posting.title });
  } else
    add("role", "default", "your profile names no role", 15);
  if (profile.skills.length) {
    const mentions = profile.skills.map((s) => ({ s, m: termRe(s).test(posting.title) ? "required" : mentionOf(description, s) }));
    const required = mentions.filter((x) => x.m === "required").map((x) => x.s);
    const optional = mentions.filter((x) => x.m === "optional").map((x) => x.s);
    const points = Math.min(35, required.length * 10 + optional.length * 4);
    if (required.length)
      add("skills", "reason", `asks for ${required.slice(0, 5).join(", ")}, which you have`, Math.min(35, required.length * 10), { posting: sentenceOf(description, required[0]), profile: `skills: ${required.join(", ")}` });
    if (optional.length)
      add("skills", "reason", `${optional.slice(0, 3).join(", ")} ${optional.length === 1 ? "is" : "are"} a plus there`, points - Math.min(35, required.length * 10), { posting: sentenceOf(description, optional[0]) });
    if (!required.length && !optional.length)
      add("skills", "concern", "none of your skills are asked for", 0, { profile: `skills: ${profile.skills.join(", ")}` });
  } else
    add("skills", "default", "your profile lists no skills", 15);
  const stack = missingStack(posting, profile.skills);
  if (stack)
    add("stack", "concern", `the role is built on ${stack.tech}, which is not among your skills`, 0, { posting: stack.words, profile: `skills: ${profile.skills.join(", ")}`, cap: 45 });
  const gap = levelGap(f, c);
  const asked = [f.level, f.years ? `${f.years.min}${f.years.max !== null ? `\u2013${f.years.max}` : "+"} years` : null].filter(Boolean).join(", ");
  const you = `you are ${c.level}${c.years !== null ? ` with ${c.years} years` : ""}`;
  if (gap === 0) {
    if (f.level)
      add("level", "reason", `${f.level}, like you${f.icTrack && /lead|staff|principal|head/i.test(posting.title) ? ` (an individual contributor's role: "${f.evidence.ic}")` : ""}`, 15, { posting: posting.title, profile: c.level });
    else
      add("level", "default", "the years asked fit yours", 15);
  } else if (gap === 1) {
    add("level", "concern", `one step above yours (${asked}; ${you})`, 5, { posting: f.evidence.level ?? asked, profile: c.level });
  } else if (gap === -1) {
    const lower = profile.preferences.considerLowerLevels === true;
    add("level", "concern", `one step below yours (${asked}; ${you})${lower ? "" : ": not a match unless your profile sets preferences.considerLowerLevels"}`, 5, { posting: f.evidence.level ?? asked, profile: c.level, ...lower ? {} : { cap: NOT_A_MATCH } });
  } else
    add("level", "default", "the posting or your profile does not say the level", 10);
  if (f.icTrack && !f.managerTrack && c.noManagement)
    add("level", "reason", `an individual contributor's role ("${f.evidence.ic}"), as you want`, 0, { posting: f.evidence.ic });
  if (f.mode === "remote") {
    const scope = f.remote ? [...f.remote.countries.map(countryName), ...f.remote.regions.map((r) => REGION_NAMES[r])].join("/") : "";
    add("place", "reason", `remote${scope ? ` within ${scope}` : ""}${f.remote?.zones.length ? " (your working hours fit)" : ""}`, 10, { posting: f.evidence.remote ?? "remote" });
  } else if (f.offices.length && c.home) {
    const nearest = [...f.offices].sort((a, b) => distanceKm(c.home, a) - distanceKm(c.home, b))[0];
    const km = Math.round(distanceKm(c.home, nearest));
    if (km <= c.maxCommuteKm)
      add("place", "reason", `${f.mode ?? "office"} in ${nearest.name}, ${km} km from ${c.home.name}`, 10, { posting: f.evidence.place, profile: c.home.name });
    else
      add("place", "concern", `the office is in ${nearest.name}, ${countryName(nearest.country)} (${km} km away); you would move`, 4, { posting: f.evidence.place, profile: c.home.name });
  } else
    add("place", "default", "the posting names no office your profile can be compared with", 6);
  const floor = profile.salaryFloor;
  const gapPay = floor && f.salary ? shortfall(f.salary, floor) : null;
  if (floor && f.salary && gapPay) {
    const converted = f.salary.currency === floor.currency && f.salary.period === floor.period ? "" : ` (about ${Math.round(gapPay.topInFloorCurrency).toLocaleString("en-US")} ${floor.currency} a ${floor.period})`;
    if (gapPay.under > 0)
      add("salary", "concern", `at most ${f.salary.max.toLocaleString("en-US")} ${f.salary.currency} a ${f.salary.period}${converted}, under your floor of ${floor.amount.toLocaleString("en-US")} ${floor.currency}`, -10, { posting: f.salary.words, profile: `salaryFloor: ${floor.amount} ${floor.currency}/${floor.period}`, cap: NOT_A_MATCH });
    else
      add("salary", "reason", `up to ${f.salary.max.toLocaleString("en-US")} ${f.salary.currency} a ${f.salary.period}${converted}, at or above your floor`, 5, { posting: f.salary.words });
  } else
    add("salary", "default", floor ? "the posting states no pay" : "your profile gives no salary floor", 5);
  if (f.employment.terms && c.accepts?.terms.has(f.employment.terms))
    add("employment", "reason", `${f.employment.terms}, a kind of work you take`, 0, { posting: f.employment.words, profile: `jobTypes: ${(profile.preferences.jobTypes ?? []).join(", ")}` });
  if (f.language !== "en")
    add("language", "reason", `written in ${f.language}, which you speak`, 0);
  const score = Math.max(0, Math.min(cap, total));
  return {
    score,
    verdict: verdictFor(score),
    reasons: trace.filter((t) => t.effect === "reason").map((t) => t.says),
    concerns: trace.filter((t) => t.effect === "concern").map((t) => t.says),
    analyzer: "offline",
    model: null,
    promptVersion: OFFLINE_VERSION,
    flagged: false,
    trace
  };
}

export {
  levelGap,
  preGateFiring,
  preGate,
  OFFLINE_VERSION,
  analyzeOffline
};
