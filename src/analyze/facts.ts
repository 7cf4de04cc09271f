// What a posting says about place, level, languages, pay, employment and management, read from its title,
// location, workplace field and description in English, Spanish, Portuguese, French, German and Dutch. Pure
// (the gazetteer is loaded first: places.ts); both analyzers and the pre-gate judge the same facts, and the
// Gemini prompt carries them. Each fact keeps the words it was read from, for `scoutly matches explain`.

import type { LanguageLevel } from './profile.js';
import { countryZone, readPlaces, type Place, type RegionId, type ZoneWindow } from './places.js';
import type { PostingForAnalysis } from './types.js';
import { oncePer } from '../core/memo.js';
import { forRules } from './bounded.js';
import { salaryOf, type Pay } from './pay.js';
import { employmentOf, type Employment } from './employment.js';

export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal'] as const;
export type Level = (typeof LEVELS)[number];
export type WorkplaceMode = 'remote' | 'hybrid' | 'onsite';
export type PostingLanguage = 'en' | 'de' | 'nl' | 'es' | 'pt' | 'fr';

/** Where a remote role may be done from; every list empty and `worldwide` false never happens (then it is null). */
export interface RemoteScope {
  countries: string[];
  regions: RegionId[];
  zones: ZoneWindow[];
  worldwide: boolean;
}

export interface PostingFacts {
  mode: WorkplaceMode | null;
  /** Office cities the posting names (its location first; the description's office phrases when the location names none). */
  offices: Place[];
  /** Countries the location names without a city ("Hybrid, Canada"). */
  officeCountries: string[];
  /** Where a remote role may be done from; null when it names nowhere (open to anywhere). */
  remote: RemoteScope | null;
  /** Countries where the posting demands the right to work without sponsorship, or residence. */
  mustBeAuthorizedIn: string[];
  /** Whether it offers visa sponsorship or relocation help ("we sponsor work visas", "relocation package"). */
  sponsorship: boolean;
  relocationHelp: boolean;
  level: Level | null;
  /** People management: "manage a team of", "direct reports", or a manager's title without an IC statement. */
  managerTrack: boolean;
  /** "No direct reports", "individual contributor", "IC track": overrides Lead, Staff, Principal, Head. */
  icTrack: boolean;
  years: { min: number; max: number | null } | null;
  salary: Pay | null;
  employment: Employment;
  language: PostingLanguage;
  requiredLanguages: { language: string; level: LanguageLevel }[];
  /** Languages the posting says are not needed ("Deutsch ist kein Muss", "español no imprescindible"). */
  waivedLanguages: string[];
  /** The words each fact was read from (for explanations). */
  evidence: Partial<Record<'mode' | 'place' | 'remote' | 'authorization' | 'level' | 'manager' | 'ic' | 'years', string>>;
}

/**
 * Function words of each language, shared ones included ("de" is Spanish, Portuguese, French and Dutch): a word
 * counts for every language that has it, so the words only one language has decide ("con", "você", "vous").
 * Short postings are mostly nouns ("Presencial en Getafe. SQL, Power BI, Excel avanzado. Indefinido."), so the
 * words of terms of employment only one language spells that way count too.
 */
const FUNCTION_WORDS: Record<PostingLanguage, string[]> = {
  en: ['the', 'and', 'you', 'our', 'with', 'for', 'will', 'to', 'of', 'is', 'are', 'we', 'your', 'in', 'a', 'an', 'on', 'at', 'this', 'that', 'as', 'or', 'be', 'have', 'from', 'by', 'who', 'years', 'experience'],
  de: ['und', 'der', 'die', 'das', 'du', 'wir', 'mit', 'für', 'sind', 'ist', 'unser', 'unsere', 'unserem', 'unseren', 'deine', 'dein', 'dich', 'dir', 'sie', 'ein', 'eine', 'einen', 'als', 'bei', 'zu', 'von', 'im', 'in', 'auf', 'auch', 'oder', 'den', 'dem', 'des', 'nicht', 'über', 'jahre', 'erfahrung'],
  nl: ['het', 'een', 'en', 'je', 'jij', 'wij', 'we', 'met', 'voor', 'van', 'onze', 'zijn', 'bij', 'ons', 'is', 'de', 'in', 'op', 'te', 'of', 'naar', 'ook', 'die', 'dat', 'jaar', 'ervaring'],
  es: ['avanzado', 'indefinido', 'conocimientos', 'ofrecemos', 'funciones', 'puesto', 'anuales', 'mensuales', 'teletrabajo', 'incorporación', 'sueldo', 'prácticas', 'datos', 'el', 'la', 'los', 'las', 'y', 'con', 'a', 'días', 'oficina', 'salario', 'contrato', 'término', 'modalidad', 'empresa', 'cargo', 'en', 'un', 'una', 'del', 'de', 'que', 'por', 'para', 'al', 'se', 'o', 'es', 'su', 'sus', 'tu', 'tus', 'más', 'como', 'desde', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'buscamos', 'años', 'trabajo', 'experiencia', 'equipo', 'también', 'sin'],
  pt: ['à', 'contrato', 'dados', 'temporário', 'vencimento', 'mensais', 'anuais', 'indeterminado', 'certo', 'oferecemos', 'funções', 'vagas', 'avançado', 'o', 'os', 'a', 'as', 'e', 'em', 'no', 'na', 'nos', 'nas', 'do', 'da', 'dos', 'das', 'de', 'que', 'por', 'para', 'ao', 'se', 'ou', 'com', 'um', 'uma', 'você', 'vaga', 'buscamos', 'nosso', 'nossa', 'é', 'não', 'anos', 'experiência', 'equipe', 'mais', 'como', 'seu', 'sua', 'pelo', 'pela', 'também', 'sem', 'trabalho', 'atividades', 'benefícios', 'contratação', 'salário', 'conhecimentos', 'desenvolvimento', 'teletrabalho'],
  fr: ['contrat', 'mois', 'selon', 'expérience', 'hybride', 'télétravail', 'salaire', 'rémunération', 'cdi', 'cdd', 'entreprise', 'à', 'le', 'la', 'les', 'et', 'vous', 'des', 'de', 'du', 'pour', 'avec', 'notre', 'nos', 'est', 'un', 'une', 'nous', 'que', 'par', 'sur', 'dans', 'au', 'aux', 'votre', 'vos', 'ou', 'en', 'ce', 'cette', 'ans', 'équipe', 'poste', 'être', 'l', 'd', 'qu'],
};
const LANGUAGES_OF_WORD = new Map<string, PostingLanguage[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [PostingLanguage, string[]][]) {
  for (const w of words) LANGUAGES_OF_WORD.set(w, [...(LANGUAGES_OF_WORD.get(w) ?? []), lang]);
}

/** Gender markers boards put after a title: German "(m/w/d)", French "(H/F)"; their letters are no words ("d" is French's). */
const GENDER_MARKERS: [RegExp, PostingLanguage][] = [
  [/\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|w\/m\/x|all genders)\)/giu, 'de'],
  [/\((?:h\/f|f\/h|h\/f\/x)\)/giu, 'fr'],
];

