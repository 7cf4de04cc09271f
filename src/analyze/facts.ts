// What a posting says about place, level, languages and pay, read from its title, location, workplace
// field and description in English, German, Dutch, Spanish and French. Pure; both analyzers and the
// pre-gate judge the same facts, and the Gemini prompt carries them.

import type { LanguageLevel } from './profile.js';
import { citiesIn, CITIES, countriesIn, type Region } from './places.js';
import type { PostingForAnalysis } from './types.js';
import { oncePer } from '../core/memo.js';
import { forRules } from './bounded.js';

export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal'] as const;
export type Level = (typeof LEVELS)[number];
export type WorkplaceMode = 'remote' | 'hybrid' | 'onsite';
export type PostingLanguage = 'en' | 'de' | 'nl' | 'es' | 'fr';

export interface PostingFacts {
  mode: WorkplaceMode | null;
  /** Office cities (lower case, as in places.ts) the posting names in its location or description. */
  officeCities: string[];
  /** Countries and world regions a remote role is limited to; null when it names none (open to anywhere). */
  remoteRegion: { countries: string[]; regions: Region[] } | null;
  /** Countries where the posting demands the right to work (no sponsorship) or residence. */
  mustBeAuthorizedIn: string[];
  level: Level | null;
  managerTrack: boolean;
  years: { min: number; max: number | null } | null;
  salary: { min: number; max: number; currency: string; period: 'year' | 'month' | 'hour' } | null;
  language: PostingLanguage;
  requiredLanguages: { language: string; level: LanguageLevel }[];
}

const STOPWORDS: Record<PostingLanguage, string[]> = {
  en: ['the', 'and', 'you', 'our', 'with', 'for', 'will', 'to', 'of', 'is', 'are', 'we', 'your', 'in'],
  de: ['und', 'der', 'die', 'das', 'du', 'wir', 'mit', 'für', 'sind', 'ist', 'unser', 'unsere', 'deine', 'sie', 'ein', 'eine', 'als', 'bei'],
  nl: ['het', 'een', 'en', 'je', 'wij', 'we', 'met', 'voor', 'van', 'onze', 'zijn', 'bij', 'jij', 'ons', 'is'],
  es: ['el', 'la', 'los', 'las', 'y', 'con', 'para', 'en', 'un', 'una', 'del', 'buscamos', 'años', 'tu', 'nuestro', 'de'],
  fr: ['le', 'la', 'les', 'et', 'vous', 'des', 'pour', 'avec', 'notre', 'est', 'un', 'une', 'nous', 'de', 'du'],
};

/** The language a text is written in, by its most frequent function words (English on a tie). */
export function detectLanguage(text: string): PostingLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = Object.fromEntries(Object.keys(STOPWORDS).map((l) => [l, 0])) as Record<PostingLanguage, number>;
  for (const w of words) for (const [lang, list] of Object.entries(STOPWORDS)) if (list.includes(w)) counts[lang as PostingLanguage]++;
  return (Object.entries(counts) as [PostingLanguage, number][]).reduce((best, cur) => (cur[1] > best[1] ? cur : best), ['en', counts.en])[0];
}

/** Language names as postings write them, in each of the five languages, with the language they mean. */
const LANGUAGE_NAMES: [RegExp, string][] = [
  [/\b(english|englisch\w*|engels|ingl[eé]s|anglais)\b/iu, 'English'],
  [/\b(german|deutsch\w*|duits|alem[aá]n|allemand)\b/iu, 'German'],
  [/\b(dutch|nederlands|niederl[aä]ndisch\w*|neerland[eé]s|n[eé]erlandais)\b/iu, 'Dutch'],
  [/\b(spanish|espa[nñ]ol|castellano|spanisch\w*|spaans|espagnol)\b/iu, 'Spanish'],
  [/\b(french|fran[cç]ais|franz[oö]sisch\w*|frans|franc[eé]s)\b/iu, 'French'],
  [/\b(italian|italiano|italienisch\w*)\b/iu, 'Italian'], [/\b(portuguese|portugu[eê]s)\b/iu, 'Portuguese'],
  [/\b(polish|polski)\b/iu, 'Polish'], [/\b(swedish|svenska)\b/iu, 'Swedish'], [/\b(danish|dansk)\b/iu, 'Danish'],
];
const OPTIONAL = /(?<![\p{L}\p{N}])(a plus|nice to have|not required|preferred|bonus|advantage|von vorteil|wünschenswert|ein plus|pluspunt|is een plus|se valorar[aá]|valorable|un plus|apprécié|optional)(?![\p{L}\p{N}])/iu;
const REQUIRED = /(?<![\p{L}\p{N}])(required|mandatory|a must|must|essential|fluent|fluency|native|proficien\w*|business[- ]level|excellent|erforderlich|voraussetzung|zwingend|fließend\w*|fliessend|verhandlungssicher\w*|sehr gute?|vereist|vloeiend|goede beheersing|imprescindible|obligatori[oa]|requisito|nativo|fluido|avanzado|courant|exig[ée]e?|requis|indispensable)(?![\p{L}\p{N}])/iu;

