// A candidate profile derived from a CV's text, for a user who gave only a CV: skills from a technology
// vocabulary, recent job titles and seniority from the experience, years of experience from date ranges,
// languages with levels, and the city and country of residence. Pure; `users show` lets the user correct it.

import { readLanguageLevel, type LanguageLevel } from '../analyze/profile.js';
import { CITIES, COUNTRIES } from '../analyze/places.js';
import { termRe } from '../analyze/mentions.js';

/** Technologies as people write them; the first spelling is the one kept. */
const TECHNOLOGIES: string[][] = [
  ['TypeScript'], ['JavaScript'], ['Node.js', 'NodeJS', 'Node'], ['Deno'], ['React', 'React.js', 'ReactJS'], ['Next.js'], ['Vue', 'Vue.js'],
  ['Angular'], ['Svelte'], ['HTML'], ['CSS'], ['Tailwind'], ['Python'], ['Django'], ['Flask'], ['FastAPI'], ['pandas'], ['NumPy'],
  ['scikit-learn'], ['PyTorch'], ['TensorFlow'], ['Java'], ['Spring', 'Spring Boot'], ['Kotlin'], ['Scala'], ['Go', 'Golang'], ['Rust'],
  ['C#', '.NET', 'dotnet'], ['C++'], ['Ruby'], ['Rails', 'Ruby on Rails'], ['PHP'], ['Laravel'], ['Symfony'], ['Elixir'], ['Erlang'],
  ['Haskell'], ['Swift'], ['Objective-C'], ['Flutter'], ['Dart'], ['React Native'], ['SQL'], ['PostgreSQL', 'Postgres'], ['MySQL'],
  ['SQLite'], ['MongoDB'], ['Redis'], ['Elasticsearch'], ['Cassandra'], ['DynamoDB'], ['BigQuery'], ['Snowflake'], ['Redshift'],
  ['dbt'], ['Airflow'], ['Spark', 'PySpark'], ['Kafka'], ['RabbitMQ'], ['Flink'], ['Hadoop'], ['Tableau'], ['Power BI', 'PowerBI'],
  ['Looker'], ['Excel'], ['R'], ['Stata'], ['SAS'], ['GraphQL'], ['REST'], ['gRPC'], ['Docker'], ['Kubernetes', 'K8s'], ['Helm'],
  ['Terraform'], ['Ansible'], ['AWS', 'Amazon Web Services'], ['GCP', 'Google Cloud'], ['Azure'], ['Linux'], ['Bash'], ['Git'],
  ['CI/CD'], ['GitHub Actions'], ['Jenkins'], ['Prometheus'], ['Grafana'], ['Datadog'], ['OpenTelemetry'], ['Nginx'], ['Microservices'],
  ['Machine Learning', 'ML'], ['LLM', 'LLMs'], ['Figma'], ['Jira'], ['Salesforce'], ['SAP'], ['Playwright'], ['Cypress'], ['Jest'],
];

const LANGUAGES: Record<string, string> = {
  english: 'English', inglés: 'English', englisch: 'English', engels: 'English', anglais: 'English',
  german: 'German', deutsch: 'German', alemán: 'German', duits: 'German', allemand: 'German',
  dutch: 'Dutch', nederlands: 'Dutch', neerlandés: 'Dutch', niederländisch: 'Dutch',
  french: 'French', français: 'French', francés: 'French', französisch: 'French', frans: 'French',
  spanish: 'Spanish', español: 'Spanish', castellano: 'Spanish', spanisch: 'Spanish', spaans: 'Spanish', espagnol: 'Spanish',
  italian: 'Italian', italiano: 'Italian', portuguese: 'Portuguese', português: 'Portuguese', portugués: 'Portuguese',
  catalan: 'Catalan', català: 'Catalan', catalán: 'Catalan', polish: 'Polish', swedish: 'Swedish', danish: 'Danish',
  norwegian: 'Norwegian', finnish: 'Finnish', chinese: 'Chinese', mandarin: 'Chinese', japanese: 'Japanese', korean: 'Korean',
  russian: 'Russian', ukrainian: 'Ukrainian', turkish: 'Turkish', arabic: 'Arabic', hindi: 'Hindi', greek: 'Greek', romanian: 'Romanian',
};