/**
 * The language a text is written in, by its function words and a board's gender marker. A tie is no answer: it
 * reads as English, which no rule holds against anyone ("de" alone once made a French posting Dutch).
 */
export function detectLanguage(raw: string): PostingLanguage {
  const counts = Object.fromEntries(Object.keys(FUNCTION_WORDS).map((l) => [l, 0])) as Record<PostingLanguage, number>;
  let text = raw;
  for (const [re, lang] of GENDER_MARKERS) {
    text = text.replace(re, () => {
      counts[lang] += 2;
      return ' ';
    });
  }
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) for (const lang of LANGUAGES_OF_WORD.get(w) ?? []) counts[lang]++;
  const most = Math.max(...Object.values(counts));
  const leaders = (Object.keys(counts) as PostingLanguage[]).filter((l) => counts[l] === most);
  return leaders.length === 1 ? leaders[0]! : 'en';
}

/** Language names as postings write them, in each of the five languages, with the language they mean. */
const LANGUAGE_NAMES: [RegExp, string][] = [
  [/(?<!\p{L})(english|englisch\w*|engels|ingl[eéê]s|anglais)(?!\p{L})/iu, 'English'],
  [/(?<!\p{L})(german|deutsch(?!land)\w*|duits|alem[aá]n|alem[ãa]o|allemand)(?!\p{L})/iu, 'German'],
  [/\b(dutch|nederlands|niederl[aä]ndisch\w*|neerland[eé]s|n[eé]erlandais)\b/iu, 'Dutch'],
  [/(?<!\p{L})(spanish|espa[nñ]ol|espanhol|castellano|spanisch\w*|spaans|espagnol)(?!\p{L})/iu, 'Spanish'],
  [/(?<!\p{L})(french|fran[cç]ais|franz[oö]sisch\w*|frans|franc[eéê]s)(?!\p{L})/iu, 'French'],
  [/\b(italian|italiano|italienisch\w*)\b/iu, 'Italian'], [/(?<!\p{L})(portuguese|portugu[eêé]s|portugais|portugiesisch\w*)(?!\p{L})/iu, 'Portuguese'],
  [/\b(polish|polski)\b/iu, 'Polish'], [/\b(swedish|svenska)\b/iu, 'Swedish'], [/\b(danish|dansk)\b/iu, 'Danish'],
];
const OPTIONAL = /(?<![\p{L}\p{N}])(a plus|nice[- ]to[- ]have|not required|preferred|bonus|advantage|an asset|von vorteil|wünschenswert|ein plus|gern gesehen|idealerweise|pluspunt|is een plus|se valorar[aá]|valorable|deseable|un plus|un atout|atout|apprécié|souhaitable|un avantage|optional|diferencial|desej[aá]vel|valorizad[oa]|valorizamos|valoriza-se|mais[- ]valia)(?![\p{L}\p{N}])/iu;
const REQUIRED = /(?<![\p{L}\p{N}])(required|mandatory|a must|must|essential|fluent|fluency|native|proficien\w*|business[- ]level|excellent|erforderlich|voraussetzung|zwingend|fließend\w*|fliessend|verhandlungssicher\w*|sehr gute?|vereist|vloeiend|goede beheersing|imprescindible|obligatori[oa]|excluyente|requisito|nativo|fluido|avanzado|courant|exig[ée]e?|requis|indispensable|fluente|obrigat[oó]ri[oa]|exigid[oa]|avan[çc]ado|pflicht|unabdingbar|unerl[äa]sslich|essencial|necess[áa]ri[oa]|verhandlungs\p{L}*|exzellent\p{L}*|hervorragend\p{L}*|ausgezeichnet\p{L}*|sicher(?:e[nrs]?)?|in wort und schrift)(?![\p{L}\p{N}])/iu;
/** A language the employer teaches ("Deutsch lernst du bei uns", "we'll help you learn German", "kostenlose Deutschkurse"): not needed to start, like a plus. */
const TAUGHT = /(?<!\p{L})(lernst du bei uns|kannst du bei uns lernen|bei uns lernen|\p{L}*kurse? (?:bezahlen|zahlen|finanzieren) wir|wir (?:bezahlen|zahlen|finanzieren|bieten) (?:dir )?(?:einen |den |kostenlose )?(?:\p{L}+)?kurs\p{L}*|deutschkurs\p{L}*|we(?:'ll| will) (?:help you )?(?:learn|teach)|(?:help|support) (?:you )?(?:to )?learn|(?:free|paid) (?:\p{L}+ )?(?:lessons|classes|courses)|aulas de \p{L}+ (?:pagas|gratuitas)|clases de \p{L}+ (?:pagadas|gratuitas)|cours de \p{L}+ (?:pris en charge|offerts))(?!\p{L})/iu;
/**
 * A language stated as not needed: "español no imprescindible", "Deutsch ist kein Muss", "le français n'est pas
 * obligatoire", "pas besoin de parler français", "português não é necessário", "inglés no excluyente". Read
 * before REQUIRED, whose words ("imprescindible", "erforderlich", "obligatoire") these phrases contain.
 */
const NOT_NEEDED = /(?<![\p{L}\p{N}])(not required|not needed|not necessary|not essential|not a must|no (?:es )?(?:imprescindible|necesari[oa]|obligatori[oa]|excluyente|requerid[oa])|kein muss|keine voraussetzung|nicht (?:zwingend )?(?:erforderlich|notwendig|n[öo]tig|vorausgesetzt)|nicht zwingend|n'est pas (?:obligatoire|requis|n[ée]cessaire|indispensable|exig[ée])|pas (?:obligatoire|requis|n[ée]cessaire|indispensable|exig[ée])|pas besoin|non requis|facultati(?:f|ve)|n[ãa]o (?:é )?(?:obrigat[óo]ri[oa]|necess[áa]ri[oa]|exigid[oa]|requerid[oa]|imprescind[íi]vel)|dispens[áa]vel)(?![\p{L}\p{N}])/iu;
/**
 * The language the team works in, whatever the posting is written in: "Unsere Arbeitssprache ist Englisch",
 * "l'anglais est notre langue de travail", "idioma de trabajo: inglés", "a língua de trabalho é o inglês",
 * "we work in English", "comunicación diaria en inglés", "Kommunikation auf Englisch". A language it names is required (at B2 unless a level is stated).
 */
const WORKING_LANGUAGE = /(?<!\p{L})(working language|company language|team language|project language|projektsprache|language of work|corporate language|arbeitssprache|unternehmenssprache|firmensprache|teamsprache|konzernsprache|langue de travail|langue de l'entreprise|langue officielle de l'entreprise|idioma de trabajo|lengua de trabajo|idioma corporativo|idioma oficial de la empresa|l[íi]ngua de trabalho|idioma de trabalho|idioma oficial da empresa|we work in|nous travaillons en|on travaille en|trabajamos en|trabalhamos em|wir arbeiten auf|wird \p{L}+ gesprochen|sprechen wir|wir sprechen|we speak|hablamos|falamos|nous parlons|(?:comunicaci[oó]n|comunica[çc][ãa]o|communication|kommunikation)(?: \p{L}+){0,3} (?:en|em|in|auf))(?!\p{L})/iu;
/** A team that works in English, named without the language's name: "équipe anglophone", "englischsprachiges Team". */
const ENGLISH_SPEAKING_TEAM = /(?<!\p{L})(english[- ]speaking|anglophone|englischsprachig\p{L}*|angloparlante|anglófon[oa])(?!\p{L})/iu;
/** A level named in words next to a language ("gute Englischkenntnisse", "bonne maîtrise de l'anglais", "inglés intermedio"). */
const LEVEL_IN_WORDS: [RegExp, LanguageLevel][] = [
  [/(?<!\p{L})(bilingu\p{L}*|bilíngue|zweisprachig)(?!\p{L})/iu, 'C1'],
  // Latin American and Brazilian boards' ladder runs básico, intermedio, avanzado, fluido/nativo: "inglés avanzado",
  // "inglês avançado" asks for working English, one step under fluent.
  [/(?<!\p{L})(avanzado|avan[çc]ado|gut|gute[nrs]?|good|bon(?:ne)? (?:ma[iî]trise|niveau|connaissance)|ma[iî]trise|dom[íi]nio|boa|buen(?:a|o)? (?:nivel|dominio)|nivel alto|alto nivel|upper[- ]intermediate|professional)(?!\p{L})/iu, 'B2'],
  [/(?<!\p{L})(intermediate|intermedi[oa]|intermedi[aá]ri[oa]|interm[ée]diaire|conversational|conversacional|conversationnel)(?!\p{L})/iu, 'B1'],
  [/(?<!\p{L})(basic|b[aá]sic[oa]|notions?|grundkenntnisse|grundlegende)(?!\p{L})/iu, 'A2'],
];
const levelInWords = (text: string): LanguageLevel | null => LEVEL_IN_WORDS.find(([re]) => re.test(text))?.[1] ?? null;

function levelIn(sentence: string): LanguageLevel {
  const cefr = /\b([ABC][12])\b/.exec(sentence);
  if (cefr) return cefr[1] as LanguageLevel;
  if (/\b(native|muttersprach\w*|moedertaal|nativo|langue maternelle)\b/iu.test(sentence)) return 'C1';
  if (/(?<!\p{L})(fluent|fluency|fließend\w*|fliessend\w*|verhandlungs\p{L}*|sehr gute?|exzellent\p{L}*|hervorragend\p{L}*|ausgezeichnet\p{L}*|vloeiend|fluido|fluente|courant|excellent|proficien\w*|business[- ]level)(?!\p{L})/iu.test(sentence)) return 'C1';
  return levelInWords(sentence) ?? 'B2';
}

/**
 * The posting's sentences as language statements read them: a label that ends in a colon is read with what
 * follows it ("Idioma de trabajo: inglés"), and an abbreviation's full stop ends no sentence ("Englisch (mind. B2)").
 */
function statementsOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?;:])(?<!(?<!\p{L})(?:mind|min|ca|bzw|inkl|evtl|ggf|z\.b|e\.g|i\.e|p\.ex|ex|etc|approx|aprox|env)\.)\s+|\n+/iu)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.endsWith(':') && prev.split(/\s+/).length <= 5) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

