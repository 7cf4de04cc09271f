// A candidate profile derived from a CV's text, read as a recruiter reads one: the residence from the header
// and contact block (never from a city the text merely mentions), citizenship and work permits, the "looking
// for" / objective section as preferences (workplace, relocation and its conditions, employment types, role
// types and management ruled out), skills, recent titles and years from the experience section alone, and
// languages with levels; in English, Spanish, Portuguese, French and German, names kept as written. Each derived
// field keeps the CV line it came from (`users show`). Pure; the gazetteer is loaded first (analyze/places.ts).

import { decodeHTMLStrict } from 'entities';
import { readLanguageLevel, type LanguageLevel } from '../analyze/profile.js';
import { countryCode, countryName, placeNamed, readPlaces, type Place } from '../analyze/places.js';
import { mentionOf, termRe, withoutLongerNames } from '../analyze/mentions.js';
import { yearsAsked } from '../analyze/facts.js';
import { INDUSTRIES, INDUSTRY_SYNONYMS } from '../analyze/industries.js';
import { salaryOf } from '../analyze/pay.js';
import { PER_USD } from '../analyze/rates.js';
import { B2B_MARKET } from '../analyze/employment.js';
import { familyOfTitle, type RoleFamily } from '../analyze/roles.js';
import { clipAtWord } from '../core/text.js';

/**
 * Specialties that make a generic engineering title specific when they follow it. Not platform: teams are named
 * so ("Mobile Platform", "Data Platform", "Payments Platform") whatever their engineers build.
 */
const QUALIFYING: readonly RoleFamily[] = ['backend', 'frontend', 'fullstack', 'mobile', 'sre', 'data-engineering', 'data-science', 'qa', 'security'];
const TEAM_WORDS = /^(?:squad|team|time|equipo|[ée]quipe|apps?|&|and|e|y|et|und)$/iu;

/**
 * A specialty as CVs write it after a generic title: nothing but a specialty's words and team words ("Android/iOS",
 * "Squad Mobile", "Mobile Apps"), so that a company named after one ("T-Mobile", "Acme Mobile") is none.
 */
function isSpecialty(part: string): boolean {
  // "Full Stack", "Back End" written as two words are one specialty.
  const words = part.replace(/[()]/g, ' ').replace(/\b(full|back|front)\s+(stack|end)\b/giu, '$1-$2').split(/[\s/+]+/).filter(Boolean);
  const named = words.filter((w) => !TEAM_WORDS.test(w));
  return named.length > 0 && words.length <= 4
    && named.every((w) => (!w.includes('-') || /^(?:back-end|front-end|full-stack)$/iu.test(w)) && QUALIFYING.includes(familyOfTitle(w) as RoleFamily));
}

/** Technologies as people write them; the first spelling is the one kept. */
const TECHNOLOGIES: string[][] = [
  ['TypeScript'], ['JavaScript'], ['Node.js', 'NodeJS', 'Node'], ['Deno'], ['React', 'React.js', 'ReactJS'], ['Next.js'], ['Vue', 'Vue.js'],
  ['Angular'], ['Svelte'], ['HTML'], ['CSS'], ['Tailwind'], ['Python'], ['Django'], ['Flask'], ['FastAPI'], ['pandas'], ['NumPy'],
  ['scikit-learn'], ['PyTorch'], ['TensorFlow'], ['MLflow'], ['Java'], ['Spring', 'Spring Boot'], ['Kotlin'], ['Scala'], ['Go', 'Golang'], ['Rust'],
  ['C#', '.NET', 'dotnet'], ['C++'], ['Ruby'], ['Rails', 'Ruby on Rails'], ['PHP'], ['Laravel'], ['Symfony'], ['Elixir'], ['Erlang'],
  ['Haskell'], ['Android'], ['iOS'], ['Swift'], ['SwiftUI'], ['Objective-C'], ['Flutter'], ['Dart'], ['React Native'], ['Jetpack Compose'], ['SQL'], ['PostgreSQL', 'Postgres'], ['MySQL'],
  ['SQLite'], ['MongoDB'], ['Redis'], ['Elasticsearch'], ['Cassandra'], ['DynamoDB'], ['BigQuery'], ['Snowflake'], ['Redshift'],
  ['dbt'], ['Airflow'], ['Spark', 'PySpark'], ['Kafka'], ['RabbitMQ'], ['Flink'], ['Hadoop'], ['Tableau'], ['Power BI', 'PowerBI'],
  ['Looker'], ['Excel'], ['R'], ['Stata'], ['SAS'], ['GraphQL'], ['REST'], ['gRPC'], ['Docker'], ['Kubernetes', 'K8s'], ['Helm'],
  ['Terraform'], ['Ansible'], ['AWS', 'Amazon Web Services'], ['GCP', 'Google Cloud'], ['Azure'], ['Linux'], ['Bash'], ['Git'],
  ['CI/CD'], ['GitHub Actions'], ['Jenkins'], ['Prometheus'], ['Grafana'], ['Datadog'], ['OpenTelemetry'], ['Nginx'], ['Microservices'],
  ['Machine Learning', 'ML'], ['LLM', 'LLMs'], ['NLP'], ['Figma'], ['Jira'], ['Salesforce'], ['SAP'], ['Playwright'], ['Cypress'], ['Jest'],
];

const LANGUAGES: Record<string, string> = {
  english: 'English', inglés: 'English', ingles: 'English', inglês: 'English', englisch: 'English', engels: 'English', anglais: 'English',
  german: 'German', deutsch: 'German', alemán: 'German', alemão: 'German', duits: 'German', allemand: 'German',
  dutch: 'Dutch', nederlands: 'Dutch', neerlandés: 'Dutch', niederländisch: 'Dutch', néerlandais: 'Dutch', holandês: 'Dutch',
  french: 'French', français: 'French', francés: 'French', francês: 'French', französisch: 'French', frans: 'French',
  spanish: 'Spanish', español: 'Spanish', espanhol: 'Spanish', castellano: 'Spanish', spanisch: 'Spanish', spaans: 'Spanish', espagnol: 'Spanish',
  italian: 'Italian', italiano: 'Italian', italien: 'Italian', portuguese: 'Portuguese', português: 'Portuguese', portugués: 'Portuguese', portugais: 'Portuguese', portugiesisch: 'Portuguese',
  catalan: 'Catalan', català: 'Catalan', catalán: 'Catalan', polish: 'Polish', swedish: 'Swedish', danish: 'Danish',
  norwegian: 'Norwegian', finnish: 'Finnish', chinese: 'Chinese', mandarin: 'Chinese', japanese: 'Japanese', korean: 'Korean',
  russian: 'Russian', ukrainian: 'Ukrainian', turkish: 'Turkish', arabic: 'Arabic', hindi: 'Hindi', greek: 'Greek', romanian: 'Romanian',
  swahili: 'Swahili', kiswahili: 'Swahili', yoruba: 'Yoruba', igbo: 'Igbo', hausa: 'Hausa', afrikaans: 'Afrikaans', zulu: 'Zulu', amharic: 'Amharic',
  kannada: 'Kannada', malayalam: 'Malayalam', punjabi: 'Punjabi', gujarati: 'Gujarati', tamil: 'Tamil', telugu: 'Telugu', marathi: 'Marathi', bengali: 'Bengali', urdu: 'Urdu', malay: 'Malay', indonesian: 'Indonesian',
  tagalog: 'Tagalog', filipino: 'Tagalog', vietnamese: 'Vietnamese', vietnamien: 'Vietnamese', vietnamita: 'Vietnamese', thai: 'Thai',
  quechua: 'Quechua', guaraní: 'Guarani', arabe: 'Arabic', árabe: 'Arabic', arabisch: 'Arabic', darija: 'Arabic', berbère: 'Berber',
  amazigh: 'Berber', tamazight: 'Berber', wolof: 'Wolof', lingala: 'Lingala', chinois: 'Chinese', chino: 'Chinese', chinês: 'Chinese',
  japonais: 'Japanese', japonés: 'Japanese', japonês: 'Japanese', russe: 'Russian', ruso: 'Russian', russo: 'Russian',
};

const ROLE_NOUN = /(?<!\p{L})(engineer|developer|programmer|analyst|scientist|architect|administrator|designer|dise[ñn]ador\w*|concepteur|conceptrice|consultant|manager|specialist|researcher|lead|director|head of|sre|devops|ingeniero|ingeniera|desarrollador|desarrolladora|analista|entwickler\w*|ingenieur\w*|développeur|développeuse|ingénieur\w*|analyste|ontwikkelaar|desenvolvedor\w*|engenheir[oa]|cientista|científic[oa]|estagi[aá]ri[oa]|programador\w*|tester|testeu(?:r|se))(?!\p{L})/iu;
const LEVEL_WORDS: [RegExp, DerivedSeniority][] = [
  [/(?<!\p{L})(intern|internship|trainee|werkstudent|becari[oa]|prácticas|stagiaire|stage|estagi[aá]ri[oa])(?!\p{L})/iu, 'intern'], [/(?<!\p{L})(j[úu]nior|jr\.?|graduate)(?!\p{L})/iu, 'junior'],
  [/\b(principal)\b/i, 'principal'], [/\bstaff\b/i, 'staff'], [/\b(head of|director|engineering manager|team lead|tech lead|lead)\b/i, 'lead'],
  [/(?<!\p{L})(semi[- ]?senior|ssr|pleno|plena|medior|mid[- ]level|confirm[ée]e?)(?!\p{L})/iu, 'mid'], [/(?<!\p{L})(s[êée]nior|sr\.?|especialista)(?!\p{L})/iu, 'senior'],
];
type DerivedSeniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead';