function levelIn(sentence: string): LanguageLevel {
  const cefr = /\b([ABC][12])\b/.exec(sentence);
  if (cefr) return cefr[1] as LanguageLevel;
  if (/\b(native|muttersprach\w*|moedertaal|nativo|langue maternelle)\b/iu.test(sentence)) return 'C1';
  if (/\b(fluent|fluency|fließend\w*|fliessend\w*|verhandlungssicher\w*|sehr gute?|vloeiend|fluido|avanzado|courant|excellent|proficien\w*|business[- ]level)\b/iu.test(sentence)) return 'C1';
  return 'B2';
}

/** Languages the posting requires, with the level (CEFR stated, else C1 for "fluent" and its kin, else B2). */
export function requiredLanguagesOf(text: string): { language: string; level: LanguageLevel }[] {
  const found = new Map<string, LanguageLevel>();
  for (const sentence of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    const sentenceRequires = REQUIRED.test(sentence) && !OPTIONAL.test(sentence.split(/,/)[0]!);
    // "Spanish native level, English B2", "fluent in English and German", "English required, German a plus":
    // each language with the words around it up to the next comma or conjunction.
    for (const part of sentence.split(/,|\band\b|\by\b|\bund\b|\ben\b|\bet\b|\bor\b|\boder\b/iu)) {
      if (OPTIONAL.test(part)) continue;
      for (const [re, language] of LANGUAGE_NAMES) {
        if (!re.test(part) || found.has(language)) continue;
        const stated = /\b([ABC][12])\b/.test(part) || /\b(native|nativo)\b/iu.test(part);
        const bare = part.trim().split(/\s+/).length <= 4; // "German" in "fluent in English and German"
        if (stated || REQUIRED.test(part) || (sentenceRequires && (bare || /kenntnisse|level|nivel|niveau/iu.test(part)))) {
          found.set(language, levelIn(REQUIRED.test(part) || stated ? part : sentence));
        }
      }
    }
  }
  return [...found].map(([language, level]) => ({ language, level }));
}

const LEVEL_TITLE: [RegExp, Level][] = [
  [/\b(intern(ship)?|werkstudent\w*|praktikum|praktikant\w*|becari[oa]|becario\/a|pr[aá]cticas|stagiaire|stagiair|stage|trainee)\b/iu, 'intern'],
  [/\b(junior|jr\.?|graduate|entry[- ]level|einsteiger)\b/iu, 'junior'],
  [/\b(principal|distinguished)\b/iu, 'principal'],
  [/(?<!technical )\bstaff\b/iu, 'staff'],
  [/\b(senior|sr\.?|lead)\b/iu, 'senior'],
  // Words ending in an accented letter need letter lookarounds: \b only knows ASCII.
  [/(?<!\p{L})(medior|mid[- ]?level|intermediate|confirm[ée]e?|semi[- ]?senior)(?!\p{L})/iu, 'mid'],
  [/(?<!\p{L})(exp[ée]riment[ée]e?|erfahrene[rn]?)(?!\p{L})/iu, 'senior'],
  [/\b(III|IV)\b/u, 'senior'], [/\bII\b/u, 'mid'], [/\bI\b/u, 'junior'],
];
const LADDER: Record<string, Level> = { L3: 'junior', L4: 'mid', L5: 'senior', L6: 'staff', L7: 'principal' };

/** The level a title names (several languages; II/III and L3–L7 ladders), or null. */
export function levelOfTitle(title: string): Level | null {
  const ladder = /\b(L[3-7])\b/.exec(title);
  if (ladder) return LADDER[ladder[1]!]!;
  return LEVEL_TITLE.find(([re]) => re.test(title))?.[1] ?? null;
}

const MANAGER = /\b(manager|head of|director|vp|vice president|chief|cto|leiter\w*|jefe|responsable de|teamleider)\b/iu;
const MANAGES_PEOPLE = /\b(lead a team of|manage a team of|people management|line management|hiring, career|direct reports|lead the (engineering|data) organi[sz]ation)\b/iu;

/** Years of experience asked for: the first "6+ years", "2–4 years", "mindestens 5 Jahre", "entre 2 y 5 años"… */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, zehn: 10, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
  ocho: 8, diez: 10, twee: 2, drie: 3, vijf: 5, zes: 6, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10,
};