export interface LanguageDemands {
  /** Languages the posting requires, with the level. */
  required: { language: string; level: LanguageLevel }[];
  /** Languages it says are not needed ("Deutsch ist kein Muss"): not assumed from the language it is written in. */
  waived: string[];
}

/** Any language LANGUAGE_NAMES names, in any of its spellings. */
const ANY_LANGUAGE = new RegExp(LANGUAGE_NAMES.map(([re]) => re.source).join('|'), 'giu');
/** A statement that names languages and nothing else: "Englisch.", "English and German." (a short one: read whole); not a choice ("espanhol ou português"). */
const onlyLanguages = (sentence: string) =>
  sentence.length <= 60 && sentence.search(ANY_LANGUAGE) >= 0 && !/\p{L}/u.test(sentence.replace(ANY_LANGUAGE, ' ').replace(/(?<!\p{L})(?:and|und|e|y|et)(?!\p{L})/giu, ' '));

/** A field of languages, as boards lay one out: "Sprache: Englisch", "Languages: English", "Idioma: inglés", "Langues : anglais". */
const LANGUAGES_FIELD = /^[\s*•-]*(?:languages?|sprachen?|sprachkenntnisse|idiomas?|l[íi]nguas?|langues?)\s*:/iu;

/**
 * Languages the posting requires (CEFR stated, else C1 for "fluent" and its kin, else a level in words, else
 * B2), the working language it names, and the ones it says are not needed.
 */
export function languageDemandsOf(text: string): LanguageDemands {
  const found = new Map<string, LanguageLevel>();
  const waived = new Set<string>();
  const optional = new Set<string>();
  for (const sentence of statementsOf(text)) {
    // A posting's languages field ("Sprache: Englisch", "Idiomas: inglês e espanhol"), or a statement of nothing but
    // languages ("Englisch.", "English and German."), names what the work is done in.
    const working = WORKING_LANGUAGE.test(sentence) || LANGUAGES_FIELD.test(sentence) || onlyLanguages(sentence);
    // "Bilingue français et anglais": both languages, fluently.
    const bilingual = LEVEL_IN_WORDS[0]![0].test(sentence);
    const sentenceRequires = (REQUIRED.test(sentence) || working || bilingual) && !OPTIONAL.test(sentence.split(/,/)[0]!);
    // "Spanish native level, English B2", "fluent in English and German", "English required, German a plus":
    // each language with the words around it up to the next comma or conjunction.
    for (const part of sentence.split(/,|\band\b|\by\b|\bund\b|\ben\b|\bet\b|\bor\b|\boder\b|\be\b|\bou\b/iu)) {
      for (const [re, language] of LANGUAGE_NAMES) {
        if (!re.test(part)) continue;
        if (NOT_NEEDED.test(part) || (NOT_NEEDED.test(sentence) && !REQUIRED.test(part.replace(NOT_NEEDED, '')) && !working)) {
          waived.add(language);
          continue;
        }
        // "Le français est un atout", "Deutschkenntnisse von Vorteil": a language that is a plus is not one the work needs.
        if (OPTIONAL.test(part) || TAUGHT.test(part)) {
          optional.add(language);
          continue;
        }
        if (found.has(language)) continue;
        const stated = /\b([ABC][12])\b/.test(part) || /\b(native|nativo)\b/iu.test(part) || levelInWords(part) !== null;
        const bare = part.trim().split(/\s+/).length <= 4; // "German" in "fluent in English and German"
        if (stated || REQUIRED.test(part) || working || (sentenceRequires && (bare || /kenntnisse|level|nivel|niveau/iu.test(part)))) {
          found.set(language, levelIn(REQUIRED.test(part) || stated ? part : sentence));
        }
      }
    }
  }
  if (!found.has('English') && ENGLISH_SPEAKING_TEAM.test(text)) found.set('English', 'B2');
  // Said not to be needed, or only a plus where no other sentence requires it ("English B2 required. C1 is a plus" keeps it).
  for (const language of optional) if (!found.has(language)) waived.add(language);
  return { required: [...found].filter(([language]) => !waived.has(language)).map(([language, level]) => ({ language, level })), waived: [...waived] };
}