const ROLE_NOUN = /\b(engineer|developer|programmer|analyst|scientist|architect|administrator|designer|consultant|manager|specialist|researcher|lead|director|head of|sre|devops|ingeniero|ingeniera|desarrollador|desarrolladora|analista|entwickler|ingenieur|développeur|ontwikkelaar)\b/i;
const LEVEL_WORDS: [RegExp, DerivedSeniority][] = [
  [/\b(intern|internship|trainee|werkstudent|becari[oa]|prácticas|stagiaire|stage)\b/i, 'intern'], [/\b(junior|jr\.?|graduate)\b/i, 'junior'],
  [/\b(principal)\b/i, 'principal'], [/\bstaff\b/i, 'staff'], [/\b(head of|director|engineering manager|team lead|tech lead|lead)\b/i, 'lead'],
  [/\b(senior|sr\.?)\b/i, 'senior'], [/\b(medior|mid[- ]level)\b/i, 'mid'],
];
type DerivedSeniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead';

const hasTerm = (text: string, term: string) => termRe(term).test(text);

export interface DerivedProfile {
  derivedFrom: 'cv';
  titles: string[];
  skills: string[];
  seniority?: DerivedSeniority;
  yearsOfExperience?: number;
  languages: { language: string; level: LanguageLevel }[];
  logistics: { currentResidence?: { city: string; country: string; countryCode: string }; workAuthorization: [] };
}

/** Years covered by date ranges ("2018 – 2023", "03/2019 - present"), overlaps merged, up to `nowYear`. */
export function yearsOfExperience(text: string, nowYear: number): number | null {
  const ranges: [number, number][] = [];
  const re = /\b((?:19|20)\d{2})\s*(?:[-–—]|to|bis|hasta|tot)\s*(?:\d{1,2}[/.])?((?:19|20)\d{2}|present|current|now|today|heute|actualidad|actual|heden|aujourd'hui)\b/giu;
  for (const m of text.matchAll(re)) {
    const from = Number(m[1]);
    const to = /^\d+$/.test(m[2]!) ? Number(m[2]) : nowYear;
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
    const line = raw.replace(/^[\s#*•\-–|>]+/, '').replace(/\*\*/g, '')
      .replace(/^(\d{1,2}[/.])?(19|20)\d{2}\s*([-–—]|to)\s*((\d{1,2}[/.])?(19|20)\d{2}|\p{L}+)\s*[:|,–—-]?\s*/u, '').trim();
    if (line.length < 4 || line.length > 120 || !ROLE_NOUN.test(line)) continue;
    // "Senior Backend Engineer — Acme, 2019–present" → "Senior Backend Engineer"
    const title = line.split(/(?<!\s)(?:\s*[,—–|@(·.]\s+|\s*[,|(·]|\s+-\s+|\s+at\s+)/i)[0]!.replace(/[:.]$/, '').trim();
    if (title.split(/\s+/).length > 7 || /\b(i|my|we|our|and)\b/i.test(title)) continue; // a sentence, not a title
    if (!titles.some((t) => t.toLowerCase() === title.toLowerCase())) titles.push(title);
    if (titles.length === 3) break;
  }
  return titles;
}

/** Languages the CV states with a level ("English (C1)", "Dutch – fluent", "Español: nativo"). */
export function languagesFrom(text: string): { language: string; level: LanguageLevel }[] {
  const found = new Map<string, LanguageLevel>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const language = LANGUAGES[m[0].toLowerCase()];
    if (!language || found.has(language)) continue;
    // The level follows the name within the same item: "English (C1)", "Dutch – native", "Inglés B2".
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[\n,;]/)[0]!;
    const level = readLanguageLevel(after);
    if (level) found.set(language, level);
  }
  return [...found].map(([language, level]) => ({ language, level }));
}

export function deriveProfileFromCv(cvText: string, nowMs: number): DerivedProfile {
  const text = cvText.replace(/\r/g, '');
  const skills = TECHNOLOGIES.filter((spellings) => spellings.some((s) => hasTerm(text, s))).map((s) => s[0]!);
  const titles = titlesFrom(text);
  const years = yearsOfExperience(text, new Date(nowMs).getUTCFullYear());
  const fromTitle = titles.length ? LEVEL_WORDS.find(([re]) => re.test(titles[0]!))?.[1] : undefined;
  const seniority = fromTitle ?? (years === null ? undefined : years >= 8 ? 'senior' : years >= 3 ? 'mid' : 'junior');
  // The residence is in the header: the first lines, before the experience.
  const header = text.split('\n').slice(0, 12).join('\n').toLowerCase();
  const city = Object.keys(CITIES).find((c) => hasTerm(header, c));
  return {
    derivedFrom: 'cv',
    titles,
    skills,
    ...(seniority ? { seniority } : {}),
    ...(years !== null ? { yearsOfExperience: years } : {}),
    languages: languagesFrom(text),
    logistics: {
      ...(city ? { currentResidence: { city: city.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()), country: COUNTRIES[CITIES[city]!]![0]!, countryCode: CITIES[city]! } } : {}),
      workAuthorization: [],
    },
  };
}