export function yearsAsked(raw: string): { min: number; max: number | null } | null {
  // "five years", "drei Jahre", "cinco años": number words read as digits first.
  const text = raw.replace(/\p{L}+/gu, (w) => (NUMBER_WORDS[w.toLowerCase()] !== undefined ? String(NUMBER_WORDS[w.toLowerCase()]) : w));
  const n = '(\\d{1,2})';
  const patterns: [RegExp, (m: RegExpExecArray) => { min: number; max: number | null }][] = [
    [new RegExp(`(?:entre|between)\\s+${n}\\s+(?:y|and)\\s+${n}\\s+(?:años|years|jahre|jaar|ans)`, 'iu'), (m) => ({ min: +m[1]!, max: +m[2]! })],
    [new RegExp(`${n}\\s*[–-]\\s*${n}\\s+(?:years|jahre|jaar|años|ans)`, 'iu'), (m) => ({ min: +m[1]!, max: +m[2]! })],
    [new RegExp(`(?:at least|minimum( of)?|mindestens|minimaal|m[ií]nimo( de)?|au moins)\\s+${n}\\s+(?:years|jahre|jaar|años|ans)`, 'iu'), (m) => ({ min: +m[m.length - 1]!, max: null })],
    [new RegExp(`${n}\\s*\\+\\s*(?:years|jahre|jaar|años|ans)`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
    [new RegExp(`${n}\\s+(?:or more\\s+)?(?:years|jahre|jaar|años|ans)(?:\\s+of)?\\s+(?:\\w+\\s+){0,3}(?:experience|erfahrung|ervaring|experiencia|d'exp)`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
  ];
  for (const [re, read] of patterns) {
    const m = re.exec(text);
    if (m) return read(m);
  }
  return null;
}

/** A salary range from "€80,000 – €95,000", "around €85,000", "$120k–$150k", "45.000 € brutos"; null when none. */
export function salaryOf(text: string): PostingFacts['salary'] {
  // An amount before its currency can start at any digit, so that branch must fail fast wherever it starts:
  // at most four thousands groups (up to 10^15) and a bare number only from the start of its digit run.
  // Unbounded, a 49,000-digit run cost seconds (each start re-read the run to its end).
  const money = /(?:([€$£]|\b(?:EUR|USD|GBP)\b)\s?(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?\s?[kK])|(\d{1,3}(?:[.,\s]\d{3}){1,4}|(?<!\d)\d+\s?[kK])\s?(€|EUR|USD|GBP))/g;
  const amounts: { value: number; currency: string }[] = [];
  for (const m of text.matchAll(money)) {
    const raw = (m[2] ?? m[3])!;
    const value = /k$/i.test(raw.trim()) ? parseFloat(raw) * 1000 : Number(raw.replace(/[.,\s]/g, ''));
    const symbol = m[1] ?? m[4]!;
    const currency = { '€': 'EUR', $: 'USD', '£': 'GBP' }[symbol] ?? symbol.toUpperCase();
    if (value >= 10) amounts.push({ value, currency });
    if (amounts.length === 2) break;
  }
  if (amounts.length === 0) return null;
  const period = /\b(per month|a month|monthly|\/month|al mes|mensual|pro monat|monatlich|per maand|par mois)\b/iu.test(text) ? 'month'
    : /\b(per hour|an hour|hourly|\/h(ou)?r|pro stunde|por hora)\b/iu.test(text) ? 'hour' : 'year';
  const [a, b] = amounts;
  const ranged = b && b.currency === a!.currency && b.value >= a!.value && b.value <= a!.value * 3;
  return { min: a!.value, max: ranged ? b.value : a!.value, currency: a!.currency, period };
}

const REMOTE_WORDS = /\b(remote|fully remote|work from anywhere|remoto|teletrabajo|remote-first|thuiswerken|t[ée]l[ée]travail|homeoffice|home office|mobiles arbeiten)\b/iu;
const HYBRID_WORDS = /\b(hybrid|h[ií]brido|hybride|\w+ days? (a|per) week (in|at) (the|our)|days? in (the|our) office|(one|two|three|four|\d) days? (a|per) week)\b/iu;
const ONSITE_WORDS = /\b(on[- ]?site|in[- ]office|in[- ]person|office[- ]based|office[- ]first|five days a week|5 days a week|presencial|vor ort|op kantoor|sur site|work from our .{2,30} office|based in our .{2,30} office|poste bas[ée])(?!\p{L})/iu;

/** Remote, hybrid or on-site, from the board's field, the location and the description (a stated hybrid wins over "remote"). */
export function workplaceModeOf(posting: PostingForAnalysis): WorkplaceMode | null {
  const field = (posting.workplaceType ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const text = `${posting.location ?? ''}\n${posting.descriptionText ?? ''}`;
  if (/fully office|five days a week|5 days a week|fully on-?site/iu.test(text)) return 'onsite';
  if (field === 'hybrid' || HYBRID_WORDS.test(text)) return 'hybrid';
  if (['remote', 'fullyremote', 'telecommute'].includes(field) || REMOTE_WORDS.test(posting.location ?? '')) return 'remote';
  if (['onsite', 'inoffice', 'office'].includes(field)) return 'onsite';
  if (REMOTE_WORDS.test(posting.descriptionText ?? '') && !/\bnot remote\b/i.test(posting.descriptionText ?? '')) return 'remote';
  if (ONSITE_WORDS.test(text)) return 'onsite';
  return null;
}

const REGION_WORDS: [RegExp, Region[]][] = [
  [/\b(europe|european|eu|cet|european time zones?|europa)\b/iu, ['Europe']],
  [/\bemea\b/iu, ['Europe', 'Middle East and Africa']],
  [/\b(americas|north america|south america|latam|latin america|us time zones?|north and south america)\b/iu, ['Americas']],
  [/\b(apac|asia[- ]pacific|asia)\b/iu, ['Asia-Pacific']],
];
const ONLY_IN = /\b(only|based|located|residing|must (be|live)|within|candidates in|wohnsitz in|resident)\b/iu;

/** Countries (or Europe) a remote role is open to, from "Remote - United States", "Remote (Germany)", "US-based candidates only"… */
export function remoteRegionOf(posting: PostingForAnalysis): PostingFacts['remoteRegion'] {
  const location = posting.location ?? '';
  const fromLocation = /remote|remoto/i.test(location) ? location.replace(/remote|remoto/gi, ' ') : '';
  const sentences = (posting.descriptionText ?? '').split(/(?<=[.!?])\s+/).filter((s) => ONLY_IN.test(s) && /remote|located|based|resid|wohnsitz|within/i.test(s));
  const text = [fromLocation, ...sentences].join('\n');
  const countries = countriesIn(text.replace(/\bUS-based\b/g, 'US based'));
  const regions = [...new Set(REGION_WORDS.filter(([re]) => re.test(text)).flatMap(([, r]) => r))];
  return countries.length || regions.length ? { countries, regions } : null;
}

const AUTHORIZATION = /\b(authori[sz]ed to work|right to work|work permit|unable to sponsor|cannot sponsor|can't sponsor|not (able to )?sponsor|no (visa )?sponsorship|sponsor visas|arbeitserlaubnis|wohnsitz in|must be located in|candidates must be located)\b/iu;

function authorizationCountries(text: string): string[] {
  return [...new Set(text.split(/(?<=[.!?])\s+/).filter((s) => AUTHORIZATION.test(s)).flatMap((s) => countriesIn(s)))];
}

// The pre-gate, the offline analyzer and the prompt all read one posting's facts: read them once, from
// the bounded text (the same object for the same posting, so the memo holds across them).
const factsOf = oncePer(readFacts);
export const postingFacts = (posting: PostingForAnalysis): PostingFacts => factsOf(forRules(posting));

function readFacts(posting: PostingForAnalysis): PostingFacts {
  const description = posting.descriptionText ?? '';
  const text = `${posting.title}\n${posting.location ?? ''}\n${description}`;
  const mode = workplaceModeOf(posting);
  const managerTrack = (MANAGER.test(posting.title) && !/\b(product|project|account|program)\s+manager\b/i.test(posting.title)) || MANAGES_PEOPLE.test(description);
  const descriptionLevel = /\bmid[- ]level\b/i.test(description) ? 'mid' : /\bsenior (individual contributor|engineer)\b/i.test(description) ? 'senior' : null;
  return {
    mode,
    // The location names the office; the description only when the location does not ("customers in London" is not an office).
    officeCities: mode === 'remote' ? [] : (citiesIn(posting.location ?? '').length ? citiesIn(posting.location ?? '') : citiesIn(description)).filter((c) => CITIES[c]),
    remoteRegion: mode === 'remote' ? remoteRegionOf(posting) : null,
    mustBeAuthorizedIn: authorizationCountries(description),
    level: levelOfTitle(posting.title) ?? descriptionLevel,
    managerTrack,
    years: yearsAsked(description),
    salary: salaryOf(description),
    language: detectLanguage(`${posting.title} ${description}`),
    requiredLanguages: requiredLanguagesOf(description),
  };
}