/** Languages the posting requires, with the level (see languageDemandsOf). */
export const requiredLanguagesOf = (text: string) => languageDemandsOf(text).required;

const LEVEL_TITLE: [RegExp, Level][] = [
  [/(?<!\p{L})(intern(ship)?|werkstudent\w*|praktikum|praktikant\w*|becari[oa]|becario\/a|pr[aá]cticas|pasant[ií]a|est[aá]gio|estagi[aá]ri[oa]|stagiaire|stagiair|stage|alternan(ce|t)|trainee)(?!\p{L})/iu, 'intern'],
  [/(?<!\p{L})(j[úu]nior|jr\.?|graduate|entry[- ]level|einsteiger|berufseinsteiger\w*|trainee|d[ée]butant\p{L}*|jeune dipl[ôo]m[ée]\p{L}*|rec[ée]m[- ]formad[oa])(?!\p{L})/iu, 'junior'],
  [/\b(principal|distinguished)\b/iu, 'principal'],
  [/(?<!technical )\bstaff\b/iu, 'staff'],
  // Words ending in an accented letter need letter lookarounds: \b only knows ASCII.
  // Not "confirmé": French boards' ladder runs junior, confirmé, senior, expert, and "confirmé" spans mid and
  // senior work (3 to 7+ years); the years the posting asks decide.
  [/(?<!\p{L})(medior|mid[- ]?level|intermediate|semi[- ]?senior|ssr|pleno|plena)(?!\p{L})/iu, 'mid'],
  // "Sénior" as Portugal writes it; "Especialista", the step after Sênior on Brazilian boards' ladder, is read as senior work.
  [/(?<!\p{L})(s[êée]nior|sr\.?|lead|especialista)(?!\p{L})/iu, 'senior'],
  [/(?<!\p{L})(exp[ée]riment[ée]e?|erfahrene[rn]?)(?!\p{L})/iu, 'senior'],
  [/\b(III|IV)\b/u, 'senior'], [/\bII\b/u, 'mid'], [/\bI\b/u, 'junior'],
];
const LADDER: Record<string, Level> = { L3: 'junior', L4: 'mid', L5: 'senior', L6: 'staff', L7: 'principal' };