/** Section headings, in five languages, by what the section holds. */
type Section = 'header' | 'summary' | 'looking' | 'experience' | 'education' | 'skills' | 'languages' | 'other';
const HEADINGS: [Section, RegExp][] = [
  ['looking', /^(what i(?:['’]?m| am) looking for|looking for|i(?:['’]?m| am) looking for|what i(?:'?m| am) after|next role|ideal role|desired role|target role|open to|career interests|objective|career objective|goals?|pr[ée]f[ée]rences|prefer[êe]ncias|pr[äa]ferenzen|job preferences|what i want|intereses laborales|disponibilidad|disponibilidade|ce que je recherche|je recherche|recherche|objectif|souhaits|mobilit[ée]|projet professionnel|objetivo|objetivos|lo que busco|qu[ée] busco|busco|o que (?:eu )?(?:procuro|busco)|procuro|ich suche|was ich suche|wunsch\w*|want(?:ed)?|seeking|b[úu]squeda(?: laboral)?|position preferred|preferred position|job applied for|desired employment)(?!\p{L})/iu],
  // A block of personal details is the header's contact block wherever it sits.
  ['header', /^(datos personales|personal (?:information|details|data)|contact(?: details| information)?|informations personnelles|coordonn[ée]es|dados pessoais|contato|pers[öo]nliche (?:daten|angaben)|kontakt)(?!\p{L})/iu],
  ['summary', /^(summary|profile|about( me)?|profil|perfil|resumo|resumen|extracto|acerca de|sobre mim|sobre m[ií]|[àa] propos|zusammenfassung|[üu]ber mich|kurzprofil)\b/iu],
  ['experience', /^(experience|work experience|professional experience|employment( history)?|work history|work(?= *$)|beruflicher werdegang|berufliche erfahrung|berufspraxis|career|exp[ée]rience( professionnelle)?|experiencia( laboral| profesional)?|experi[êe]ncia( profissional)?|berufserfahrung|werdegang)\b/iu],
  ['education', /^(education|academic|studies|forma[çc][ãa]o acad[êe]mica|formaci[oó]n acad[ée]mica|formation acad[ée]mique|formation|formaci[oó]n|educaci[oó]n|forma[çc][ãa]o|escolaridade|ausbildung|studium|bildung)\b/iu],
  ['skills', /^(skills|technical skills|tech stack|stack|comp[ée]tences|habilidades|compet[êe]ncias|conocimientos|aptitudes|conhecimentos|kenntnisse|f[äa]higkeiten|tools|outils)(?!\p{L})/iu],
  ['languages', /^(languages|langues|idiomas|l[íi]nguas|sprachen)\b/iu],
  ['other', /^(certifications?|certificaciones|certifica[çc][õo]es|zertifikate|projects?|projets?|proyectos?|projetos?|publications?|interests?|hobbies|references?|awards?|volunteer\w*)(?!\p{L})/iu],
];

/** `top`: a line of the header that a layout puts below other blocks (a LinkedIn export's name, headline and city). */
interface Line { text: string; n: number; section: Section; top?: true }

/** The side column a LinkedIn "Save to PDF" export starts with, flattened before the main column ("Top Skills", "Aptitudes principales"). */
const LINKEDIN_SIDEBAR = /^(top skills|aptitudes principales|principales aptitudes|principales comp[ée]tences|principais compet[êe]ncias|top-kenntnisse)$/iu;
const LINKEDIN_CONTACT = /^(contact|contactar|contacto|coordonn[ée]es|contato|kontakt)$/iu;

/**
 * A LinkedIn export flattened to text: the side column (Contact, Top Skills, Languages, Certifications) comes
 * first, then the name, the headline and the city line, then Summary or Experience. Those three lines before the
 * first summary or experience heading are the header, wherever they sit (a fourth would be the side column's last
 * item: a language, whose level would be lost).
 */
function linkedInHeader(text: string, lines: Line[]): Line[] {
  const raw = text.split('\n').map(stripMarks).filter(Boolean);
  if (!raw.length || !LINKEDIN_CONTACT.test(raw[0]!) || !raw.some((l) => LINKEDIN_SIDEBAR.test(l))) return lines;
  const main = lines.findIndex((l) => l.section === 'summary' || l.section === 'looking' || l.section === 'experience' || l.section === 'education');
  if (main < 0) return lines;
  return lines.map((l, i) => (i >= main - 3 && i < main && l.text.trim() ? { ...l, section: 'header', top: true } : l));
}

/** A sentence of a summary that starts saying what they want: "Open to remote roles in India …", "Looking for …", "Busco …". */
const WISH_OPENER = /(?:^|(?<=[.!?]\s))(?:open to|(?:i(?:['’]m| am) )?(?:currently )?(?:looking for|seeking)|(?:estoy )?buscando|busco|(?:estou )?procurando|procuro|je (?:re)?cherche|ich suche)(?!\p{L})/iu;

/**
 * A summary that ends with what they want ("Data scientist with 7 years in fintech. Open to remote roles in India
 * or hybrid in Bengaluru. Not open to relocation."), as LinkedIn's About text often does: from the sentence that
 * opens the wish to the summary's end (or a blank line) is the looking-for section.
 */
function summaryWishes(lines: Line[]): Line[] {
  const out: Line[] = [];
  let wishing = false;
  for (const l of lines) {
    if (l.section !== 'summary') {
      wishing = false;
      out.push(l);
      continue;
    }
    if (!l.text.trim()) wishing = false;
    const opener = wishing ? null : WISH_OPENER.exec(l.text);
    if (opener) {
      if (opener.index > 0) out.push({ ...l, text: l.text.slice(0, opener.index) });
      out.push({ ...l, text: l.text.slice(opener.index), section: 'looking' });
      wishing = true;
    } else out.push(wishing ? { ...l, section: 'looking' } : l);
  }
  return out;
}

/** A wish to move, in parentheses after the header's city: "(open to relocating to Toronto or Lisbon with visa sponsorship)". */
const HEADER_MOVE = /\(((?:open to|willing to|happy to|aberto|aberta|dispuest[oa]|dispon[ií]vel|disponible|ouvert|ouverte|bereit)[^()]{0,160}?(?:relocat|mudan|mudar|reubic|trasladar|d[ée]m[ée]nag|umzu|umzieh)[^()]{0,160})\)/iu;

/**
 * A move stated in the header, in parentheses after the city ("**Location:** São Paulo, Brazil (open to relocating
 * to Toronto or Lisbon with visa sponsorship)"): a looking-for statement of its own, on the same line number, and
 * the header line without it (its cities are no residence).
 */
function headerWishes(lines: Line[]): Line[] {
  return lines.flatMap((l) => {
    const move = l.section === 'header' ? HEADER_MOVE.exec(l.text) : null;
    if (!move) return [l];
    return [{ ...l, text: l.text.replace(move[0], ' ') }, { ...l, text: move[1]!, section: 'looking' as const }];
  });
}

/**
 * Wishes stated as a label and its text rather than under a heading: "Looking for: …", "Lo que busco: …", a
 * Europass "Work arrangement: …", "Relocation: …". The statement runs on until a blank line or a heading.
 */
const LOOKING_LABEL = /^(looking for|what i(?:['’]?m| am) looking for|next role|objective|objetivo|busco|lo que busco|qu[ée] busco|procuro|o que (?:eu )?procuro|je recherche|ce que je recherche|ich suche|was ich suche|work arrangement|work preferences?|employment|relocation|preferred locations?|location preferences?|mobilit[ée]|modalidad|modalidade)\s*:/iu;

/** The CV's lines with the section each sits in; the header runs until the first heading. */
function sectioned(text: string): Line[] {
  let section: Section = 'header';
  let interrupted: Section | null = null; // the section a labelled statement interrupts
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const bare = stripMarks(raw);
    // A heading is marked (#, capitals, bold, a colon), or a line that is nothing but a heading's words ("Experiencia", "Ce que je recherche").
    const marked = /^#{1,6}\s/.test(raw) || (bare.length > 0 && bare.length <= 40 && (raw.trim().endsWith(':') || /^[\p{Lu}\s&/]+$/u.test(bare) || /^\*\*[^*]+\*\*$/.test(raw.trim())));
    const heading = HEADINGS.find(([, re]) => {
      const m = re.exec(bare);
      return m !== null && (marked || m[0].length === bare.length);
    })?.[0];
    // A bold label with its content on the same line: "**Next role** Senior mobile …", "**Languages** Polish (native)".
    const label = heading ? null : /^\s*\*\*([^*]{2,40})\*\*(?::?\s+|:)(\S.*)$/.exec(raw);
    const labelled = label ? HEADINGS.find(([, re]) => re.exec(label[1]!.trim())?.[0].length === label[1]!.trim().length)?.[0] : undefined;
    if (label && labelled) {
      section = labelled;
      out.push({ text: label[2]!, n: i + 1, section });
      return;
    }
    const inline = !heading && LOOKING_LABEL.test(bare);
    if (interrupted && (heading || !raw.trim())) [section, interrupted] = [interrupted, null];
    if (inline && !interrupted) [section, interrupted] = ['looking', section];
    if (heading) {
      section = heading;
      if (/:\s*\S/.test(raw.replace(/^[#\s]+/, ''))) out.push({ text: raw.slice(raw.indexOf(':') + 1), n: i + 1, section });
      return;
    }
    if (i === 0 && /^#\s/.test(raw)) return out.push({ text: raw, n: i + 1, section: 'header' }) && undefined;
    out.push({ text: raw, n: i + 1, section });
  });
  return headerWishes(linkedInHeader(text, summaryWishes(out)));
}

/**
 * A line without the markup around it: list marks and "#" before, "**", ":" and "|" after, and the emoji that
 * Markdown CVs put before a heading or an item ("## 🎯 Objetivo", "- 🇧🇷 Portuguese"): by code point, so that a
 * pictograph (two UTF-16 units, or several joined) goes whole.
 */
function stripMarks(line: string): string {
  const chars = Array.from(line);
  const mark = (c: string) => /[\s#*_>|:\u200d\ufe0f-]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u.test(c);
  let from = 0;
  let to = chars.length;
  while (from < to && mark(chars[from]!)) from++;
  while (to > from && mark(chars[to - 1]!)) to--;
  return chars.slice(from, to).join('');
}

/** A postal box is no place ("P.O. Box 12345-00100, Nairobi": "Po" is a town in Burkina Faso). */
const POSTAL_BOX = /(?<!\p{L})(?:p\.?\s?o\.?\s?box|caixa postal|apartado(?: postal)?|casilla|b\.p\.)\s*[\d-]+/giu;

/** The words of a line that are not an e-mail address, a link or a phone number. */
const withoutContacts = (line: string) => line.replace(POSTAL_BOX, ' ').split(/\s+/).filter((t) => !t.includes('@') && !/^(https?:|www\.)|\.\w+\//i.test(t)).join(' ')
  .replace(/\+?\d[\d\s().-]{6,}\d/g, ' ').split(',').map((part) => part.trim()).filter(Boolean).join(', ').replace(/:,/g, ':');

const hasTerm = (text: string, term: string) => termRe(term).test(text);

export interface DerivedProfile {
  derivedFrom: 'cv';
  titles: string[];
  skills: string[];
  seniority?: DerivedSeniority;
  yearsOfExperience?: number;
  languages: { language: string; level: LanguageLevel }[];
  logistics: {
    currentResidence?: { city: string; country: string; countryCode: string; timezone: string };
    willingToRelocate?: boolean;
    relocation?: { countries: string[]; requires: ('sponsorship' | 'relocation support')[]; cities?: string[] };
    workAuthorization: { region: string; regionCode: string; status: string }[];
  };
  preferences: {
    workEnvironments?: ('remote' | 'hybrid' | 'onsite')[];
    jobTypes?: string[];
    minContractMonths?: number;
    remoteRegions?: string[];
    considerLowerLevels?: boolean;
    exclusions: { industries: string[]; technologies: string[]; roleTypes: string[]; titles: string[]; jobTypes?: string[] };
  };
  /** The pay they ask for ("Pretensión salarial: desde USD 4.000 mensuales"), as the profile's floor. */
  salaryFloor?: { amount: number; currency: string; period: 'year' | 'month' | 'day' | 'hour'; contract?: { amount: number; currency: string; period: 'year' | 'month' | 'day' | 'hour' } };
  /** Which CV line each derived field was read from ("line 3: Nairobi, Kenya"). */
  sources: Record<string, string>;
}

/** A month before a year, as CVs write it: "03/", "dez/", "March ", "janv. ", and LinkedIn's Spanish and Portuguese "febrero de ", "março de ". */
const MONTH = String.raw`(?:\d{1,2}[/.]|\p{L}{3,10}\.?(?:[/ ]| de )\s?)?`;
// Not \b before the year: Markdown's italic dates ("_2019 – atual_") put an underscore, a word character, before it.
const RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:19|20)\d{2})\s*(?:[-–—]|to|bis|hasta|até|a|à|au|tot)\s*(?:la |el |o |a )?${MONTH}((?:19|20)\d{2}|present|current|now|today|heute|actualidad|actual|atual|atualmente|presente|heden|aujourd'hui|maintenant|hoy|date)(?![\p{L}])`, 'giu');
/** An open range: "Depuis 2022", "Since March 2021", "Desde 2020", "Seit 2019". */
const SINCE = new RegExp(String.raw`(?<!\p{L})(?:since|depuis|desde|seit|dès)\s+${MONTH}((?:19|20)\d{2})(?!\d)`, 'giu');

/** The dates a role's line may start with: "2019 – present: ", "03/2019 - 2021 ", "jan/2020 – atual — ", "Depuis 2022 : ". */
const LEADING_DATES = new RegExp(String.raw`^(?:${MONTH}(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:${MONTH}(?:19|20)\d{2}|[\p{L}']+)|(?:since|depuis|desde|seit|dès)\s+${MONTH}(?:19|20)\d{2})\s*[:|,–—-]?\s*`, 'iu');

/** Years covered by date ranges ("2018 – 2023", "03/2019 - present", "mar/2018 – dez/2019", "Depuis 2022"), overlaps merged, up to `nowYear`. */
export function yearsOfExperience(text: string, nowYear: number): number | null {
  const ranges: [number, number][] = [];
  const found = [...text.matchAll(RANGE)].map((m) => [Number(m[1]), /^\d+$/.test(m[2]!) ? Number(m[2]) : nowYear] as const);
  for (const m of text.matchAll(SINCE)) found.push([Number(m[1]), nowYear]);
  for (const [from, to] of found) {
    if (from <= to && to <= nowYear && nowYear - from < 60) ranges.push([from, to]);
  }
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  let years = 0;
  let [start, end] = ranges[0]!;
  for (const [from, to] of ranges.slice(1)) {
    if (from <= end) end = Math.max(end, to);
    else {
      years += end - start;
      [start, end] = [from, to];
    }
  }
  return years + (end - start);
}

/** Job titles from the lines that name a role, most recent (first written) first, without dates and company names. */
export function titlesFrom(text: string): string[] {
  const titles: string[] = [];
  for (const raw of text.split('\n')) {
    // "- 2021–now: Staff engineer, …" → "Staff engineer, …": list marks and a leading date range go.
    // Markdown emphasis goes too: "*Senior Mobile Engineer*, Health startup".
    const line = raw.replace(/^[\s#*•\-–|>]+/, '').replace(/\*\*/g, '').replace(/(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '').replace(LEADING_DATES, '').trim();
    if (line.length < 4 || line.length > 120 || !ROLE_NOUN.test(line)) continue;
    // "Senior Backend Engineer — Acme, 2019–present" → "Senior Backend Engineer"
    // "OMAR HASSAN | Senior iOS Engineer": the part that names a role, not the name before it.
    const parts = line.split(/(?<!\s)(?:\s*[,—–|@(·.]\s+|\s*[,|(·]|\s+-\s+|\s+at\s+)/i);
    const role = parts.find((p) => ROLE_NOUN.test(p)) ?? parts[0]!;
    // A two-column line flattened to text keeps its dates after a run of spaces: "Senior Software Engineer      Jan 2021".
    let title = role.split(/\s{3,}|\t/)[0]!.replace(/[:.]$/, '').trim();
    if (title.split(/\s+/).length > 7 || /\b(i|my|we|our|and|with|com|con|avec|mit)\b/i.test(title)) continue; // a sentence, not a title
    // A generic title whose specialty follows it: "Senior Software Engineer (Android)", "Engenheiro de Software | Mobile",
    // "Software Engineer @ Nubank (iOS)". The specialty is kept with it; only an engineering one (a team named
    // "Sales Platform" does not make its engineer a salesperson).
    if (familyOfTitle(title) === null) {
      const specialty = parts.find((p) => p !== role && isSpecialty(p));
      if (specialty) title = `${title} (${specialty.replace(/[()]/g, '').trim()})`;
    }
    if (!titles.some((t) => t.toLowerCase() === title.toLowerCase())) titles.push(title);
    if (titles.length === 3) break;
  }
  return titles;
}

/** Languages the CV states with a level ("English (C1)", "Dutch – fluent", "Español: nativo", "Français : langue maternelle"). */
export function languagesFrom(text: string): { language: string; level: LanguageLevel }[] {
  const found = new Map<string, LanguageLevel>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const language = LANGUAGES[m[0].toLowerCase()];
    if (!language || found.has(language)) continue;
    // The level follows the name within the same item: "English (C1)", "Dutch – native", "Inglés B2"; in a
    // table row ("| Português | Nativo |") it is the next cell.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const cell = /^[ \t]*\|([^|\n]{1,30})/.exec(rest);
    const after = cell ? cell[1]! : rest.split(/[\n,;·|]|\.\s/)[0]!;
    // Europass writes the label first: "Mother tongue(s) Swahili", "Lengua(s) materna(s) español".
    const label = MOTHER_TONGUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).split('\n').pop()!);
    const level = readLanguageLevel(after) ?? levelBefore(text, m.index) ?? (label ? 'native' : null);
    if (level) found.set(language, level);
  }
  return [...found].map(([language, level]) => ({ language, level }));
}

/** The language of countries where one language is everyone's, for a native language a CV takes for granted. */
const NATIVE_LANGUAGE_OF: Record<string, string> = Object.fromEntries([
  ...['BR', 'PT', 'AO', 'MZ'].map((c) => [c, 'Portuguese']),
  ...['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'VE', 'EC', 'BO', 'PY', 'CR', 'GT', 'DO', 'CU', 'SV', 'HN', 'NI', 'PA'].map((c) => [c, 'Spanish']),
  ['FR', 'French'], ['DE', 'German'], ['AT', 'German'], ['NL', 'Dutch'], ['IT', 'Italian'], ['PL', 'Polish'],
  ...['US', 'GB', 'IE', 'AU', 'NZ'].map((c) => [c, 'English']),
]);

/**
 * A languages section with no native language lists the foreign ones ("English (C1), Spanish (B1)" from a Brazilian
 * in São Paulo): the native one is taken for granted, and a recruiter reads it from the nationality the CV states,
 * else the country they live in, when one language is everyone's there. Null when the CV names a native language.
 */
function nativeLanguageTakenForGranted(langs: readonly { language: string; level: LanguageLevel }[], citizenOf: string | undefined, livesIn: string | undefined): string | null {
  if (!langs.length || langs.some((l) => l.level === 'native')) return null;
  const language = NATIVE_LANGUAGE_OF[citizenOf ?? livesIn ?? ''];
  return language && !langs.some((l) => l.language === language) ? language : null;
}

/** A level written before the language's name, as prose does: "Native Portuguese speaker; fluent (in) English". */
function levelBefore(text: string, at: number): LanguageLevel | null {
  const lead = text.slice(Math.max(0, at - 25), at).split(/[\n,;·|(]|\.\s/).pop()!;
  return lead.trim().split(/\s+/).length <= 2 ? readLanguageLevel(lead.replace(/\s(?:in|em|en)\s*$/iu, ' ')) : null;
}

const MOTHER_TONGUE_BEFORE = /(?:mother tongue|native language|lengua|langue|l[íi]ngua|muttersprache)(?:\(s\)|s|n)?(?:\s(?:materna|maternelle|nativa)(?:\(s\)|s)?)?(?:\s*:)?\s*$/iu;

/** Nationalities as CVs write them, with the country. */
const DEMONYMS: [RegExp, string][] = [
  [/canadi[ae]n\w*|canadense|kanadisch\w*/iu, 'CA'], [/brazilian|brasileir[oa]|brasileñ[oa]|brésilien\w*|brasilianisch\w*/iu, 'BR'],
  [/mexican|mexicain\w*|mexikanisch\w*/iu, 'MX'], [/colombian[oa]?|colombien\w*|kolumbianisch\w*/iu, 'CO'], [/chilean|chilen[oa]|chilien\w*/iu, 'CL'],
  [/argentin(?:e|ian|[oa])|argentin\w*/iu, 'AR'], [/peruvian|peruan[oa]|péruvien\w*/iu, 'PE'], [/american|estadounidense|norte-american[oa]|américain\w*|us citizen/iu, 'US'],
  [/indian|indien\w*|indisch\w*/iu, 'IN'], [/kenyan|keniano|kényan\w*/iu, 'KE'], [/nigerian[oa]?|nigérian\w*/iu, 'NG'], [/south african/iu, 'ZA'],
  [/australian[oa]?|australien\w*/iu, 'AU'], [/british|britânic[oa]|britannique/iu, 'GB'], [/irish|irland\w*/iu, 'IE'], [/german|alemã[oa]?|allemand\w*|deutsch\w*/iu, 'DE'],
  [/french|francés|francesa|francês|française|français/iu, 'FR'], [/spanish|español[a]?|espanhol[a]?|espagnol\w*|spanisch\w*/iu, 'ES'],
  [/portuguese|portugu[eê]s[a]?|portugais\w*/iu, 'PT'], [/italian[oa]?|italien\w*/iu, 'IT'], [/dutch|neerlandés|holandês|néerlandais\w*/iu, 'NL'],
  [/singaporean/iu, 'SG'], [/ghanaian/iu, 'GH'], [/egyptian/iu, 'EG'], [/filipin[oa]/iu, 'PH'], [/vietnam(?:ese|ien\w*|ita)/iu, 'VN'],
  [/moroccan|marocain\w*|marroqu[ií]\w*/iu, 'MA'], [/tunisian|tunisien\w*/iu, 'TN'], [/algerian|alg[ée]rien\w*/iu, 'DZ'],
  [/senegalese|s[ée]n[ée]galais\w*/iu, 'SN'], [/ivorian|ivoirien\w*/iu, 'CI'], [/cameroonian|camerounais\w*/iu, 'CM'], [/ethiopian/iu, 'ET'],
  [/ugandan/iu, 'UG'], [/tanzanian/iu, 'TZ'], [/rwandan|rwandais\w*/iu, 'RW'], [/venezolan[oa]|venezuelan/iu, 'VE'], [/uruguay[oa]/iu, 'UY'],
  [/paraguay[oa]/iu, 'PY'], [/bolivian[oa]?/iu, 'BO'], [/ecuatorian[oa]|ecuadorian/iu, 'EC'], [/costarricense|costa rican/iu, 'CR'],
  [/guatemaltec[oa]|guatemalan/iu, 'GT'], [/cuban[oa]?/iu, 'CU'], [/dominican[oa]/iu, 'DO'], [/pakistani/iu, 'PK'], [/bangladeshi/iu, 'BD'],
  [/sri lankan/iu, 'LK'], [/nepal[ie]s[ea]?/iu, 'NP'], [/indonesian/iu, 'ID'], [/malaysian/iu, 'MY'], [/thai\b/iu, 'TH'], [/japanese|japonais\w*/iu, 'JP'],
  [/korean|cor[ée]en\w*/iu, 'KR'], [/chinese|chinois\w*/iu, 'CN'], [/polish|polonais\w*/iu, 'PL'], [/romanian|roumain\w*/iu, 'RO'], [/ukrainian/iu, 'UA'],
  [/turkish|turc\b|turque/iu, 'TR'],
  // Adjectives as German, French and Portuguese CVs write a nationality ("Staatsangehörigkeit: österreichisch", "Nationalité : belge").
  [/austrian|österreichisch\w*|autrichien\w*|austr[ií]ac[oa]/iu, 'AT'], [/swiss|schweizer\w*|suisse|su[ií][çz][oa]/iu, 'CH'],
  [/belgian|belge|belg[ae]\b|belgisch\w*/iu, 'BE'], [/luxembourg\w*|luxemburg\w*/iu, 'LU'], [/mozambican|moçambican[oa]|mozambiqueñ[oa]/iu, 'MZ'],
  [/angolan[oa]?|angolais\w*/iu, 'AO'], [/cabo-verdian[oa]|cap-verdien\w*/iu, 'CV'], [/québécois\w*/iu, 'CA'],
];
const CITIZEN = /(?<!\p{L})(citizen\w*|nationality|national of|passport|citoyen\w*|citoyenneté|nationalité|ciudadan[oa]|ciudadanía|nacionalidad|cidad[ãa][oa]?|cidadania|nacionalidade|staatsb[üu]rger\w*|staatsangeh[öo]rigkeit)(?!\p{L})/iu;
const PERMIT = /(?<!\p{L})(work permit|permanent resident\w*|\bPR\b|green card|blue card|employment pass|right to work|authori[sz]ed to work|work visa|residence permit|permis de travail|r[ée]sident permanent|permiso de trabajo|autoriza[çc][ãa]o de trabalho|resid[êe]ncia permanente|arbeitserlaubnis|aufenthaltstitel|niederlassungserlaubnis)(?!\p{L})/iu;
const NEEDS = /(?<!\p{L})(require\w*|need\w*|would need|only with|sponsor\w*|patroc[ií]n\w*|parrain\w*)(?!\p{L})/iu;

/** A header statement that starts with a nationality and nothing else: "Brasileiro.", "Brasileira, casada, 32 anos", "Polish." */
function loneDemonym(sentence: string): boolean {
  const first = sentence.trim().split(/[.,;|]/)[0]!.trim();
  return first.length > 0 && first.length <= 20 && DEMONYMS.some(([re]) => re.exec(first)?.[0].length === first.length);
}

function authorizationFrom(lines: Line[], sources: Record<string, string>): DerivedProfile['logistics']['workAuthorization'] {
  const out: DerivedProfile['logistics']['workAuthorization'] = [];
  // Sentence by sentence: "Nigerian citizen. I would need visa sponsorship to work in the UK." makes no Briton; and
  // item by item on a contact line: "Berlin, Germany · Brazilian citizen" makes no German.
  for (const l of lines) {
    if (l.section === 'looking' || l.section === 'experience' || l.section === 'education') continue;
    for (const sentence of l.text.split(/(?<=[.!?;])\s+|\s[·|•]\s/)) {
      const citizen = CITIZEN.test(sentence) || (l.section === 'header' && loneDemonym(sentence));
      const permit = PERMIT.exec(sentence);
      if (!citizen && !permit) continue;
      const countries = readPlaces(sentence).countries;
      // "Canadian Permanent Resident", "Australian PR": a nationality's adjective names the country of a permit too.
      for (const [re, code] of DEMONYMS) if (re.test(sentence) && !countries.includes(code)) countries.push(code);
      for (const code of countries) {
        if (out.some((a) => a.regionCode === code)) continue;
        const status = citizen ? 'citizen' : NEEDS.test(sentence) ? 'requires_sponsorship' : permit?.[0].toLowerCase().includes('permanent') ? 'permanent_resident' : 'authorized';
        out.push({ region: countryName(code), regionCode: code, status });
        sources[`logistics.workAuthorization.${code}`] = `line ${l.n}: ${l.text.trim().slice(0, 120)}`;
      }
    }
  }
  return out;
}

/** The residence: the first place a header or contact line names (a "Location:" line anywhere counts too). */
function residenceFrom(lines: Line[], sources: Record<string, string>): DerivedProfile['logistics']['currentResidence'] | undefined {
  const labelled = /^[\s*-]*((?:current |present )?location|based in|lives in|address|city|ubicaci[oó]n|domicilio|direcci[oó]n|ciudad|localiza[çc][ãa]o|endere[çc]o|morada|resid[êe]ncia|cidade|adresse|domicile|lieu de r[ée]sidence|ville|wohnort|anschrift)\s*:/iu;
  const firstLine = lines.find((l) => l.text.trim())?.n;
  // The header's contact lines: not the name (people are called Austin and Florence), not the headline's title
  // ("Mobile Engineer" is no city); a line with a country or a contact detail first.
  const header = lines.filter((l) => l.section === 'header' && (l.n <= 15 || l.top) && l.n !== firstLine);
  const contact = (l: Line) => /@|\+?\d[\d\s().-]{6,}\d|linkedin|github/i.test(l.text) || readPlaces(l.text, { capitalised: true }).countries.length > 0;
  const candidates = [...lines.filter((l) => labelled.test(l.text)), ...header.filter(contact), ...header.filter((l) => !contact(l))];
  for (const l of candidates) {
    // "**São Paulo/SP · Brasil**": Markdown's emphasis is no part of the city's name.
    const contact = withoutContacts(l.text).replace(/\*{1,2}|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '');
    // "Palermo, Ciudad Autónoma de Buenos Aires, Argentina": with a country on the line, a city is read in it (Palermo
    // is a district of Buenos Aires here, not the Sicilian city).
    const countries = readPlaces(contact.replace(/^\s*[\p{L} ]{2,20}:/u, ''), { capitalised: true }).countries;
    for (const segment of contact.split(/[·|•—–]|\s-\s/)) {
      // "Rua Cardeal Arcoverde, 123", "Hauptstraße 5": a street named after a city is no residence; what follows it is.
      const item = segment.replace(STREET, ' ');
      if (ROLE_NOUN.test(item)) continue; // "Analista de datos · Madrid": the title is no place ("Mobile Engineer" is not Mobile, Alabama)
      if (TECHNOLOGIES.some((names) => names.some((t) => hasTerm(item, t)))) continue; // "Java · Spring Boot": a skill is no place (Spring, Texas)
      const read = readPlaces(item.replace(/^\s*[\p{L} ]{2,20}:/u, ''), { capitalised: true });
      const place: Place | undefined = read.cities.find((c) => !countries.length || countries.includes(c.country));
      if (!place) continue;
      // The city as the CV writes it: "São Paulo", "Montréal", "Bengaluru" (case and accents kept).
      const written = writtenName(item, place);
      sources['logistics.currentResidence'] = `line ${l.n}: ${item.trim()}`;
      return { city: written, country: countryName(place.country), countryCode: place.country, timezone: place.zone };
    }
  }
  return undefined;
}

/** A street and its number in an address line, in the languages CVs are written in. */
const STREET = /(?<!\p{L})(?:rua|r\.|av\.|avenida|alameda|travessa|estrada|rodovia|pra[çc]a|calle|carrera|avda\.|paseo|street|road|avenue|boulevard|rue|chemin|\p{L}{2,30}(?:stra(?:ß|ss)e|gasse|weg|platz|allee))\s[^,\d\n]{0,40}?,?\s?\d{1,5}[a-z]?(?!\d)/giu;
/** A postal code beside a city name: "1070 Wien", "A-1070", "10115 Berlin", "CEP 05422-000". */
const POSTAL_CODE = /(?<![\p{L}\d])(?:(?:cep|plz)\s?)?(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?![\p{L}\d])/giu;

/** The words of `text` that name `place`, as written; the gazetteer's name when they cannot be found. */
function writtenName(text: string, place: Place): string {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = text.split(/[\s,()/]+/).filter(Boolean); // "São Paulo/SP": the city without its state
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const span = words.slice(i, i + n).join(' ');
      if (fold(span) === fold(place.name)) return span;
    }
  }
  // "Bangalore, India" for Bengaluru: the first words of the item, as written, when they name the city; a district
  // before a city-state named in another language ("Tanjong Pagar, Singapour") does not, and the city's name is kept.
  const first = text.split(/[,(]/)[0]!.replace(/^\s*[\p{L} ]{2,20}:/u, '').replace(POSTAL_CODE, ' ').replace(/\s+/gu, ' ').trim();
  return first && readPlaces(first).cities.length > 0 ? first : place.name;
}

/** A pattern of whole words; `\w` in it stands for any letter, so conjugations and plurals with accents count ("mudaría", "déménagerais"). */
const W = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives.replaceAll('\\w', '\\p{L}')})(?![\\p{L}])`, 'iu');
const REMOTE = W('remote|remot[oa]s?|télétravail|teletrabajo|teletrabalho|à distance|a distancia|homeoffice|fully distributed');
const HYBRID = W('hybrid|h[íi]brid[oa]s?|hybrides?|regime h[íi]brido|mode hybride');
const ONSITE = W('on-?site|in-office|in person|presencial|sur site|en présentiel|vor ort');
// "without" in each language too: "sans management d'équipe", "ohne Personalverantwortung", "sin", "sem".
const NEGATION = W('no|not|never|nada de|without|sans|ohne|nor|non|pas de|pas|ni|sin|sem|não|nem|kein\\w*|nicht|aucun\\w*|only \\w+ (?:roles|positions)');
const RELOCATE = W('relocat\\w*|move to|moving to|abroad|no exterior|en el exterior|en el extranjero|à l\'étranger|ins ausland|im ausland|mudar\\w*|me mudo|mudan[çc]a|reubicar\\w*|trasladar\\w*|d[ée]m[ée]nag\\w*|relocalis\\w*|mobilit[ée] (?:\\w+ )?(?:en|au|aux|à|vers|internationale)|umzieh\\w*|umzug');
const NO_RELOCATION = W('not (?:open to|willing to) relocat\\w*|no relocation|won\'t relocate|will not relocate|do not relocate|sin reubicaci[oó]n|não me mudo|sem mudan[çc]a|pas de d[ée]m[ée]nagement|kein umzug');
const MANAGEMENT_OUT = W('no (?:people |team )?(?:management|mgmt)|ic only|not (?:a )?(?:people )?manag\\w*|individual contributor|ic roles?|pas de gestion d\'[ée]quipe|contributeur individuel|sin gesti[oó]n de personas|sin personas a cargo|nem de gest[ãa]o de pessoas|sem gest[ãa]o de pessoas|keine personalverantwortung|keine f[üu]hrung');
/** Management named in a sentence that rules it out ("not interested in people management", "não tenho interesse em gestão de pessoas"). */
const MANAGEMENT = W('people management|management|leadership roles?|lideran[çc]a de (?:pessoas|equipes?|times?)|cargos? de lideran[çc]a|liderazgo de (?:personas|equipos)|cargos? de liderazgo|lead(?:ing)? (?:a )?teams?|lider\\w* (?:equipos?|equipes?|times?|personas|pessoas)|dirig\\w* (?:une )?[ée]quipes?|encadr\\w*|manag\\w+ roles?|gest[ãa]o de pessoas|gest[ãa]o de equip(?:e|a)s?|gesti[oó]n de (?:personas|equipos)|gestion d\'[ée]quipe|cargos? de gest[ãa]o|cargos? de gesti[oó]n|postes? de gestion|encadrement|personalverantwortung|f[üu]hrung\\w*');
const NOT_INTERESTED = /not interested|no interest|não tenho interesse|sin inter[ée]s|no me interesa|pas int[ée]ress|kein interesse/iu;
const SALES = W('sales|pre-?sales|ventas|vendas|vente|vertrieb|commercial');
/**
 * Kinds of work as CVs name them, the most specific first: a span one kind took is not read again ("contratos
 * temporários" is temporary work, not any contract; "relación de dependencia" is employment).
 */
const JOB_WORDS: [string, RegExp][] = [
  ['internship', W('internship|est[áa]gio|pr[áa]cticas|stage|praktikum')],
  ['part-time', W('part[- ]time|temps partiel|meio per[ií]odo|medio tiempo|teilzeit')],
  ['temporary', W('temporary|fixed[- ]term|contratos? temporal\\w*|contratos? tempor[áa]ri[oa]s?|tempor[áa]ri[oa]s?|temporales|prazo determinado|tempo determinado|termo certo|contrato a termo|dur[ée]e d[ée]termin[ée]e|int[ée]rim\\w*|por obra|cdd|contrats? temporaires?|temporaires?|befristet\\w*')],
  ['freelance', W('freelance\\w*|freelas?|pige|aut[óo]nom[oa]s?|ind[ée]pendant\\w*|freiberuf\\w*')],
  ['full-time', W('contrato sem termo|sem termo|tempo indeterminado|dur[ée]e ind[ée]termin[ée]e|permanent|full[- ]time|employee|clt|efetiv[oa]|indefinid[oa]|relaci[oó]n de dependencia|empleado|cdi|poste permanent|perm|n[óo]mina|salari[ée]|temps plein|tempo integral|tiempo completo|festanstellung|unbefristet\\w*|vollzeit')],
  // "mission d'au moins 6 mois", "Projekte von mindestens 6 Monaten": the engagements a freelancer or contractor takes.
  // Not "contratam", "contratação" (Portuguese and Spanish "hire", "hiring": "empresas de fora que contratam no Brasil").
  ['contract', W(`contract\\w*|contrat(?!a)\\w*|contrato(?! indefinido)|pj|pessoa jur[ií]dica|b2b(?![\\s-]+${B2B_MARKET})|factur\\w*|honorarios|prestaci[oó]n de servicios|missions? (?:freelance|longues?|de \\d|d[\'’]au moins)|projekte?n? (?:von|ab)|projektbasis|projektarbeit`)],
];
/** An amount of pay, its currency before or after it: "R$ 25k", "USD 6,000", "6.000 €", "25 mil BRL". */
const AMOUNT = String.raw`(?:(?:R\$|US\$|[$€£]|(?<!\p{L})[A-Z]{3})\s?\d|\d[\d.,]{0,9}\s?(?:k|K|mil)?\s?(?:€|(?<!\p{L})[A-Z]{3}(?!\p{L})))`;
/**
 * Pay stated as alternatives ("R$ 25k/month or USD 6k/month as a contractor", "R$ 25.000/mês ou USD 6.000/mês como
 * PJ"): a kind of work named there is what one amount is for, as a kind in parentheses is, not the only kind they take.
 */
const PAY_ALTERNATIVES = new RegExp(String.raw`${AMOUNT}[\d.,]{0,9}[^.;]{0,40}?(?<!\p{L})(?:or|ou|o|oder)\s[^.;\d]{0,20}?${AMOUNT}`, 'u');

/** A line that a PDF or an editor wrapped, not a statement's end: it ends in a comma or a word no statement ends with, or the next starts in lower case. */
const OPEN_END = /(?:,|(?<!\p{L})(?:the|a|an|or|and|to|of|in|for|with|de|del|la|el|los|las|le|les|du|des|au|aux|un|une|do|da|dos|das|os|e|y|o|ou|et|und|oder|der|die|dem|den|em|en|à|com|con|avec|mit|para|pour|für))\s*$/iu;

/** A line wrapped between a pay word or currency and its amount ("… From USD⏎4,000 a month", "ab EUR⏎62.000"). */
const PAY_OPEN_END = new RegExp(String.raw`(?:(?<!\p{L})(?:${Object.keys(PER_USD).join('|')}|R\$|US\$|KSh)|[$€£₹₦]|(?<!\p{L})(?:[Ff]rom|[Mm]in(?:imum)?|[Aa]b|[Dd]esde|[Mm]indestens))\s*$`, 'u');

/** The section's statements: lines joined where a statement runs on to the next line; each keeps its first line's number. */
function statementsOf(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const runsOn = prev && !/^\s*[-*•·]/.test(l.text) && !/[.!?;:]\s*$/.test(prev.text) && (OPEN_END.test(prev.text) || PAY_OPEN_END.test(prev.text) || /^\s*\p{Ll}/u.test(l.text));
    if (runsOn) prev.text = `${prev.text.trimEnd()} ${l.text.trim()}`;
    else out.push({ ...l });
  }
  return out;
}

const PREFERRED_PLACES = /^\s*(?:preferred locations?|location preferences?)\s*:/iu;

const RELOCATION_HELP = /relocation (?:support|package|assistance|help)|(?:pacote|aux[íi]lio|apoio|ajuda) (?:de|com|para|ao?) (?:o )?relocation|help\p{L}* (?:me )?with (?:the )?(?:relocation|move|moving)|pacote de (?:reloca[çc][ãa]o|mudan[çc]a)|(?:apoio|ajuda|aux[íi]lio)(?: de| com a| na| à| a)? (?:mudan[çc]a|reloca[çc][ãa]o)|paquete de (?:reubicaci[oó]n|relocalizaci[oó]n)|apoyo (?:de|con|en) (?:la )?(?:reubicaci|mudanza)|aide (?:à|au) (?:la )?(?:d[ée]m[ée]nagement|relocalisation)|umzugshilfe|umzugsunterst[üu]tzung|relocation-paket/iu;

function preferencesFrom(lines: Line[], sources: Record<string, string>): { prefs: DerivedProfile['preferences']; relocation: { willing?: boolean; relocation?: DerivedProfile['logistics']['relocation'] } } {
  const prefs: DerivedProfile['preferences'] = { exclusions: { industries: [], technologies: [], roleTypes: [], titles: [] } };
  const relocation: { willing?: boolean; relocation?: DerivedProfile['logistics']['relocation'] } = {};
  const looking = statementsOf(lines.filter((l) => l.section === 'looking' && l.text.trim()));
  if (!looking.length) return { prefs, relocation };
  const source = (field: string, l: Line) => (sources[field] ??= `line ${l.n}: ${l.text.trim().replace(/^[-*•]\s*/, '').slice(0, 140)}`);
  const workplaces = new Set<'remote' | 'hybrid' | 'onsite'>();
  const accepted = new Set<string>();
  // Kinds named only in parentheses qualify one alternative ("… or for foreign companies (PJ or contractor)"), not the whole wish.
  let unqualified = false;
  const refused = new Set<string>();
  const excluded = (list: string[], item: string, l: Line, field: string) => {
    if (!list.includes(item)) list.push(item);
    source(field, l);
  };
  for (const l of looking) {
    // "Preferred Location: Bengaluru / Hyderabad / Remote" (Indian résumés): cities they would work in, so would move to, and remote.
    const preferred = PREFERRED_PLACES.exec(l.text);
    if (preferred) {
      const named = l.text.slice(preferred[0].length);
      const cities = readPlaces(named, { capitalised: true }).cities.map((p) => placeInSentence(named, p));
      if (REMOTE.test(named)) workplaces.add('remote');
      if (cities.length) {
        workplaces.add('hybrid').add('onsite');
        relocation.willing ??= true;
        const before = relocation.relocation ?? { countries: [], requires: [] };
        relocation.relocation = { ...before, cities: [...new Set([...(before.cities ?? []), ...cities])] };
        source('logistics.relocation', l);
      }
      if (workplaces.size) source('preferences.workEnvironments', l);
      continue;
    }
    // Sentences of the section: each statement judged on its own ("… no sales roles. Permanent only.").
    for (let sentence of l.text.split(/(?<=[.!?;])\s+/)) {
      const moving = RELOCATE.exec(sentence);
      if (NO_RELOCATION.test(sentence) || (moving && NEGATION.test(sentence.slice(0, moving.index)))) {
        // "Não pretendo me mudar de cidade", "I will not relocate".
        relocation.willing = false;
        source('logistics.willingToRelocate', l);
        continue;
      } else if (moving) {
        const where = readPlaces(sentence, { capitalised: true });
        const requires: ('sponsorship' | 'relocation support')[] = [];
        if (/sponsor|visa|visto|patroc|parrain|visum|employment pass|work permit|permis de travail|permiso de trabajo/iu.test(sentence)) requires.push('sponsorship');
        // "with relocation support", "helps with relocation", "pacote de relocação", "apoio à mudança", "paquete de reubicación".
        if (RELOCATION_HELP.test(sentence)) requires.push('relocation support');
        relocation.willing = true;
        // Several statements of moves add up ("Open to relocating to Bengaluru or Hyderabad. Abroad: Germany only
        // with visa sponsorship"); the cities of a move with no condition are kept as places within reach.
        const before = relocation.relocation ?? { countries: [], requires: [] };
        // A move on a condition to cities alone ("mudança para Lisboa ou Berlim apenas com patrocínio de visto") is a
        // move to those cities, in their countries, on that condition: not a move anywhere, nor anywhere in Germany.
        const toCitiesOnly = requires.length > 0 && !where.countries.length && where.cities.length > 0;
        const cities = [...new Set([...(before.cities ?? []), ...(requires.length && !toCitiesOnly ? [] : where.cities.map((p) => placeInSentence(sentence, p)))])];
        const movesTo = toCitiesOnly ? where.cities.map((p) => p.country) : where.countries;
        relocation.relocation = {
          countries: [...new Set([...before.countries, ...movesTo])],
          requires: [...new Set([...before.requires, ...requires])],
          ...(cities.length ? { cities } : {}),
        };
        source('logistics.relocation', l);
        // The places of a move are not where they work now; what the sentence says before the move still counts
        // ("Fully remote (EMEA time zones or worldwide), or relocation to Germany …").
        sentence = sentence.slice(0, moving.index);
        if (!sentence.trim()) continue;
      }
      if (REMOTE.test(sentence)) workplaces.add('remote');
      if (HYBRID.test(sentence)) workplaces.add('hybrid');
      if (ONSITE.test(sentence) && !NEGATION.test(sentence.slice(0, sentence.search(ONSITE)))) workplaces.add('onsite');
      if (workplaces.size) source('preferences.workEnvironments', l);
      const management = MANAGEMENT.exec(sentence);
      if (MANAGEMENT_OUT.test(sentence) || (management && (NEGATION.test(sentence.slice(0, management.index)) || NOT_INTERESTED.test(sentence)))) {
        excluded(prefs.exclusions.roleTypes, 'management', l, 'preferences.exclusions.roleTypes');
      }
      const sales = SALES.exec(sentence);
      if (sales && (NEGATION.test(sentence.slice(0, sales.index)) || NOT_INTERESTED.test(sentence))) excluded(prefs.exclusions.roleTypes, 'sales', l, 'preferences.exclusions.roleTypes');
      // Portuguese "no Brasil", "na Alemanha" (in the) negate nothing: "remotas no Brasil ou para empresas … (PJ ou contractor)".
      const unnegated = withoutPlaceContractions(sentence);
      let rest = sentence;
      for (const [type, re] of JOB_WORDS) {
        const m = re.exec(rest);
        if (!m) continue;
        // "pas de contrats temporaires ni de pige", "não busco estágio", "no temporary contracts": ruled out.
        // A negation over a list counts for each of its items: "not looking for contract or freelance work".
        const negated = NEGATION.test(withoutPlaceContractions(rest.slice(Math.max(0, m.index - 25), m.index))) || mentionOf(unnegated, m[0]) === 'negated';
        (negated ? refused : accepted).add(type);
        const inParentheses = (rest.slice(0, m.index).match(/\(/g)?.length ?? 0) > (rest.slice(0, m.index).match(/\)/g)?.length ?? 0);
        if (!negated && !inParentheses && !PAY_ALTERNATIVES.test(sentence)) unqualified = true;
        rest = `${rest.slice(0, m.index)}${' '.repeat(m[0].length)}${rest.slice(m.index + m[0].length)}`;
        source('preferences.jobTypes', l);
      }
      // "six months or more", "6+ months", "at least 6 months", "d'au moins 6 mois", "mindestens 6 Monaten", "no mínimo 6 meses".
      const months = /(\d{1,2}|six|three|twelve|seis|três|tres|doze|douze|sechs)\s+(?:months|meses|mois|monate)\s+(?:or (?:more|longer)|o más|ou mais|ou plus|oder (?:mehr|länger))/iu.exec(sentence)
        ?? /(\d{1,2})\s?\+\s?(?:months|meses|mois|monate)/iu.exec(sentence)
        ?? /(?:at least|minimum(?: of)?|(?:d')?au moins|mindestens|(?:no )?m[íi]nimo(?: de)?|al menos|pelo menos)\s+(\d{1,2}|six|three|twelve|seis|três|tres|doze|douze|sechs)\s+(?:months|meses|mois|monaten?)/iu.exec(sentence);
      if (months) {
        prefs.minContractMonths = Number(months[1]) || { six: 6, three: 3, twelve: 12, seis: 6, três: 3, tres: 3, doze: 12, douze: 12, sechs: 6 }[months[1]!.toLowerCase()] || undefined;
        accepted.add('contract');
        source('preferences.minContractMonths', l);
      }
      for (const tech of TECHNOLOGIES.map((t) => t[0]!)) {
        if (hasTerm(sentence, tech) && mentionOf(sentence, tech) === 'negated') excluded(prefs.exclusions.technologies, tech, l, 'preferences.exclusions.technologies');
      }
      // "No me interesan empresas de apuestas online ni de cripto", "I do not want to work on crypto": industries ruled out.
      for (const industry of INDUSTRIES) {
        const named = INDUSTRY_SYNONYMS[industry]!.find((w) => hasTerm(sentence, w));
        if (named && (mentionOf(sentence, named) === 'negated' || NOT_INTERESTED.test(sentence))) excluded(prefs.exclusions.industries, industry, l, 'preferences.exclusions.industries');
      }
      for (const r of readPlaces(sentence, { capitalised: true }).regions) (prefs.remoteRegions ??= []).push(r);
    }
  }
  if (workplaces.size) prefs.workEnvironments = [...workplaces];
  const types: string[] = [...accepted].filter((t) => !refused.has(t));
  // Only parenthesised kinds of contract, for one of the places they would work: the rest of the wish takes employment too.
  const contractsOnly = types.length > 0 && !types.some((t) => t !== 'contract' && t !== 'freelance');
  if (contractsOnly && !unqualified && !prefs.minContractMonths && !refused.has('full-time')) types.push('full-time');
  if (types.length) prefs.jobTypes = types;
  // "No temporary contracts" alone rules out work with an end, not an open-ended contractor's role; other refusals
  // ("not contract or freelance work") leave permanent full-time work.
  else if (refused.size) prefs.jobTypes = [...refused].every((t) => t === 'temporary') ? ['full-time', 'contract'] : ['full-time'];
  // What they take, less what they rule out that it would imply: "CLT ou PJ; no temporary contracts, no freelancing".
  const ruledOut = [...refused].filter((t) => !types.includes(t));
  if (ruledOut.length && (prefs.jobTypes ?? []).length) prefs.exclusions.jobTypes = ruledOut;
  // A "looking for" section that says where they want to work, and nothing of moving: they stay.
  if (relocation.willing === undefined && workplaces.size) relocation.willing = false;
  return { prefs, relocation };
}

/** Portuguese "no", "na", "nos", "nas" (em + the article) before a place the gazetteer knows, written "em": they are no negation. */
function withoutPlaceContractions(sentence: string): string {
  return sentence.replace(/(?<!\p{L})n[oa]s?(?=\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?))/gu, (word, _place, at: number) => {
    const next = sentence.slice(at + word.length).trim().split(/[\s,.;()]+/).slice(0, 2).join(' ');
    const read = readPlaces(next, { capitalised: true });
    return read.countries.length || read.cities.length ? 'em' : word;
  });
}

/** A place a sentence names, as written ("Hyderabad", "Bangalore"), not as the gazetteer spells it; its name when not found. */
function placeInSentence(sentence: string, place: Place): string {
  for (const run of sentence.match(/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/gu) ?? []) {
    if (placeNamed(run, place.country) === place) return run;
  }
  return place.name;
}

/** Levels a "looking for" section names: "mid or senior level", "nível pleno ou sênior", "semi-senior o senior". */
const LEVELS_WANTED: [RegExp, DerivedSeniority][] = [
  [/(?<!\p{L})(j[úu]nior|jr)(?!\p{L})/iu, 'junior'],
  [/(?<!\p{L})(mid(?:[- ]level)?|mid-senior|semi[- ]?senior|ssr|pleno|plena|medior|confirm[ée]e?)(?!\p{L})/iu, 'mid'],
];
const RANK: DerivedSeniority[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal'];

/**
 * The line where the "looking for" section names a level below the one their title gives ("Full-time roles, mid or
 * senior level" from a Senior Data Engineer): they consider a step down, so a mid-level role is not held against
 * them. Null when it names none, or only to rule it out ("no junior roles").
 */
function lowerLevelWanted(lines: Line[], seniority: DerivedSeniority): string | null {
  const own = RANK.indexOf(seniority === 'lead' ? 'senior' : seniority);
  for (const l of lines.filter((x) => x.section === 'looking')) {
    for (const [re, level] of LEVELS_WANTED) {
      const m = re.exec(l.text);
      if (m && RANK.indexOf(level) < own && !NEGATION.test(l.text.slice(Math.max(0, m.index - 20), m.index))) return `line ${l.n}: ${l.text.trim().replace(/^[-*•]\s*/, '').slice(0, 140)}`;
    }
  }
  return null;
}

/** The label of the pay asked for, at a line's start or after another statement on it ("Notice period: 30 days. Expected CTC: 28 LPA"). */
const EXPECTED_PAY = /(?:^|[.|;]\s)[\s*-]*(?:expected ctc|pretensi[oó]n(?: salarial)?|pretens[ãa]o(?: salarial)?|expectativa salarial|aspiraci[oó]n salarial|salario (?:deseado|esperado)|sueldo (?:deseado|esperado|pretendido)|remunera[çc][ãa]o pretendida|pr[ée]tentions?(?: salariales?)?|expected salary|salary expectations?|desired salary|expectativa|attentes? salariales?|salaire (?:souhait[ée]|vis[ée]|attendu)|r[ée]mun[ée]ration (?:souhait[ée]e|vis[ée]e|attendue)|sal[áa]rio pretendido|wunschgehalt|gehaltsvorstellung(?:en)?|gehaltswunsch)\s*:?/iu;

/** A wish's pay under a plain label: "- **Compensation:** R$ 25k/month", "Salary: …", "Remuneração: …", "Gehalt: …". */
const PAY_LABEL = /^[\s*•-]*(?:compensation|salary|pay|remunera[çc][ãa]o|remuneraci[oó]n|r[ée]mun[ée]ration|sal[áa]rio|salaire|sueldo|gehalt|verg[üu]tung)\s{0,3}\*{0,2}\s{0,3}:/iu;

/** Where pay a wish states starts, without a label: "Perm: min SGD 10k/month", "desde 75,000 MXN", "à partir de 95 000 $". */
const FLOOR_WORD = /(?<!\p{L})(?:min(?:imum)?\.?|from|at least|no less than|desde|a partir de|à partir de|au moins|ab|mindestens|m[íi]nimo(?: de)?)\s+(?=\S{0,4}\s?\d)/iu;

/** A statement about contract or freelance work's own rate: "Contract: min SGD 700/day", "Freelance: TJM 600 €", "day rate from €550". */
const CONTRACT_RATE = /(?<!\p{L})(contract\p{L}*|freelanc\p{L}*|b2b|pj|tjm|day rate|daily rate|hourly rate|tarif journalier|taux journalier|tagessatz|stundensatz|contrat(?!a)\p{L}*|factura\p{L}*|honorarios)(?!\p{L})/iu;

type Rate = { amount: number; currency: string; period: 'year' | 'month' | 'day' | 'hour' };

/**
 * The pay a CV asks for, read as a floor: the least of what it states, in its currency and period. Labelled
 * ("Salary expectation: …", its amount on the line or the next), else a "looking for" statement of where pay
 * starts ("Perm: min SGD 10k/month"; the first stated counts). A statement about contracts' own rate ("Contract:
 * min SGD 700/day") is the floor for contract and freelance postings (`contract`), or the floor when it is the
 * only one.
 */
function expectedPayFrom(lines: Line[], country: string | undefined, sources: Record<string, string>): DerivedProfile['salaryFloor'] {
  const rate = (text: string, labelled = false): Rate | undefined => {
    const pay = salaryOf(text, country ?? null, labelled);
    return pay ? { amount: pay.min, currency: pay.currency, period: pay.period } : undefined;
  };
  const line = (l: Line) => `line ${l.n}: ${l.text.trim().slice(0, 120)}`;
  let floor: Rate | undefined;
  for (const [i, l] of lines.entries()) {
    const label = EXPECTED_PAY.exec(l.text);
    if (!label) continue;
    const rest = l.text.slice(label.index + label[0].length);
    // "Expectativa:" at a wrapped line's end, the amount on the next line.
    floor = rate(/\d/.test(rest) ? rest : `${rest} ${lines[i + 1]?.text ?? ''}`, true);
    if (floor) {
      sources.salaryFloor = line(l);
      break;
    }
  }
  let contract: Rate | undefined;
  for (const l of statementsOf(lines.filter((x) => x.section === 'looking'))) {
    for (const sentence of l.text.split(/(?<=[.!?;])\s+/)) {
      const label = PAY_LABEL.exec(sentence);
      const floorWord = FLOOR_WORD.exec(sentence) ?? label;
      const contractWord = CONTRACT_RATE.exec(sentence);
      const forContracts = contractWord !== null && (!floorWord || contractWord.index < floorWord.index);
      const at = forContracts ? contractWord.index + contractWord[0].length : floorWord?.index;
      const found = at === undefined ? undefined : rate(sentence.slice(at), !forContracts && label !== null);
      if (!found) continue;
      if (forContracts && !contract) [contract, sources['salaryFloor.contract']] = [found, line(l)];
      else if (!forContracts && !floor) [floor, sources.salaryFloor] = [found, line(l)];
    }
  }
  if (!floor && contract) [floor, contract, sources.salaryFloor] = [contract, undefined, sources['salaryFloor.contract']!];
  if (!contract) delete sources['salaryFloor.contract'];
  return floor && { ...floor, ...(contract ? { contract } : {}) };
}

/** The words a CV marks a skill with when it only knows the basics ("Grundkenntnisse", "basic", "básico", "notions"). */
const BASICS = String.raw`(?:grundkenntnisse|basiskenntnisse|basiswissen|grundlagen|basics?|beginner|elementary|b[áa]sic[oa]s?|no[çc][õo]es|nociones|notions)`;
const BASICS_CELL = new RegExp(String.raw`\|\s{0,5}${BASICS}\s{0,5}(?:\||$)`, 'iu');
const BASICS_ITEM = new RegExp(String.raw`[^,;/·\n|()]{1,40}(?:\(\s{0,3}${BASICS}\s{0,3}\)|\s[-–:]\s{0,3}${BASICS}(?=\s{0,3}(?:[,;/·\n]|$)))`, 'giu');

/**
 * A CV without the skills it marks as basics: a table row whose level cell says so ("Nativ | Kotlin, Swift |
 * Grundkenntnisse") and an item with it ("Swift (basic)", "Kotlin – Grundkenntnisse"). A recruiter does not offer a
 * candidate for a role built on what they only know the basics of.
 */
export function withoutBasics(text: string): string {
  return text.split('\n').map((line) => (line.includes('|') && BASICS_CELL.test(line) ? '' : line.replace(BASICS_ITEM, ' '))).join('\n');
}

/** A CV runs to a few pages (10,000–20,000 characters); past 50,000 the rules read no further (bounded work, like a posting's). */
export const CV_RULE_CHARS = 50_000;

/** The HTML tags a Markdown CV carries when it is a GitHub profile README or an editor's export. */
const HTML_TAG = /<\/?(?:h[1-6]|p|br|hr|b|i|u|em|strong|small|sub|sup|a|img|div|span|center|section|header|footer|ul|ol|li|table|thead|tbody|tr|td|th|code|details|summary)(?:\s[^<>]{0,500})?\/?>/giu;

/**
 * A CV with HTML inside its Markdown read as its text: `<h2>` opens a heading as "## " does, an image gives its alt
 * text (a badge names a skill), every other tag goes, entities become their characters. Line by line, so that each
 * derived field still cites the CV's own line number.
 */
function withoutHtml(text: string): string {
  if (!/<\/?[a-z][^<>]{0,500}>/iu.test(text)) return text;
  return text.split('\n').map((line) => line
    .replace(/^(\s*)<h([1-6])\b[^<>]{0,500}>/iu, (_, space: string, level: string) => `${space}${'#'.repeat(Number(level))} `)
    .replace(/<img\s[^<>]{0,500}?\balt="([^"<>]{0,100})"[^<>]{0,500}>/giu, ' $1 ')
    .replace(HTML_TAG, (tag) => (/^<br/iu.test(tag) ? ' ' : ''))
    .replace(/&[#\w]{2,10};/gu, (entity) => decodeHTMLStrict(entity))).join('\n');
}

/** The keys of a YAML-like front block that name the person and their headline: "name: …", "title: …". */
const FRONT_KEY = /^(?:name|full[ _]?name|title|headline|role|position|nome|nombre|nom|cargo|titre|titel)\s{0,3}:\s?/iu;

/**
 * A Markdown CV that opens with a YAML-like front block ("---", "name: …", "title: …", "location: …", "---"): its
 * name and title lines are read as the header's name and headline, without their keys ("title: Senior iOS
 * Engineer" is no title of its own); the other keys stay, as labelled lines ("location:", "email:"). Line by line.
 */
function withoutFrontKeys(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return text;
  const end = lines.findIndex((l, i) => i > 0 && i <= 30 && l.trim() === '---');
  if (end < 0) return text;
  return lines.map((l, i) => (i > 0 && i < end ? l.replace(FRONT_KEY, '') : l)).join('\n');
}

export function deriveProfileFromCv(cvText: string, nowMs: number): DerivedProfile {
  const text = withoutFrontKeys(withoutHtml(clipAtWord(cvText, CV_RULE_CHARS).replace(/\r/g, '')));
  const lines = sectioned(text);
  const sources: Record<string, string> = {};
  const of = (...sections: Section[]) => lines.filter((l) => sections.includes(l.section)).map((l) => l.text).join('\n');
  const sectionsFound = new Set(lines.map((l) => l.section));
  // What they did: the experience section when there is one (education dates are not experience), else the whole CV.
  const experience = sectionsFound.has('experience') ? of('experience') : text;
  const aboutThem = withoutBasics(of('header', 'summary', 'experience', 'skills', 'other'));
  const { prefs, relocation } = preferencesFrom(lines, sources);
  // A technology they rule out ("Nada de PHP") is not a skill they offer, whatever an old job used.
  const skills = TECHNOLOGIES.filter((spellings) => spellings.some((s) => {
    const text = withoutLongerNames(aboutThem, s); // "React Native" is no React
    return hasTerm(text, s) && mentionOf(text, s) !== 'negated';
  }))
    .map((s) => s[0]!).filter((t) => !prefs.exclusions.technologies.includes(t));
  // Titles: the headline under the name, then the roles of the experience section (never the "looking for" lines).
  // An older role of another kind ("Analytics Engineer" before years of data engineering) is where they came
  // from, not what they look for: only the current role's family is kept.
  // The header's first four lines, blank ones not counted ("NAME / city · phone / citizenship / HEADLINE"), and a
  // LinkedIn export's name, headline and city, which come after its side column.
  const opening = lines.filter((l) => l.section === 'header' && l.text.trim()).slice(0, 4);
  const headline = lines.filter((l) => l.section === 'header' && (l.n <= 4 || l.top || opening.includes(l))).map((l) => l.text).join('\n');
  const held = titlesFrom(`${headline}\n${experience}`);
  const current = held.map(familyOfTitle).find((f) => f !== null);
  const titles = held.filter((t) => familyOfTitle(t) === null || familyOfTitle(t) === current);
  const firstRole = titlesFrom(experience)[0] ?? titles[0];
  const stated = yearsAsked(of('header', 'summary'));
  const years = stated?.min ?? yearsOfExperience(experience, new Date(nowMs).getUTCFullYear());
  if (stated) sources.yearsOfExperience = 'stated in the summary';
  // The level they present themselves at: the headline's when it names one ("Senior Software Engineer — Mobile" above a
  // current "Staff Engineer, Mobile Platform" is a senior looking for senior roles), else the current role's.
  const levelOf = (title: string | undefined) => (title ? LEVEL_WORDS.find(([re]) => re.test(title))?.[1] : undefined);
  const headlineTitle = titlesFrom(headline).find((t) => levelOf(t) !== undefined);
  const levelTitle = headlineTitle ?? firstRole;
  const fromTitle = levelOf(levelTitle);
  const seniority = fromTitle ?? (years === null ? undefined : years >= 8 ? 'senior' : years >= 3 ? 'mid' : 'junior');
  if (levelTitle) sources.seniority = `title: ${levelTitle}`;
  const lower = seniority ? lowerLevelWanted(lines, seniority) : null;
  if (lower) {
    prefs.considerLowerLevels = true;
    sources['preferences.considerLowerLevels'] = lower;
  }
  const residence = residenceFrom(lines, sources);
  const workAuthorization = authorizationFrom(lines, sources);
  const salaryFloor = expectedPayFrom(lines, residence?.countryCode, sources);
  const listed = languagesFrom(sectionsFound.has('languages') ? of('languages') : text);
  const langs = listed.length ? listed : languagesFrom(text);
  const citizenOf = workAuthorization.find((a) => a.status === 'citizen')?.regionCode;
  const takenForGranted = nativeLanguageTakenForGranted(langs, citizenOf, residence?.countryCode);
  if (takenForGranted) {
    langs.push({ language: takenForGranted, level: 'native' });
    sources.languages = `${takenForGranted}, native: the CV lists no native language, and ${citizenOf ? 'its nationality' : 'the country it lives in'} speaks ${takenForGranted}`;
  }
  return {
    derivedFrom: 'cv',
    titles,
    skills,
    ...(seniority ? { seniority } : {}),
    ...(years !== null ? { yearsOfExperience: years } : {}),
    languages: langs,
    logistics: {
      ...(residence ? { currentResidence: residence } : {}),
      ...(relocation.willing !== undefined ? { willingToRelocate: relocation.willing } : {}),
      ...(relocation.relocation ? { relocation: relocation.relocation } : {}),
      workAuthorization,
    },
    preferences: prefs,
    ...(salaryFloor ? { salaryFloor } : {}),
    sources,
  };
}

/** A country code for a name written in a CV (re-exported for the profile's users). */
export const countryOf = (name: string) => countryCode(name);
