// The offline analyzer (no Gemini key, or a posting Gemini declined): after the shared pre-gate, a score
// from the role family (generic titles read from the description), requirement-aware skills, the role's
// main stack (not what it merely mentions), level in both directions, place, pay and employment type.
// Deterministic and explainable: every reason and concern starts with the rule that produced it, and the
// trace keeps the words each rule read. Same output shape as the model's. Pure (gazetteer loaded first).

import { forRules } from './bounded.js';
import { candidateFacts, languageAtLeast } from './candidate.js';
import { postingFacts } from './facts.js';
import { mentionOf, mentionsOf, sentenceOf, termRe, withoutLongerNames } from './mentions.js';
import { LANGUAGE_OF, levelGap } from './pregate.js';
import { floorFor, shortfall } from './pay.js';
import { countryName, distanceKm, REGION_NAMES } from './places.js';
import type { CandidateProfile } from './profile.js';
import { familyFit, familyOfPosting, wantsEngineering } from './roles.js';
import { verdictFor, type Analysis, type PostingForAnalysis, type RuleFiring } from './types.js';

/** Part of the analysis cache key: bump when the rules change, so open postings are scored again once. */
export const OFFLINE_VERSION = 'offline-10';

/** Languages and frameworks that define a role's day: one the candidate lacks caps the score. */
const STACKS = ['Java', 'Kotlin', 'Scala', 'Ruby', 'Ruby on Rails', 'Rails', 'PHP', 'Python', 'Go', 'Golang', 'Rust', 'C#', '.NET', 'C++', 'Elixir',
  'Swift', 'Angular', 'Vue', 'Svelte', 'React', 'TypeScript', 'Node.js', 'Laravel', 'Django', 'Spring', 'WordPress', 'Salesforce', 'SAP',
  // The cross-platform frameworks are a mobile role's day as much as a language: a Flutter role is not a native engineer's.
  'Flutter', 'Dart', 'React Native'];
const STACK_ALIASES: Record<string, string[]> = { Go: ['Golang'], 'Ruby on Rails': ['Rails', 'Ruby'], Rails: ['Ruby on Rails', 'Ruby'], Ruby: ['Rails', 'Ruby on Rails'],
  'Node.js': ['Node', 'NodeJS'], Spring: ['Spring Boot', 'Java', 'Kotlin'], Kotlin: ['Java'], Java: ['Kotlin'], Flutter: ['Dart'], Dart: ['Flutter'] };
const DEFINING = /(?<!\p{L})(required|is required|must|deep|strong|expert|daily|every day|core|written in|all our services|experience is required|years of \S+ experience|\d\+? years of|excluyente|obligatori[oa]|imprescindible|obrigat[oó]ri[oa]|exig[ée]e?|erforderlich|s[oó]lida|mindestens|fundierte\p{L}*|\d{1,2}\+?\s?(?:jahre|anos|años))(?!\p{L})/iu;

/**
 * The stack the role is built on that the candidate does not have: named in the title, or stated as the core requirement.
 * A title's framework the description itself calls a plus ("React Native é desejável, ensinamos o resto") is not held against them.
 */
function missingStack(posting: PostingForAnalysis, skills: readonly string[]): { tech: string; words: string } | null {
  const has = (tech: string) => [tech, ...(STACK_ALIASES[tech] ?? [])].some((t) => skills.some((s) => s.toLowerCase() === t.toLowerCase()));
  const sentences = (posting.descriptionText ?? '').split(/(?<=[.!?;:])\s+|\n+/).filter((s) => DEFINING.test(s));
  for (const tech of STACKS) {
    if (has(tech)) continue;
    const re = termRe(tech);
    const title = withoutLongerNames(posting.title, tech);
    const aPlus = () => mentionsOf(withoutLongerNames(posting.descriptionText ?? '', tech), tech).has('optional');
    if (re.test(title) && mentionOf(title, tech) !== 'negated' && !aPlus()) return { tech, words: posting.title };
    const defining = sentences.find((s) => {
      const text = withoutLongerNames(s, tech);
      return re.test(text) && mentionOf(text, tech) === 'required';
    });
    if (defining) return { tech, words: defining.trim().slice(0, 160) };
  }
  return null;
}

const PLATFORMS: [RegExp, 'iOS' | 'Android'][] = [[/(?<!\p{L})(ios|swift(?:ui)?)(?!\p{L})/iu, 'iOS'], [/(?<!\p{L})(android|kotlin)(?!\p{L})/iu, 'Android']];
const platformsOf = (title: string) => PLATFORMS.filter(([re]) => re.test(title)).map(([, p]) => p);
/**
 * A mobile role for one platform ("Senior Mobile Engineer (iOS)") when every title the candidate holds names only the
 * other ("Senior Android Engineer"): a different specialisation, whatever a CV says of some work on the other side.
 * Null when the role names both or neither, or a title of theirs is mobile in general or names the role's platform.
 */