const TITLE_LEVELS: Level[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal'];
/** Two levels offered in one title: "Pleno/Sênior", "Mid or Senior", "Ssr / Sr". */
const EITHER_LEVEL = /\/|(?<!\p{L})(?:or|ou|oder)(?!\p{L})/iu; // not "o": Portuguese's article too

/** The level a title names (several languages; II/III and L3–L7 ladders), the higher of two it offers, or null. */
export function levelOfTitle(title: string): Level | null {
  const ladder = /\b(L[3-7])\b/.exec(title);
  if (ladder) return LADDER[ladder[1]!]!;
  const named = LEVEL_TITLE.filter(([re]) => re.test(title)).map(([, level]) => level);
  if (named.length > 1 && EITHER_LEVEL.test(title)) return named.reduce((a, b) => (TITLE_LEVELS.indexOf(b) > TITLE_LEVELS.indexOf(a) ? b : a));
  return named[0] ?? null;
}

/**
 * A description written for beginners, whatever the title says ("Softwareentwickler (m/w/d)" with "erste
 * Berufserfahrung oder Absolvent:in"): the phrases that address them, not a mention of juniors a senior mentors.
 */
const BEGINNER = /(?<!\p{L})(erste berufserfahrung|berufseinsteiger\p{L}*|absolvent\p{L}*|new grads?|recent graduates?|entry[- ]level (?:role|position|job)|rec[ée]m[- ]formad\p{L}*|reci[ée]n egresad\p{L}*|sin experiencia previa|sem experi[êe]ncia pr[ée]via|jeunes? dipl[ôo]m[ée]\p{L}*)(?!\p{L})/iu;

/** A board's level field: "Nível: Sênior", "Seniority level: Mid-Senior", "Nivel: Semi Senior", "Karrierestufe: Junior". */
const LEVEL_FIELD = /(?<!\p{L})(?:n[íi]vel(?: de experi[êe]ncia)?|senioridade|seniority(?: level)?|experience level|career level|karrierestufe|erfahrungslevel|niveau d'exp[ée]rience)\s{0,3}:[ \t]{0,3}([^\n]{1,40})/iu;
function levelField(description: string): Level | null {
  const field = LEVEL_FIELD.exec(description);
  return field ? levelOfTitle(field[1]!) : null;
}

/** A manager's title: not a product, project, account or program manager's, which are not people management. */
const MANAGER_TITLE = /(?<!\p{L})(manager|head of|directora?|vp|vice president|chief|cto|leiter\w*|jefe|jefa|responsable de|teamleider|gerente|coordenador\w*|coordinador\w*|chef d'[ée]quipe|team ?lead(?:er)?)(?!\p{L})/iu;
const NOT_PEOPLE_MANAGER = /\b(product|project|account|program|programme|marketing|community|success|partner)\s+manager\b/iu;
/** People management, in five languages (the verbs as postings conjugate them: "liderarás un equipo", "vous managez une équipe"). */
const MANAGES_PEOPLE = /(?<!\p{L})(lead a team of|manage a team|managing a team|manage (?:and grow )?(?:an? )?(?:engineering |data |ml )?team|lead and grow|hire and grow|hiring and growing|grow the team|people management|line management|direct reports|one-on-ones?|1:1s?|performance reviews|manag(?:e|ing) \d{1,2} (?:engineers|developers|people)|gest[ãa]o de (?:\d{1,2} )?(?:pessoas|desenvolvedor\p{L}*|engenheir\p{L}*)|gesti[oó]n de (?:\d{1,2} )?(?:desarrollador\p{L}*|ingenier\p{L}*)|f[üu]hrung von \d{1,2} (?:mitarbeit\p{L}*|entwickl\p{L}*|engineers)|career growth of|gestionar un equipo|gestionando personas|gesti[oó]n de personas|personas a cargo|evaluaciones de desempe[nñ]o|lider\p{L}* (?:un|una|el|a|o|um|uma) (?:equipo|equipe|time)|liderados|avalia[çc][õo]es de desempenho|g[ée]r\p{L}* une [ée]quipe|manag\p{L}* une [ée]quipe|encadr\p{L}* une [ée]quipe|encadrement|dirig\p{L}* une [ée]quipe|management d'[ée]quipe|entretiens annuels|personalverantwortung|(?<!fachliche )f[üu]hrungsverantwortung|f[üu]hrung eines teams|disziplinarische f[üu]hrung|teamleitung|mitarbeitergespr[äa]che|(?:f[üu]hr|leit)(?:st|en|t) (?:ein|das|unser|dein|ihr)(?:e[nm]?)? (?:\p{L}+[ -])?team|disziplinarisch\p{L}*)(?!\p{L})/giu;
/** An individual contributor's role whatever the title says. */
const INDIVIDUAL_CONTRIBUTOR = /(?<!\p{L})(\(ic\)|people management (?:sits|stays|lies|rests) with|no direct reports|without direct reports|no people management|not a (?:people )?management role|individual contributor|ic track|ic role|ic position|ic level|hands-on ic|staff-level ic|sin personas a cargo|sin personal a cargo|sin gesti[oó]n de personas|contribuidor individual|colaborador individual|sem gest[ãa]o de pessoas|sem liderados|contributeur individuel|sans encadrement|sans management|ohne personalverantwortung|keine personalverantwortung)(?!\p{L})/iu;
/** A negation that turns the management words after it into an IC statement: "Não há gestão de pessoas", "no people to manage". */
const NEGATES_MANAGEMENT = /(?<!\p{L})(no|not|without|never|sin|sem|n[ãa]o|nem|sans|pas de|aucune?|ohne|kein\w*|nicht)(?!\p{L})[^.;:\n]{0,20}$/iu;

/** Whether the role manages people: management words count unless negated or the posting states an IC role; an IC statement overrides the title. */
export function managementOf(title: string, description: string): { manager: boolean; ic: boolean; words: string | null } {
  let ic = INDIVIDUAL_CONTRIBUTOR.exec(`${title}\n${description}`)?.[0] ?? null;
  // "no direct reports" holds "direct reports": the IC phrases are read out before looking for management.
  const rest = ic ? description.replace(new RegExp(INDIVIDUAL_CONTRIBUTOR.source, 'giu'), ' ') : description;
  for (const m of rest.matchAll(MANAGES_PEOPLE)) {
    const before = rest.slice(Math.max(0, m.index - 30), m.index);
    if (!NEGATES_MANAGEMENT.test(before)) return { manager: true, ic: false, words: m[0] };
    ic ??= `${before.slice(before.search(NEGATES_MANAGEMENT))}${m[0]}`.trim();
  }
  const titled = MANAGER_TITLE.exec(title);
  if (titled && !NOT_PEOPLE_MANAGER.test(title) && !ic) return { manager: true, ic: false, words: titled[0] };
  return { manager: false, ic: ic !== null, words: ic };
}

/** Years of experience asked for: the first "6+ years", "2–4 years", "mindestens 5 Jahre", "entre 2 y 5 años"… */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, zehn: 10, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
  dois: 2, duas: 2, três: 3, quatro: 4, oito: 8, dez: 10,
  ocho: 8, diez: 10, twee: 2, drie: 3, vijf: 5, zes: 6, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10,
};

export function yearsAsked(raw: string): { min: number; max: number | null } | null {
  // "five years", "drei Jahre", "cinco años": number words read as digits first.
  const text = raw.replace(/\p{L}+/gu, (w) => (NUMBER_WORDS[w.toLowerCase()] !== undefined ? String(NUMBER_WORDS[w.toLowerCase()]) : w));
  const n = '(\\d{1,2})';
  const unit = '(?:years|yrs|jahren|jahre|jaar|años|anos|ans)';
  const patterns: [RegExp, (m: RegExpExecArray) => { min: number; max: number | null }][] = [
    [new RegExp(`(?:entre|between|zwischen)\\s+${n}\\s+(?:y|and|e|et|und)\\s+${n}\\s+${unit}`, 'iu'), (m) => ({ min: +m[1]!, max: +m[2]! })],
    [new RegExp(`(?:de\\s+)?${n}\\s*(?:[–-]|to|a|à)\\s*${n}\\s+${unit}`, 'iu'), (m) => ({ min: +m[1]!, max: +m[2]! })],
    [new RegExp(`(?:up to|hasta|at[ée]|jusqu'à|bis zu)\\s+${n}\\s+${unit}`, 'iu'), (m) => ({ min: 0, max: +m[1]! })],
    [new RegExp(`(?:at least|minimum( of)?|mindestens|(?<!\\p{L})ab|minimaal|m[ií]nim[oa]( de)?|au moins|pelo menos|al menos|por lo menos)\\s+${n}\\s+${unit}`, 'iu'), (m) => ({ min: +m[m.length - 1]!, max: null })],
    [new RegExp(`${n}\\s+${unit}\\s+(?:minimum|m[ií]nimo|mindestens|au minimum)`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
    [new RegExp(`${n}\\s*\\+\\s*${unit}`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
    [new RegExp(`${n}\\s+${unit}\\s+(?:d'exp[ée]rience\\s+)?ou plus`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
    [new RegExp(`${n}\\s+(?:or more\\s+)?${unit}(?:\\s+of)?\\s+(?:\\w+\\s+){0,3}(?:experience|erfahrung|ervaring|experiencia|experiência|d'exp)`, 'iu'), (m) => ({ min: +m[1]!, max: null })],
  ];
  for (const [re, read] of patterns) {
    const m = re.exec(text);
    if (m) return read(m);
  }
  return null;
}

export { salaryOf } from './pay.js';

const REMOTE_WORDS = /(?<!\p{L})(remote|fully remote|work from anywhere|remoto|remota|100% remot[oa]|teletrabajo|teletrabalho|remote-first|thuiswerken|t[ée]l[ée]travail|homeoffice|home office|mobiles arbeiten|ortsunabh[äa]ngig\p{L}*)(?!\p{L})/iu;
const HYBRID_WORDS = /(?<!\p{L})(hybrid|h[ií]brid[oa]|hybride|hybrides|days? in (the|our) office|(one|two|three|four|\d) days? (a|per) week|d[ií]as? (a|por) la semana|dias? (?:por|na) semana|\d ?x (?:por|na) semana|vezes (?:por|na) semana|jours? par semaine|jours? de t[ée]l[ée]travail|t[ée]l[ée]travail partiel|teletrabalho parcial|teletrabajo parcial|tag(?:en?)? (?:pro|die|je|in der) woche)(?!\p{L})/iu;
const ONSITE_WORDS = /(?<!\p{L})(on[- ]?site|in[- ]office|in[- ]person|office[- ]based|office[- ]first|five days a week|5 days a week|presencial|presencialmente|vor ort|op kantoor|sur site|en pr[ée]sentiel|work from our .{2,30} office|based in our .{2,30} office|poste bas[ée]|de lunes a viernes)(?!\p{L})/iu;

/** Remote and hybrid offered as a choice, either way round: "remote or hybrid", "híbrido ou remoto", "remoto o híbrido", "hybrid oder remote". */
const REMOTE_OR_HYBRID = /(?<!\p{L})(?:(?:fully |100 ?% )?(?:remote|remot[oa])(?: \([^()\n]{1,30}\))? (?:or|ou|o|oder) (?:\p{L}+ )?(?:hybrid|h[ií]brid[oa]|hybride)|(?:hybrid|h[ií]brid[oa]|hybride)(?: \([^()\n]{1,30}\))? (?:or|ou|o|oder) (?:\p{L}+ )?(?:remote|remot[oa])|(?:remote|remoto|hybrid|h[ií]brido)\/(?:hybrid|h[ií]brido|remote|remoto))(?!\p{L})/iu;

/**
 * An office or remote from a named place, as an alternative: "Standort: Berlin oder remote aus Deutschland, Österreich
 * oder der Schweiz", "São Paulo ou remoto no Brasil", "Toronto or remote within Canada". Remote is on offer; the
 * place it names after it is its scope (without one, "Berlin or remote" or "… or remote in exceptional cases" says too
 * little to be read as remote).
 */
const OFFICE_OR_REMOTE = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}{1,30}|vor Ort|on-?site|presencial) (?:or|oder|ou|o) (?:fully |100 ?% )?(?:[Rr]emote|[Rr]emot[oa]|[Tt]eletrabajo)(?: \(\p{Lu}| (?:aus|from|in|within|innerhalb|em|en|desde|no|na|dentro|anywhere in) (?:the |der |dem |den |la |el |los |o |a |do |da |de )?\p{Lu})/u;

/** Home office as German boards offer it alongside the office: "Homeoffice möglich", "flexibles Homeoffice", "Möglichkeit zum Homeoffice". */
const SOME_HOME_OFFICE = /(?<!\p{L})(home[- ]?office[- ]m[öo]glich\p{L}*|m[öo]glichkeit (?:zum|f[üu]r|auf) home[- ]?office|flexibles home[- ]?office|teilweise(?:s)? home[- ]?office|anteilig\p{L}* home[- ]?office|home[- ]?office[- ]regelung\p{L}*|home[- ]?office[- ]anteil\p{L}*)(?!\p{L})/iu;
const ALL_HOME_OFFICE = /(?<!\p{L})(?:100 ?%|voll(?:st[äa]ndig)?e?s?|komplett\p{L}*|ausschlie[ßs]lich|full) ?(?:remote|home[- ]?office)(?!\p{L})|(?<!\p{L})(?:remote[- ]first|fully remote|von [üu]berall)(?!\p{L})/iu;

/** Remote, hybrid or on-site, from the board's field, the location and the description (a stated hybrid wins over "remote"). */
export function workplaceModeOf(posting: PostingForAnalysis): WorkplaceMode | null {
  const field = (posting.workplaceType ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const text = `${posting.location ?? ''}\n${posting.descriptionText ?? ''}`;
  if (/fully office|five days a week|5 days a week|fully on-?site|cinco d[ií]as|de lunes a viernes|(?:5|cinq) jours (?:par|sur) (?:semaine|5)|5 dias (?:por|na) semana|(?:5|f[üu]nf) tage (?:die|pro) woche/iu.test(text)) return 'onsite';
  // "Remoto (Brasil) ou híbrido em Florianópolis, você escolhe": remote is on offer, whatever else is.
  const choice = REMOTE_OR_HYBRID.exec(text);
  if (choice && !REFUSES.test(text.slice(Math.max(0, choice.index - 12), choice.index))) return 'remote';
  if (OFFICE_OR_REMOTE.test(text)) return 'remote';
  if (field === 'hybrid' || HYBRID_WORDS.test(text)) return 'hybrid';
  // "Homeoffice möglich", "flexibles Homeoffice": some days at home, not a remote role, unless all of it is ("100 % Homeoffice").
  if (SOME_HOME_OFFICE.test(text) && !ALL_HOME_OFFICE.test(text) && !['remote', 'fullyremote', 'telecommute'].includes(field)) return 'hybrid';
  if (['remote', 'fullyremote', 'telecommute'].includes(field) || REMOTE_WORDS.test(posting.location ?? '')) return 'remote';
  if (['onsite', 'inoffice', 'office'].includes(field)) return 'onsite';
  if (REMOTE_WORDS.test(posting.descriptionText ?? '') && !/\bnot remote\b/i.test(posting.descriptionText ?? '')) return 'remote';
  if (ONSITE_WORDS.test(text)) return 'onsite';
  return null;
}

const SENTENCES = /(?<=[.!?])\s+|\n+/;
/**
 * A sentence that limits where a remote role may be done from; "para todo o Brasil", "de qualquer lugar do Brasil",
 * "desde cualquier parte de Colombia", "ouvert à toute la France" and "von überall in Deutschland" limit it too.
 */
const LIMITS_WHERE = /(?<!\p{L})(only|based|located|residing|residents?|reside|live in|must (?:be|live)|within|candidates (?:in|from|anywhere)|open to|between|overlap|anywhere in|hire (?:in|across|from)|hiring (?:in|across|from)|(?:in|from) the following (?:countries|locations)|across|from anywhere|time ?zones?|wohnsitz|wohnhaft|innerhalb|residentes?|residir|únicamente|solamente|solo para|desde|somente|apenas|exclusivamente|a partir d[eo]|uniquement|depuis|r[ée]sidant|bas[ée]e? (?:au|en|à)|todo o|toda a|todo el|toda la|qualquer (?:lugar|parte|pa[íi]s)|cualquier (?:lugar|parte|pa[íi]s)|any country|n'importe quel pays|toute la|tout le|partout|ouverte? (?:à|aux)|abiert[oa] a|abert[oa] (?:a|para)|[üu]berall|aus|zwischen|arbeitszeit\p{L}*|entre|fuso|hor[áa]rios?|fuseaux? horaires?|mora(?:r|m)? (?:em|no|na)|vivant (?:en|au|aux)|habit(?:ant|er) (?:en|au|aux)|r[ée]sider (?:en|au|aux)|que vivan? en|radicad[oa]s? en|ubicad[oa]s? en|localizad[oa]s? (?:em|no|na)|basad[oa]s? en|situ[ée]e?s? (?:en|au|aux)|ans[äa]ssig|lebst|leben in|europaweit|eu-weit|weltweit|bundesweit|(?:auf|in) der ganzen welt)(?!\p{L})/iu;
const REMOTE_SENTENCE = /remot|anywhere|candidat|cualquier (?:lugar|parte)|qualquer (?:lugar|parte)|partout|[üu]berall|n'importe o[uù]|monde entier|weltweit|europaweit|eu-weit|lebst|wohnst|teletrabajo|teletrabalho|t[ée]l[ée]travail|distribu|time ?zone|UTC|GMT|hire|hiring|contrat|residen|wohn|innerhalb/iu;

/** Remote followed by where, as boards write it in a description: "Remote – Portugal or Poland", "Remote in Europa", "Remoto em Portugal". */
const REMOTE_NAMES_PLACE = /(?<!\p{L})(?:remote|remot[oa]|remotely)(?:\s?[–—:(]|\s-\s|\s(?:in|em|en|no|na|aus|dans|within|innerhalb)\s)/iu;

/** Where a remote role may be done from: its location ("Remote - Americas", "Remote (US/Canada time zones)") and the description's limiting sentences. */
export function remoteScopeOf(posting: PostingForAnalysis): { scope: RemoteScope | null; words: string | null } {
  const location = (posting.location ?? '').replace(/(?<!\p{L})(remote|remoto|remota|t[ée]l[ée]travail|teletrabajo|teletrabalho|hybrid)(?!\p{L})/giu, ' ');
  // A residence the posting demands limits it without a remote word in its sentence ("You must reside in Canada").
  const sentences = (posting.descriptionText ?? '').split(SENTENCES)
    .filter((s) => (LIMITS_WHERE.test(s) || REMOTE_NAMES_PLACE.test(s)) && (REMOTE_SENTENCE.test(s) || MUST_RESIDE.test(s)));
  const read = [readPlaces(location), ...sentences.map((s) => readPlaces(s, { capitalised: true }))];
  const scope: RemoteScope = { countries: [], regions: [], zones: [], worldwide: read.some((r) => r.worldwide) };
  for (const r of read) {
    for (const c of [...r.countries, ...r.cities.map((p) => p.country)]) if (!scope.countries.includes(c)) scope.countries.push(c);
    for (const g of r.regions) if (!scope.regions.includes(g)) scope.regions.push(g);
    scope.zones.push(...r.zones);
  }
  // "Remote across APAC, but you must be based in Singapore or Malaysia": a residence the posting demands narrows
  // the region it names to those countries.
  const demanded = sentences.map((s) => MUST_RESIDE.exec(s) ? readPlaces(s.slice(MUST_RESIDE.exec(s)!.index), { capitalised: true }) : null).filter((r) => r !== null);
  const demandedCountries = [...new Set(demanded.flatMap((r) => [...r.countries, ...r.cities.map((p) => p.country)]))];
  if (demandedCountries.length && !demanded.some((r) => r.regions.length || r.worldwide)) {
    scope.countries = demandedCountries;
    scope.regions = [];
    scope.worldwide = false;
  }
  const limited = scope.countries.length || scope.regions.length || scope.zones.length;
  if (!limited && !scope.worldwide) return { scope: null, words: null };
  return { scope, words: [posting.location, ...sentences].filter(Boolean).join(' | ').slice(0, 200) };
}

/** A residence demanded, not offered: "must be based in", "must reside in", "deve residir", "debes residir", "Wohnsitz in … erforderlich". */
const MUST_RESIDE = /(?<!\p{L})(?:must (?:be )?(?:based|located|resid\p{L}*|live)|(?:need|needs|have|has) to (?:be )?(?:based|located|reside|live)|required to (?:be )?(?:based|located|reside|live)|deve(?:m|rá)? (?:residir|morar|estar baseado)|precisa(?:m|rá)? (?:residir|morar|estar baseado)|[ée] (?:necess[áa]rio|obrigat[óo]rio) (?:residir|morar)|debe(?:s|n|rá)? (?:residir|vivir|estar basad[oa])|tienes? que (?:residir|vivir)|es (?:necesario|indispensable) (?:residir|vivir)|(?:doi(?:t|vent)|devez|devrez|devra) (?:r[ée]sider|habiter|[êe]tre bas[ée]e?s?)|wohnsitz in)(?!\p{L})/iu;

/** Office words after which a description names its office: "our San Antonio office", "oficina de Providencia", "Büro in München". */
const OFFICE_CUE = /(?<!\p{L})(offices?|headquarters|hq|hub|campus|based|located|oficinas?|sede|ubicad[oa]s?|escrit[óo]rio|sediad[oa]|bureaux?|locaux|bas[ée]e?|b[üu]ro|standort|hybrid|h[íi]brid[oa]|hybride|on-?site|in-person|presencial|sur site|vor ort|relocat\w*|move to)(?!\p{L})/giu;

/** The office cities a description names after an office word (capitalised names only: the prose has "mobile" and "reading"). */
function officesInDescription(description: string): Place[] {
  const found: Place[] = [];
  for (const m of description.matchAll(OFFICE_CUE)) {
    // The clause around the office word, from the sentence break before it to the one after.
    const from = Math.max(0, m.index - 40);
    const window = description.slice(from, m.index + 90);
    const at = m.index - from;
    const start = Math.max(...['.', ';', '\n', '!', '?'].map((c) => window.lastIndexOf(c, at))) + 1;
    const ends = ['.', ';', '\n', '!', '?'].map((c) => window.indexOf(c, at)).filter((i) => i >= 0);
    const clause = window.slice(start, ends.length ? Math.min(...ends) : window.length);
    for (const p of readPlaces(clause, { capitalised: true }).cities) if (!found.includes(p)) found.push(p);
    if (found.length >= 5) break;
  }
  return found;
}

const AUTHORIZATION = /(?<!\p{L})(authori[sz]ed to work|authori[sz]ation to work|right to work|work permit|work authori[sz]ation|unable to sponsor|cannot sponsor|can't sponsor|not (?:able to )?sponsor|no (?:visa )?sponsorship|without sponsorship|must (?:already )?(?:have|hold)|citizens? (?:or|and) permanent residents?|permiso de trabajo|autorizaci[oó]n (?:para|de) trabajo|autoriza[çc][ãa]o de (?:resid[êe]ncia e )?trabalho|visto de trabalho|autorisation de travail|permis de travail|arbeitserlaubnis|arbeitsbewilligung|aufenthaltstitel|wohnsitz in|must be located in|candidates must be located|obligatoire de r[ée]sider|obrigat[óo]rio residir|eligible to work|autoris[ée]\(?e?\)? (?:à|a) travailler|autoriza[çc][ãa]o (?:para|de) trabalh\p{L}*|autoriza[çc][ãa]o de resid[êe]ncia|autorizaci[oó]n (?:para|de) trabajar|ne sponsoris\p{L}* pas|n[ãa]o oferecemos patroc[ií]nio|no ofrecemos patrocinio|kein\p{L}* visa\p{L}*)(?!\p{L})/iu;
const SPONSORS = /(?<!\p{L})(sponsor\w* (?:work )?visas?|visa sponsorship (?:is )?(?:available|provided|offered)|we sponsor|relocation (?:package|support|assistance|help)|help (?:you )?(?:with|relocate)|help (?:you )?(?:to )?move|moving (?:costs|expenses|allowance)|patrocin\w* (?:de )?(?:visa|visto)|apoyo (?:con|para) (?:la )?(?:visa|reubicaci[oó]n)|aux[ií]lio (?:de )?mudan[çc]a|aide (?:à|a) la (?:relocalisation|mobilit[ée])|parrain\w*|unterst[üu]tz\w* (?:bei|mit) (?:visum|umzug)|visum und umzug|umzugs?unterst[üu]tzung|umzugspaket\w*|umzugskosten|relocation|pacote de (?:reloca[çc][ãa]o|mudan[çc]a)|apoio (?:à|a|na|com a) (?:mudan[çc]a|reloca[çc][ãa]o)|ajuda (?:de|com a|na) mudan[çc]a|reloca[çc][ãa]o|relocaliza[çc][ãa]o|paquete de reubicaci[oó]n|reubicaci[oó]n|relocalizaci[oó]n)(?!\p{L})/iu;
/** A visa or work permit, and an offer to take care of it, in one sentence: "Wir übernehmen das Visum", "prise en charge du visa". */
const VISA = /(?<!\p{L})(visas?|visa-\p{L}+|visum\p{L}*|visaprozess|visaverfahren|visto|vistos|visado|work permits?|permis de travail|permiso de trabajo|blaue[nr]? karte|blue card|employment pass\w*|rot-wei[ßs]-rot-karte|passeport talent|highly skilled migrant|arbeitserlaubnis|aufenthaltstitel)(?!\p{L})/iu;
// German has its own verb for it: "Wir sponsern dein Visum", "wird gesponsert".
const TAKES_CARE = /(?<!\p{L})(sponsor\w*|sponser\w*|gesponsert|parrain\w*|patrocin\w*|[üu]bernehm\w*|[üu]bernimm\w*|unterst[üu]tz\w*|support\w*|help\w*|assist\w*|accompagn\w*|prise en charge|prenons en charge|offr\w*|offer\w*|provid\w*|ofrec\w*|oferec\w*|apoi\p{L}*|apoy\p{L}*|ajud\p{L}*|facilit\p{L}*|aide|bieten|k[üu]mmern)(?!\p{L})/iu;
const REFUSES = /(?<!\p{L})(unable|cannot|can't|not|no|without|sin|sem|n[ãa]o|pas|aucun|kein\w*|nicht|leider)(?!\p{L})/iu;

const TAKES_CARE_ALL = new RegExp(TAKES_CARE.source, 'giu');
/**
 * Whether a sentence offers to take care of a visa: an offer word ("apoiamos", "übernehmen", "sponsor") whose
 * clause (comma, semicolon or colon apart) names a visa, with no refusal from the clause's start to a few words
 * after the offer ("ein Visum können wir leider nicht übernehmen", "visa sponsorship is not available"). The rest
 * of the sentence refuses nothing: in "contrato sem termo, apoio ao visto" and "apoiamos o visto e a relocalização
 * (alojamento no primeiro mês)", "sem" and Portuguese "no" (in the) belong to other words.
 */
function offersVisa(sentence: string): boolean {
  for (const m of sentence.matchAll(TAKES_CARE_ALL)) {
    const start = Math.max(sentence.lastIndexOf(',', m.index), sentence.lastIndexOf(';', m.index), sentence.lastIndexOf(':', m.index)) + 1;
    const ends = [',', ';'].map((c) => sentence.indexOf(c, m.index)).filter((i) => i >= 0);
    const end = ends.length ? Math.min(...ends) : sentence.length;
    if (VISA.test(sentence.slice(start, end)) && !REFUSES.test(sentence.slice(start, Math.min(end, m.index + m[0].length + 25)))) return true;
  }
  return false;
}

const MOVE_WORDS = /umzug|relocat|reubica|relocaliza|realoca|mudan|d[ée]m[ée]nag|(?<!\p{L})mov(?:e|ing)(?!\p{L})/giu;
/** Help to move refused in its own clause: "We can sponsor visas, but do not offer relocation support." */
function refusesMove(sentence: string): boolean {
  for (const m of sentence.matchAll(MOVE_WORDS)) {
    const start = Math.max(sentence.lastIndexOf(',', m.index), sentence.lastIndexOf(';', m.index)) + 1;
    if (REFUSES.test(sentence.slice(Math.max(start, m.index - 30), m.index))) return true;
  }
  return false;
}

function authorizationOf(description: string, offices: Place[]): { countries: string[]; sponsorship: boolean; relocation: boolean; words: string | null } {
  let sponsorship = false;
  let relocation = false;
  const countries: string[] = [];
  let words: string | null = null;
  for (const s of description.split(SENTENCES)) {
    const offers = SPONSORS.exec(s);
    if (offers && !REFUSES.test(s.slice(Math.max(0, offers.index - 30), offers.index))) {
      if (/sponsor|visa|visto|visum|parrain|patrocin/iu.test(offers[0]) || (VISA.test(s) && (offersVisa(s) || !REFUSES.test(s)))) sponsorship = true;
      relocation ||= !refusesMove(s);
      continue;
    }
    if (VISA.test(s) && offersVisa(s)) {
      sponsorship = true;
      if (/umzug|relocat|reubica|relocaliza|realoca|mudan|d[ée]m[ée]nag/iu.test(s)) relocation = true;
      continue;
    }
    if (!AUTHORIZATION.test(s)) continue;
    words ??= s.trim().slice(0, 160);
    const named = readPlaces(s, { capitalised: true });
    const where = named.countries.length ? named.countries : offices.map((o) => o.country).slice(0, 1);
    for (const c of where) if (!countries.includes(c)) countries.push(c);
  }
  return { countries, sponsorship, relocation, words };
}

// The pre-gate, the offline analyzer and the prompt all read one posting's facts: read them once, from
// the bounded text (the same object for the same posting, so the memo holds across them).
const factsOf = oncePer(readFacts);
export const postingFacts = (posting: PostingForAnalysis): PostingFacts => factsOf(forRules(posting));

function readFacts(posting: PostingForAnalysis): PostingFacts {
  const description = posting.descriptionText ?? '';
  const mode = workplaceModeOf(posting);
  const evidence: PostingFacts['evidence'] = {};
  const where = readPlaces(posting.location ?? '');
  // The location names the office; the description only when the location does not ("customers in London" is not an office).
  const offices = mode === 'remote' ? [] : where.cities.length ? where.cities : officesInDescription(description);
  const officeCountries = mode === 'remote' ? [] : where.countries.filter((c) => !offices.some((o) => o.country === c));
  if (offices.length || officeCountries.length) evidence.place = posting.location || offices.map((o) => o.name).join(', ');
  const remote = mode === 'remote' ? remoteScopeOf(posting) : { scope: null, words: null };
  if (remote.words) evidence.remote = remote.words;
  const auth = authorizationOf(description, offices);
  if (auth.words) evidence.authorization = auth.words;
  const management = managementOf(posting.title, description);
  if (management.manager && management.words) evidence.manager = management.words;
  if (management.ic && management.words) evidence.ic = management.words;
  const years = yearsAsked(description);
  // A beginner's phrase names a junior role only when the years asked agree: "Absolvent:in eines Informatikstudiums"
  // is a degree requirement at any level ("… und mindestens 5 Jahre Berufserfahrung").
  const forBeginners = BEGINNER.test(description) && (years === null || years.min <= 2);
  const level = levelOfTitle(posting.title) ?? levelField(description) ?? (/\bmid[- ]level\b/i.test(description) ? 'mid' : /\bsenior (individual contributor|engineer)\b/i.test(description) ? 'senior' : forBeginners ? 'junior' : null);
  if (level) evidence.level = posting.title;
  const languages = languageDemandsOf(description);
  if (mode) evidence.mode = posting.workplaceType ?? mode;
  const country = offices[0]?.country ?? where.countries[0] ?? remote.scope?.countries[0] ?? null;
  return {
    mode,
    offices,
    officeCountries,
    remote: remote.scope,
    mustBeAuthorizedIn: auth.countries,
    sponsorship: auth.sponsorship,
    relocationHelp: auth.relocation,
    level,
    managerTrack: management.manager,
    icTrack: management.ic,
    years,
    salary: salaryOf(description, country),
    employment: employmentOf(posting.title, description),
    language: detectLanguage(`${posting.title} ${description}`),
    requiredLanguages: languages.required,
    waivedLanguages: languages.waived,
    evidence,
  };
}

/** Whether someone whose working hours are at `offsets` (UTC hours) fits a window. */
export const withinZone = (offsets: readonly number[], w: ZoneWindow) => offsets.some((o) => o >= w.from - 0.01 && o <= w.to + 0.01);
export { countryZone };