function otherPlatform(title: string, theirs: readonly string[]): { wanted: string; yours: string } | null {
  const wanted = platformsOf(title);
  if (wanted.length !== 1 || theirs.length === 0) return null;
  const held = theirs.map(platformsOf);
  if (held.some((p) => p.length === 0 || p.includes(wanted[0]!))) return null;
  return { wanted: wanted[0]!, yours: [...new Set(held.flat())].join(' and ') };
}

/** Most a score may be when a rule says "not a match by default": under the default threshold (60). */
const NOT_A_MATCH = 55;

export function analyzeOffline(input: PostingForAnalysis, profile: CandidateProfile): Analysis {
  const posting = forRules(input);
  const description = posting.descriptionText ?? '';
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  const trace: RuleFiring[] = [];
  let cap = 100;
  let total = 0;
  const add = (rule: string, effect: 'reason' | 'concern' | 'default', says: string, points: number, words: { posting?: string | null; profile?: string | null; cap?: number } = {}) => {
    total += points;
    if (words.cap !== undefined) cap = Math.min(cap, words.cap);
    trace.push({ rule, effect, says: `${rule}: ${says}`, points, ...(words.posting ? { posting: words.posting } : {}), ...(words.profile ? { profile: words.profile } : {}), ...(words.cap !== undefined ? { cap: words.cap } : {}) });
  };
  const wantedFamilies = c.families.join('/');
  const yourTitles = [...profile.titles, ...profile.titleKeywords].join(', ');

  // Role family: 35 same (30 when a generic title was read from the description), 22 a neighbour, 0 else.
  const { family, fromDescription, genericEngineering } = familyOfPosting(posting.title, description);
  if (c.families.length && family) {
    const fit = familyFit(c.families, family);
    if (fit === 'same') add('role', 'reason', `${family} work, as you want${fromDescription ? ' (read from the description; the title is generic)' : ''}`, fromDescription ? 30 : 35, { posting: posting.title, profile: yourTitles });
    else if (fit === 'neighbour') add('role', 'reason', `${family}, next to the ${wantedFamilies} roles you want`, 22, { posting: posting.title, profile: yourTitles });
    else add('role', 'concern', `${family} work, not the ${wantedFamilies} roles you want`, 0, { posting: posting.title, profile: yourTitles, cap: 45 });
  } else if (c.families.length && genericEngineering && wantsEngineering(c.families)) {
    // "Senior Software Engineer" with a description that does not settle it: engineering, maybe yours.
    add('role', 'concern', 'a generic engineering title; the description does not say which kind', 20, { posting: posting.title });
  } else if (c.families.length) {
    add('role', 'concern', 'the title does not say what kind of work it is', 8, { posting: posting.title });
  } else add('role', 'default', 'your profile names no role', 15);

  // Skills: what is required counts fully, a nice-to-have a little; a negated one, a data source or a customer's tool not at all.
  if (profile.skills.length) {
    const mentions = profile.skills.map((s) => ({ s, m: termRe(s).test(posting.title) ? 'required' as const : mentionOf(description, s) }));
    const required = mentions.filter((x) => x.m === 'required').map((x) => x.s);
    const optional = mentions.filter((x) => x.m === 'optional').map((x) => x.s);
    const points = Math.min(35, required.length * 10 + optional.length * 4);
    if (required.length) add('skills', 'reason', `asks for ${required.slice(0, 5).join(', ')}, which you have`, Math.min(35, required.length * 10), { posting: sentenceOf(description, required[0]!), profile: `skills: ${required.join(', ')}` });
    if (optional.length) add('skills', 'reason', `${optional.slice(0, 3).join(', ')} ${optional.length === 1 ? 'is' : 'are'} a plus there`, points - Math.min(35, required.length * 10), { posting: sentenceOf(description, optional[0]!) });
    if (!required.length && !optional.length) add('skills', 'concern', 'none of your skills are asked for', 0, { profile: `skills: ${profile.skills.join(', ')}` });
  } else add('skills', 'default', 'your profile lists no skills', 15);
  const platform = otherPlatform(posting.title, profile.titles);
  if (platform && family === 'mobile') add('stack', 'concern', `a ${platform.wanted} role; your titles are ${platform.yours}`, 0, { posting: posting.title, profile: yourTitles, cap: NOT_A_MATCH });
  const stack = missingStack(posting, profile.skills);
  if (stack) add('stack', 'concern', `the role is built on ${stack.tech}, which is not among your skills`, 0, { posting: stack.words, profile: `skills: ${profile.skills.join(', ')}`, cap: 45 });

  // Level: 15 the same, 5 one step above; one step below is a concern and, unless the profile says otherwise, not a match.
  const gap = levelGap(f, c);
  const asked = [f.level, f.years ? `${f.years.min}${f.years.max !== null ? `–${f.years.max}` : '+'} years` : null].filter(Boolean).join(', ');
  const you = `you are ${c.level}${c.years !== null ? ` with ${c.years} years` : ''}`;
  if (gap === 0) {
    if (f.level) add('level', 'reason', `${f.level}, like you${f.icTrack && /lead|staff|principal|head/i.test(posting.title) ? ` (an individual contributor's role: "${f.evidence.ic}")` : ''}`, 15, { posting: posting.title, profile: c.level });
    else add('level', 'default', 'the years asked fit yours', 15);
  } else if (gap === 1) {
    add('level', 'concern', `one step above yours (${asked}; ${you})`, 5, { posting: f.evidence.level ?? asked, profile: c.level });
  } else if (gap === -1) {
    const lower = profile.preferences.considerLowerLevels === true;
    add('level', 'concern', `one step below yours (${asked}; ${you})${lower ? '' : ': not a match unless your profile sets preferences.considerLowerLevels'}`, 5,
      { posting: f.evidence.level ?? asked, profile: c.level, ...(lower ? {} : { cap: NOT_A_MATCH }) });
  } else add('level', 'default', 'the posting or your profile does not say the level', 10);
  if (f.icTrack && !f.managerTrack && c.noManagement) add('level', 'reason', `an individual contributor's role ("${f.evidence.ic}"), as you want`, 0, { posting: f.evidence.ic });

  // Place: 10 when it fits where you live and how you want to work, 6 when the posting does not say, 4 when you would move.
  if (f.mode === 'remote') {
    const scope = f.remote ? [...f.remote.countries.map(countryName), ...f.remote.regions.map((r) => REGION_NAMES[r])].join('/') : '';
    add('place', 'reason', `remote${scope ? ` within ${scope}` : ''}${f.remote?.zones.length ? ' (your working hours fit)' : ''}`, 10, { posting: f.evidence.remote ?? 'remote' });
  } else if (f.offices.length && c.home) {
    const nearest = [...f.offices].sort((a, b) => distanceKm(c.home!, a) - distanceKm(c.home!, b))[0]!;
    const km = Math.round(distanceKm(c.home, nearest));
    if (km <= c.maxCommuteKm) add('place', 'reason', `${f.mode ?? 'office'} in ${nearest.name}, ${km} km from ${c.home.name}`, 10, { posting: f.evidence.place, profile: c.home.name });
    else add('place', 'concern', `the office is in ${nearest.name}, ${countryName(nearest.country)} (${km} km away); you would move`, 4, { posting: f.evidence.place, profile: c.home.name });
  } else add('place', 'default', 'the posting names no office your profile can be compared with', 6);

  // Pay: 5 at or above the floor (or unstated); the top of the band under the floor is a concern and not a match.
  const floor = profile.salaryFloor && floorFor(profile.salaryFloor, f.employment.terms, f.salary);
  const gapPay = floor && f.salary ? shortfall(f.salary, floor) : null;
  if (floor && f.salary && gapPay) {
    const converted = f.salary.currency === floor.currency && f.salary.period === floor.period ? '' : ` (about ${Math.round(gapPay.topInFloorCurrency).toLocaleString('en-US')} ${floor.currency} a ${floor.period})`;
    if (gapPay.under > 0) add('salary', 'concern', `at most ${f.salary.max.toLocaleString('en-US')} ${f.salary.currency} a ${f.salary.period}${converted}, under your floor of ${floor.amount.toLocaleString('en-US')} ${floor.currency}`, -10, { posting: f.salary.words, profile: `salaryFloor: ${floor.amount} ${floor.currency}/${floor.period}`, cap: NOT_A_MATCH });
    else add('salary', 'reason', `${f.salary.openTop ? 'from' : 'up to'} ${f.salary.max.toLocaleString('en-US')} ${f.salary.currency} a ${f.salary.period}${converted}, ${f.salary.openTop ? 'with no top stated' : 'at or above your floor'}`, 5, { posting: f.salary.words });
  } else add('salary', 'default', floor ? 'the posting states no pay' : 'your profile gives no salary floor', 5);

  if (f.employment.terms && c.accepts?.terms.has(f.employment.terms)) add('employment', 'reason', `${f.employment.terms}, a kind of work you take`, 0, { posting: f.employment.words, profile: `jobTypes: ${(profile.preferences.jobTypes ?? []).join(', ')}` });
  // The posting's own words, in the candidate's languages (the pre-gate already refused what they lack).
  const written = LANGUAGE_OF[f.language]!;
  if (f.language !== 'en' && languageAtLeast(c.languages.get(written.toLowerCase()), 'B2')) add('language', 'reason', `written in ${f.language}, which you speak`, 0);
  else if (f.waivedLanguages.includes(written)) add('language', 'reason', `written in ${f.language}, which it says is not needed`, 0);

  const score = Math.max(0, Math.min(cap, total));
  return {
    score, verdict: verdictFor(score),
    reasons: trace.filter((t) => t.effect === 'reason').map((t) => t.says),
    concerns: trace.filter((t) => t.effect === 'concern').map((t) => t.says),
    analyzer: 'offline', model: null, promptVersion: OFFLINE_VERSION, flagged: false, trace,
  };
}
