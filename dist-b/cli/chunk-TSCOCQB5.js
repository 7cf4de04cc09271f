import {
  INDUSTRIES,
  INDUSTRY_SYNONYMS,
  familyOfTitle,
  mentionOf,
  readLanguageLevel,
  termRe
} from "./chunk-7EI2NUQR.js";
import {
  countryName,
  readPlaces,
  salaryOf,
  yearsAsked
} from "./chunk-VHVHADGL.js";
import {
  clipAtWord
} from "./chunk-SJIXDJEM.js";

// dist/users/cvProfile.js
var TECHNOLOGIES = [
  ["TypeScript"],
  ["JavaScript"],
  ["Node.js", "NodeJS", "Node"],
  ["Deno"],
  ["React", "React.js", "ReactJS"],
  ["Next.js"],
  ["Vue", "Vue.js"],
  ["Angular"],
  ["Svelte"],
  ["HTML"],
  ["CSS"],
  ["Tailwind"],
  ["Python"],
  ["Django"],
  ["Flask"],
  ["FastAPI"],
  ["pandas"],
  ["NumPy"],
  ["scikit-learn"],
  ["PyTorch"],
  ["TensorFlow"],
  ["MLflow"],
  ["Java"],
  ["Spring", "Spring Boot"],
  ["Kotlin"],
  ["Scala"],
  ["Go", "Golang"],
  ["Rust"],
  ["C#", ".NET", "dotnet"],
  ["C++"],
  ["Ruby"],
  ["Rails", "Ruby on Rails"],
  ["PHP"],
  ["Laravel"],
  ["Symfony"],
  ["Elixir"],
  ["Erlang"],
  ["Haskell"],
  ["Swift"],
  ["SwiftUI"],
  ["Objective-C"],
  ["Flutter"],
  ["Dart"],
  ["React Native"],
  ["Jetpack Compose"],
  ["SQL"],
  ["PostgreSQL", "Postgres"],
  ["MySQL"],
  ["SQLite"],
  ["MongoDB"],
  ["Redis"],
  ["Elasticsearch"],
  ["Cassandra"],
  ["DynamoDB"],
  ["BigQuery"],
  ["Snowflake"],
  ["Redshift"],
  ["dbt"],
  ["Airflow"],
  ["Spark", "PySpark"],
  ["Kafka"],
  ["RabbitMQ"],
  ["Flink"],
  ["Hadoop"],
  ["Tableau"],
  ["Power BI", "PowerBI"],
  ["Looker"],
  ["Excel"],
  ["R"],
  ["Stata"],
  ["SAS"],
  ["GraphQL"],
  ["REST"],
  ["gRPC"],
  ["Docker"],
  ["Kubernetes", "K8s"],
  ["Helm"],
  ["Terraform"],
  ["Ansible"],
  ["AWS", "Amazon Web Services"],
  ["GCP", "Google Cloud"],
  ["Azure"],
  ["Linux"],
  ["Bash"],
  ["Git"],
  ["CI/CD"],
  ["GitHub Actions"],
  ["Jenkins"],
  ["Prometheus"],
  ["Grafana"],
  ["Datadog"],
  ["OpenTelemetry"],
  ["Nginx"],
  ["Microservices"],
  ["Machine Learning", "ML"],
  ["LLM", "LLMs"],
  ["NLP"],
  ["Figma"],
  ["Jira"],
  ["Salesforce"],
  ["SAP"],
  ["Playwright"],
  ["Cypress"],
  ["Jest"]
];
var LANGUAGES = {
  english: "English",
  ingl\u00E9s: "English",
  ingles: "English",
  ingl\u00EAs: "English",
  englisch: "English",
  engels: "English",
  anglais: "English",
  german: "German",
  deutsch: "German",
  alem\u00E1n: "German",
  alem\u00E3o: "German",
  duits: "German",
  allemand: "German",
  dutch: "Dutch",
  nederlands: "Dutch",
  neerland\u00E9s: "Dutch",
  niederl\u00E4ndisch: "Dutch",
  n\u00E9erlandais: "Dutch",
  holand\u00EAs: "Dutch",
  french: "French",
  fran\u00E7ais: "French",
  franc\u00E9s: "French",
  franc\u00EAs: "French",
  franz\u00F6sisch: "French",
  frans: "French",
  spanish: "Spanish",
  espa\u00F1ol: "Spanish",
  espanhol: "Spanish",
  castellano: "Spanish",
  spanisch: "Spanish",
  spaans: "Spanish",
  espagnol: "Spanish",
  italian: "Italian",
  italiano: "Italian",
  italien: "Italian",
  portuguese: "Portuguese",
  portugu\u00EAs: "Portuguese",
  portugu\u00E9s: "Portuguese",
  portugais: "Portuguese",
  portugiesisch: "Portuguese",
  catalan: "Catalan",
  catal\u00E0: "Catalan",
  catal\u00E1n: "Catalan",
  polish: "Polish",
  swedish: "Swedish",
  danish: "Danish",
  norwegian: "Norwegian",
  finnish: "Finnish",
  chinese: "Chinese",
  mandarin: "Chinese",
  japanese: "Japanese",
  korean: "Korean",
  russian: "Russian",
  ukrainian: "Ukrainian",
  turkish: "Turkish",
  arabic: "Arabic",
  hindi: "Hindi",
  greek: "Greek",
  romanian: "Romanian",
  swahili: "Swahili",
  kiswahili: "Swahili",
  yoruba: "Yoruba",
  igbo: "Igbo",
  hausa: "Hausa",
  afrikaans: "Afrikaans",
  zulu: "Zulu",
  amharic: "Amharic",
  kannada: "Kannada",
  tamil: "Tamil",
  telugu: "Telugu",
  marathi: "Marathi",
  bengali: "Bengali",
  urdu: "Urdu",
  malay: "Malay",
  indonesian: "Indonesian",
  tagalog: "Tagalog",
  filipino: "Tagalog",
  vietnamese: "Vietnamese",
  vietnamien: "Vietnamese",
  vietnamita: "Vietnamese",
  thai: "Thai",
  quechua: "Quechua",
  guaran\u00ED: "Guarani",
  arabe: "Arabic",
  \u00E1rabe: "Arabic",
  arabisch: "Arabic",
  darija: "Arabic",
  berb\u00E8re: "Berber",
  amazigh: "Berber",
  tamazight: "Berber",
  wolof: "Wolof",
  lingala: "Lingala",
  chinois: "Chinese",
  chino: "Chinese",
  chin\u00EAs: "Chinese",
  japonais: "Japanese",
  japon\u00E9s: "Japanese",
  japon\u00EAs: "Japanese",
  russe: "Russian",
  ruso: "Russian",
  russo: "Russian"
};
var ROLE_NOUN = /(?<!\p{L})(engineer|developer|programmer|analyst|scientist|architect|administrator|designer|consultant|manager|specialist|researcher|lead|director|head of|sre|devops|ingeniero|ingeniera|desarrollador|desarrolladora|analista|entwickler\w*|ingenieur\w*|développeur|développeuse|ingénieur\w*|analyste|ontwikkelaar|desenvolvedor\w*|engenheir[oa]|cientista|científic[oa]|estagi[aá]ri[oa]|programador\w*|tester|testeu(?:r|se))(?!\p{L})/iu;
var LEVEL_WORDS = [
  [/(?<!\p{L})(intern|internship|trainee|werkstudent|becari[oa]|prácticas|stagiaire|stage|estagi[aá]ri[oa])(?!\p{L})/iu, "intern"],
  [/(?<!\p{L})(j[úu]nior|jr\.?|graduate)(?!\p{L})/iu, "junior"],
  [/\b(principal)\b/i, "principal"],
  [/\bstaff\b/i, "staff"],
  [/\b(head of|director|engineering manager|team lead|tech lead|lead)\b/i, "lead"],
  [/(?<!\p{L})(semi[- ]?senior|ssr|pleno|plena|medior|mid[- ]level|confirm[ée]e?)(?!\p{L})/iu, "mid"],
  [/(?<!\p{L})(s[êe]nior|sr\.?)(?!\p{L})/iu, "senior"]
];
var HEADINGS = [
  ["looking", /^(what i'?m looking for|looking for|i am looking for|open to|career interests|objective|career objective|goals?|preferences|job preferences|what i want|intereses laborales|disponibilidad|disponibilidade|ce que je recherche|je recherche|recherche|objectif|souhaits|mobilit[ée]|projet professionnel|objetivo|objetivos|lo que busco|qu[ée] busco|busco|o que (?:eu )?(?:procuro|busco)|procuro|ich suche|was ich suche|wunsch\w*)(?!\p{L})/iu],
  // A block of personal details is the header's contact block wherever it sits.
  ["header", /^(datos personales|personal (?:information|details|data)|contact(?: details| information)?|informations personnelles|coordonn[ée]es|dados pessoais|contato|pers[öo]nliche (?:daten|angaben)|kontakt)(?!\p{L})/iu],
  ["summary", /^(summary|profile|about( me)?|profil|perfil|resumo|resumen|sobre mim|sobre m[ií]|[àa] propos|zusammenfassung|[üu]ber mich|kurzprofil)\b/iu],
  ["experience", /^(experience|work experience|professional experience|employment( history)?|career|exp[ée]rience( professionnelle)?|experiencia( laboral| profesional)?|experi[êe]ncia( profissional)?|berufserfahrung|werdegang)\b/iu],
  ["education", /^(education|academic|studies|formation|formaci[oó]n|educaci[oó]n|forma[çc][ãa]o|escolaridade|ausbildung|studium|bildung)\b/iu],
  ["skills", /^(skills|technical skills|tech stack|stack|comp[ée]tences|habilidades|compet[êe]ncias|conocimientos|aptitudes|conhecimentos|kenntnisse|f[äa]higkeiten|tools|outils)(?!\p{L})/iu],
  ["languages", /^(languages|langues|idiomas|l[íi]nguas|sprachen)\b/iu],
  ["other", /^(certifications?|certificaciones|certifica[çc][õo]es|zertifikate|projects?|projets?|proyectos?|projetos?|publications?|interests?|hobbies|references?|awards?|volunteer\w*)(?!\p{L})/iu]
];
function sectioned(text) {
  let section = "header";
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const bare = stripMarks(raw);
    const marked = /^#{1,6}\s/.test(raw) || bare.length > 0 && bare.length <= 40 && (raw.trim().endsWith(":") || /^[\p{Lu}\s&/]+$/u.test(bare) || /^\*\*[^*]+\*\*$/.test(raw.trim()));
    const heading = HEADINGS.find(([, re]) => {
      const m = re.exec(bare);
      return m !== null && (marked || m[0].length === bare.length);
    })?.[0];
    const inline = !heading && /^(looking for|objective|objetivo|busco|procuro|je recherche|ich suche)\s*:/iu.test(bare);
    if (heading) {
      section = heading;
      if (/:\s*\S/.test(raw.replace(/^[#\s]+/, "")))
        out.push({ text: raw.slice(raw.indexOf(":") + 1), n: i + 1, section });
      return;
    }
    if (i === 0 && /^#\s/.test(raw))
      return out.push({ text: raw, n: i + 1, section: "header" }) && void 0;
    out.push({ text: raw, n: i + 1, section: inline ? "looking" : section });
  });
  return out;
}
function stripMarks(line) {
  const mark = (c) => /[\s#*_>|:-]/.test(c);
  let from = 0;
  let to = line.length;
  while (from < to && mark(line[from]))
    from++;
  while (to > from && mark(line[to - 1]))
    to--;
  return line.slice(from, to);
}
var withoutContacts = (line) => line.split(/\s+/).filter((t) => !t.includes("@") && !/^(https?:|www\.)|\.\w+\//i.test(t)).join(" ").replace(/\+?\d[\d\s().-]{6,}\d/g, " ").split(",").map((part) => part.trim()).filter(Boolean).join(", ").replace(/:,/g, ":");
var hasTerm = (text, term) => termRe(term).test(text);
var MONTH = String.raw`(?:\d{1,2}[/.]|\p{L}{3,10}\.?[/ ]\s?)?`;
var RANGE = new RegExp(String.raw`\b((?:19|20)\d{2})\s*(?:[-–—]|to|bis|hasta|até|a|à|au|tot)\s*${MONTH}((?:19|20)\d{2}|present|current|now|today|heute|actualidad|actual|atual|atualmente|presente|heden|aujourd'hui|maintenant|hoy)(?![\p{L}])`, "giu");
var SINCE = new RegExp(String.raw`(?<!\p{L})(?:since|depuis|desde|seit|dès)\s+${MONTH}((?:19|20)\d{2})(?!\d)`, "giu");
var LEADING_DATES = new RegExp(String.raw`^(?:${MONTH}(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:${MONTH}(?:19|20)\d{2}|[\p{L}']+)|(?:since|depuis|desde|seit|dès)\s+${MONTH}(?:19|20)\d{2})\s*[:|,–—-]?\s*`, "iu");
function yearsOfExperience(text, nowYear) {
  const ranges = [];
  const found = [...text.matchAll(RANGE)].map((m) => [Number(m[1]), /^\d+$/.test(m[2]) ? Number(m[2]) : nowYear]);
  for (const m of text.matchAll(SINCE))
    found.push([Number(m[1]), nowYear]);
  for (const [from, to] of found) {
    if (from <= to && to <= nowYear && nowYear - from < 60)
      ranges.push([from, to]);
  }
  if (ranges.length === 0)
    return null;
  ranges.sort((a, b) => a[0] - b[0]);
  let years = 0;
  let [start, end] = ranges[0];
  for (const [from, to] of ranges.slice(1)) {
    if (from <= end)
      end = Math.max(end, to);
    else {
      years += end - start;
      [start, end] = [from, to];
    }
  }
  return years + (end - start);
}
function titlesFrom(text) {
  const titles = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^[\s#*•\-–|>]+/, "").replace(/\*\*/g, "").replace(LEADING_DATES, "").trim();
    if (line.length < 4 || line.length > 120 || !ROLE_NOUN.test(line))
      continue;
    const title = line.split(/(?<!\s)(?:\s*[,—–|@(·.]\s+|\s*[,|(·]|\s+-\s+|\s+at\s+)/i)[0].replace(/[:.]$/, "").trim();
    if (title.split(/\s+/).length > 7 || /\b(i|my|we|our|and|with|com|con|avec|mit)\b/i.test(title))
      continue;
    if (!titles.some((t) => t.toLowerCase() === title.toLowerCase()))
      titles.push(title);
    if (titles.length === 3)
      break;
  }
  return titles;
}
function languagesFrom(text) {
  const found = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const language = LANGUAGES[m[0].toLowerCase()];
    if (!language || found.has(language))
      continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[\n,;·|]|\.\s/)[0];
    const level = readLanguageLevel(after);
    if (level)
      found.set(language, level);
  }
  return [...found].map(([language, level]) => ({ language, level }));
}
var DEMONYMS = [
  [/canadi[ae]n\w*|canadense|kanadisch\w*/iu, "CA"],
  [/brazilian|brasileir[oa]|brasileñ[oa]|brésilien\w*|brasilianisch\w*/iu, "BR"],
  [/mexican|mexicain\w*|mexikanisch\w*/iu, "MX"],
  [/colombian[oa]?|colombien\w*|kolumbianisch\w*/iu, "CO"],
  [/chilean|chilen[oa]|chilien\w*/iu, "CL"],
  [/argentin(?:e|ian|[oa])|argentin\w*/iu, "AR"],
  [/peruvian|peruan[oa]|péruvien\w*/iu, "PE"],
  [/american|estadounidense|norte-american[oa]|américain\w*|us citizen/iu, "US"],
  [/indian|indien\w*|indisch\w*/iu, "IN"],
  [/kenyan|keniano|kényan\w*/iu, "KE"],
  [/nigerian[oa]?|nigérian\w*/iu, "NG"],
  [/south african/iu, "ZA"],
  [/australian[oa]?|australien\w*/iu, "AU"],
  [/british|britânic[oa]|britannique/iu, "GB"],
  [/irish|irland\w*/iu, "IE"],
  [/german|alemã[oa]?|allemand\w*|deutsche[rn]?/iu, "DE"],
  [/french|francés|francesa|francês|française|français/iu, "FR"],
  [/spanish|español[a]?|espanhol[a]?|espagnol\w*|spanisch\w*/iu, "ES"],
  [/portuguese|portugu[eê]s[a]?|portugais\w*/iu, "PT"],
  [/italian[oa]?|italien\w*/iu, "IT"],
  [/dutch|neerlandés|holandês|néerlandais\w*/iu, "NL"],
  [/singaporean/iu, "SG"],
  [/ghanaian/iu, "GH"],
  [/egyptian/iu, "EG"],
  [/filipin[oa]/iu, "PH"],
  [/vietnam(?:ese|ien\w*|ita)/iu, "VN"],
  [/moroccan|marocain\w*|marroqu[ií]\w*/iu, "MA"],
  [/tunisian|tunisien\w*/iu, "TN"],
  [/algerian|alg[ée]rien\w*/iu, "DZ"],
  [/senegalese|s[ée]n[ée]galais\w*/iu, "SN"],
  [/ivorian|ivoirien\w*/iu, "CI"],
  [/cameroonian|camerounais\w*/iu, "CM"],
  [/ethiopian/iu, "ET"],
  [/ugandan/iu, "UG"],
  [/tanzanian/iu, "TZ"],
  [/rwandan|rwandais\w*/iu, "RW"],
  [/venezolan[oa]|venezuelan/iu, "VE"],
  [/uruguay[oa]/iu, "UY"],
  [/paraguay[oa]/iu, "PY"],
  [/bolivian[oa]?/iu, "BO"],
  [/ecuatorian[oa]|ecuadorian/iu, "EC"],
  [/costarricense|costa rican/iu, "CR"],
  [/guatemaltec[oa]|guatemalan/iu, "GT"],
  [/cuban[oa]?/iu, "CU"],
  [/dominican[oa]/iu, "DO"],
  [/pakistani/iu, "PK"],
  [/bangladeshi/iu, "BD"],
  [/sri lankan/iu, "LK"],
  [/nepal[ie]s[ea]?/iu, "NP"],
  [/indonesian/iu, "ID"],
  [/malaysian/iu, "MY"],
  [/thai\b/iu, "TH"],
  [/japanese|japonais\w*/iu, "JP"],
  [/korean|cor[ée]en\w*/iu, "KR"],
  [/chinese|chinois\w*/iu, "CN"],
  [/polish|polonais\w*/iu, "PL"],
  [/romanian|roumain\w*/iu, "RO"],
  [/ukrainian/iu, "UA"],
  [/turkish|turc\b|turque/iu, "TR"]
];
var CITIZEN = /(?<!\p{L})(citizen\w*|nationality|national of|passport|citoyen\w*|citoyenneté|nationalité|ciudadan[oa]|ciudadanía|nacionalidad|cidad[ãa][oa]?|cidadania|nacionalidade|staatsb[üu]rger\w*|staatsangeh[öo]rigkeit)(?!\p{L})/iu;
var PERMIT = /(?<!\p{L})(work permit|permanent resident\w*|\bPR\b|green card|blue card|employment pass|right to work|authori[sz]ed to work|work visa|residence permit|permis de travail|r[ée]sident permanent|permiso de trabajo|autoriza[çc][ãa]o de trabalho|resid[êe]ncia permanente|arbeitserlaubnis|aufenthaltstitel|niederlassungserlaubnis)(?!\p{L})/iu;
var NEEDS = /(?<!\p{L})(require\w*|need\w*|would need|only with|sponsor\w*|patroc[ií]n\w*|parrain\w*)(?!\p{L})/iu;
function authorizationFrom(lines, sources) {
  const out = [];
  for (const l of lines) {
    if (l.section === "looking" || l.section === "experience" || l.section === "education")
      continue;
    for (const sentence of l.text.split(/(?<=[.!?;])\s+/)) {
      const citizen = CITIZEN.test(sentence);
      const permit = PERMIT.exec(sentence);
      if (!citizen && !permit)
        continue;
      const countries = readPlaces(sentence).countries;
      if (citizen) {
        for (const [re, code] of DEMONYMS)
          if (re.test(sentence) && !countries.includes(code))
            countries.push(code);
      }
      for (const code of countries) {
        if (out.some((a) => a.regionCode === code))
          continue;
        const status = citizen ? "citizen" : NEEDS.test(sentence) ? "requires_sponsorship" : permit?.[0].toLowerCase().includes("permanent") ? "permanent_resident" : "authorized";
        out.push({ region: countryName(code), regionCode: code, status });
        sources[`logistics.workAuthorization.${code}`] = `line ${l.n}: ${l.text.trim().slice(0, 120)}`;
      }
    }
  }
  return out;
}
function residenceFrom(lines, sources) {
  const labelled = /^[\s*-]*(location|based in|lives in|address|city|ubicaci[oó]n|domicilio|direcci[oó]n|ciudad|localiza[çc][ãa]o|endere[çc]o|morada|resid[êe]ncia|cidade|adresse|domicile|lieu de r[ée]sidence|ville|wohnort|anschrift)\s*:/iu;
  const firstLine = lines.find((l) => l.text.trim())?.n;
  const header = lines.filter((l) => l.section === "header" && l.n <= 15 && l.n !== firstLine);
  const contact = (l) => /@|\+?\d[\d\s().-]{6,}\d|linkedin|github/i.test(l.text) || readPlaces(l.text, { capitalised: true }).countries.length > 0;
  const candidates = [...lines.filter((l) => labelled.test(l.text)), ...header.filter(contact), ...header.filter((l) => !contact(l))];
  for (const l of candidates) {
    const contact2 = withoutContacts(l.text);
    const countries = readPlaces(contact2.replace(/^\s*[\p{L} ]{2,20}:/u, ""), { capitalised: true }).countries;
    for (const item of contact2.split(/[·|•—–]|\s-\s/)) {
      if (ROLE_NOUN.test(item))
        continue;
      const read = readPlaces(item.replace(/^\s*[\p{L} ]{2,20}:/u, ""), { capitalised: true });
      const place = read.cities.find((c) => !countries.length || countries.includes(c.country));
      if (!place)
        continue;
      const written = writtenName(item, place);
      sources["logistics.currentResidence"] = `line ${l.n}: ${item.trim()}`;
      return { city: written, country: countryName(place.country), countryCode: place.country, timezone: place.zone };
    }
  }
  return void 0;
}
function writtenName(text, place) {
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const words = text.split(/[\s,()]+/).filter(Boolean);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const span = words.slice(i, i + n).join(" ");
      if (fold(span) === fold(place.name))
        return span;
    }
  }
  return text.split(/[,(]/)[0].replace(/^\s*[\p{L} ]{2,20}:/u, "").trim() || place.name;
}
var W = (alternatives) => new RegExp(`(?<![\\p{L}])(?:${alternatives.replaceAll("\\w", "\\p{L}")})(?![\\p{L}])`, "iu");
var REMOTE = W("remote|remot[oa]s?|t\xE9l\xE9travail|teletrabajo|teletrabalho|\xE0 distance|a distancia|homeoffice|fully distributed");
var HYBRID = W("hybrid|h[\xEDi]brid[oa]s?|hybrides?|regime h[\xEDi]brido|mode hybride");
var ONSITE = W("on-?site|in-office|in person|presencial|sur site|en pr\xE9sentiel|vor ort");
var NEGATION = W("no|not|never|nada de|without|nor|non|pas de|pas|ni|sin|sem|n\xE3o|nem|kein\\w*|nicht|aucun\\w*|only \\w+ (?:roles|positions)");
var RELOCATE = W("relocat\\w*|move to|moving to|mudar\\w*|me mudo|mudan[\xE7c]a|reubicar\\w*|trasladar\\w*|d[\xE9e]m[\xE9e]nag\\w*|relocalis\\w*|mobilit[\xE9e] (?:en|au|aux|\xE0|vers|internationale)|umzieh\\w*|umzug");
var NO_RELOCATION = W("not (?:open to|willing to) relocat\\w*|no relocation|won't relocate|will not relocate|do not relocate|sin reubicaci[o\xF3]n|n\xE3o me mudo|sem mudan[\xE7c]a|pas de d[\xE9e]m[\xE9e]nagement|kein umzug");
var MANAGEMENT_OUT = W("no people management|no (?:team )?management|not (?:a )?(?:people )?manag\\w*|individual contributor|ic roles?|pas de gestion d'[\xE9e]quipe|contributeur individuel|sin gesti[o\xF3]n de personas|sin personas a cargo|nem de gest[\xE3a]o de pessoas|sem gest[\xE3a]o de pessoas|keine personalverantwortung|keine f[\xFCu]hrung");
var MANAGEMENT = W("people management|management|lead(?:ing)? (?:a )?teams?|lider\\w* (?:equipos?|equipes?|times?|personas|pessoas)|dirig\\w* (?:une )?[\xE9e]quipes?|encadr\\w*|manag\\w+ roles?|gest[\xE3a]o de pessoas|gest[\xE3a]o de equipes?|gesti[o\xF3]n de (?:personas|equipos)|gestion d'[\xE9e]quipe|encadrement|personalverantwortung|f[\xFCu]hrung\\w*");
var NOT_INTERESTED = /not interested|no interest|não tenho interesse|sin inter[ée]s|no me interesa|pas int[ée]ress|kein interesse/iu;
var SALES = W("sales|pre-?sales|ventas|vendas|vente|vertrieb|commercial");
var JOB_WORDS = [
  ["internship", W("internship|est[\xE1a]gio|pr[\xE1a]cticas|stage|praktikum")],
  ["part-time", W("part[- ]time|temps partiel|meio per[i\xED]odo|medio tiempo|teilzeit")],
  ["temporary", W("temporary|fixed[- ]term|contratos? temporal\\w*|contratos? tempor[\xE1a]ri[oa]s?|tempor[\xE1a]ri[oa]s?|temporales|prazo determinado|por obra|cdd|contrats? temporaires?|temporaires?|befristet\\w*")],
  ["freelance", W("freelance\\w*|freelas?|pige|aut[\xF3o]nom[oa]s?|ind[\xE9e]pendant\\w*|freiberuf\\w*")],
  ["full-time", W("permanent|full[- ]time|employee|clt|efetiv[oa]|indefinid[oa]|relaci[o\xF3]n de dependencia|empleado|cdi|poste permanent|salari[\xE9e]|temps plein|tempo integral|tiempo completo|festanstellung|unbefristet\\w*|vollzeit")],
  ["contract", W("contract\\w*|contrat\\w*|contrato(?! indefinido)|pj|pessoa jur[i\xED]dica|b2b|facturando|honorarios|prestaci[o\xF3]n de servicios")]
];
var OPEN_END = /(?:,|(?<!\p{L})(?:the|a|an|or|and|to|of|in|for|with|de|del|la|el|los|las|e|y|o|ou|et|und|oder|em|en|à|com|con|avec|mit|para|pour|für))\s*$/iu;
function statementsOf(lines) {
  const out = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const runsOn = prev && !/^\s*[-*•·]/.test(l.text) && !/[.!?;:]\s*$/.test(prev.text) && (OPEN_END.test(prev.text) || /^\s*\p{Ll}/u.test(l.text));
    if (runsOn)
      prev.text = `${prev.text.trimEnd()} ${l.text.trim()}`;
    else
      out.push({ ...l });
  }
  return out;
}
function preferencesFrom(lines, sources) {
  const prefs = { exclusions: { industries: [], technologies: [], roleTypes: [], titles: [] } };
  const relocation = {};
  const looking = statementsOf(lines.filter((l) => l.section === "looking" && l.text.trim()));
  if (!looking.length)
    return { prefs, relocation };
  const source = (field, l) => sources[field] ??= `line ${l.n}: ${l.text.trim().replace(/^[-*•]\s*/, "").slice(0, 140)}`;
  const workplaces = /* @__PURE__ */ new Set();
  const accepted = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Set();
  const excluded = (list, item, l, field) => {
    if (!list.includes(item))
      list.push(item);
    source(field, l);
  };
  for (const l of looking) {
    for (const sentence of l.text.split(/(?<=[.!?;])\s+/)) {
      const moving = RELOCATE.exec(sentence);
      if (NO_RELOCATION.test(sentence) || moving && NEGATION.test(sentence.slice(0, moving.index))) {
        relocation.willing = false;
        source("logistics.willingToRelocate", l);
        continue;
      } else if (moving) {
        const where = readPlaces(sentence, { capitalised: true });
        const requires = [];
        if (/sponsor|visa|visto|patroc|parrain|visum|employment pass|work permit|permis de travail|permiso de trabajo/iu.test(sentence))
          requires.push("sponsorship");
        if (/relocation (?:support|package|assistance)|ajuda de mudan|aide (?:à|au) d[ée]m[ée]nagement|apoyo (?:de|con) (?:la )?reubicaci|umzugshilfe/iu.test(sentence))
          requires.push("relocation support");
        relocation.willing = true;
        relocation.relocation = { countries: where.countries, requires };
        source("logistics.relocation", l);
        continue;
      }
      if (REMOTE.test(sentence))
        workplaces.add("remote");
      if (HYBRID.test(sentence))
        workplaces.add("hybrid");
      if (ONSITE.test(sentence) && !NEGATION.test(sentence.slice(0, sentence.search(ONSITE))))
        workplaces.add("onsite");
      if (workplaces.size)
        source("preferences.workEnvironments", l);
      const management = MANAGEMENT.exec(sentence);
      if (MANAGEMENT_OUT.test(sentence) || management && (NEGATION.test(sentence.slice(0, management.index)) || NOT_INTERESTED.test(sentence))) {
        excluded(prefs.exclusions.roleTypes, "management", l, "preferences.exclusions.roleTypes");
      }
      const sales = SALES.exec(sentence);
      if (sales && (NEGATION.test(sentence.slice(0, sales.index)) || NOT_INTERESTED.test(sentence)))
        excluded(prefs.exclusions.roleTypes, "sales", l, "preferences.exclusions.roleTypes");
      let rest = sentence;
      for (const [type, re] of JOB_WORDS) {
        const m = re.exec(rest);
        if (!m)
          continue;
        const negated = NEGATION.test(rest.slice(Math.max(0, m.index - 25), m.index)) || mentionOf(sentence, m[0]) === "negated";
        (negated ? refused : accepted).add(type);
        rest = `${rest.slice(0, m.index)}${" ".repeat(m[0].length)}${rest.slice(m.index + m[0].length)}`;
        source("preferences.jobTypes", l);
      }
      const months = /(\d{1,2}|six|three|twelve|seis|três|tres|doze|douze|sechs)\s+(?:months|meses|mois|monate)\s+(?:or more|o más|ou mais|ou plus|oder mehr)/iu.exec(sentence);
      if (months) {
        prefs.minContractMonths = Number(months[1]) || { six: 6, three: 3, twelve: 12, seis: 6, tr\u00EAs: 3, tres: 3, doze: 12, douze: 12, sechs: 6 }[months[1].toLowerCase()] || void 0;
        accepted.add("contract");
        source("preferences.minContractMonths", l);
      }
      for (const tech of TECHNOLOGIES.map((t) => t[0])) {
        if (hasTerm(sentence, tech) && mentionOf(sentence, tech) === "negated")
          excluded(prefs.exclusions.technologies, tech, l, "preferences.exclusions.technologies");
      }
      for (const industry of INDUSTRIES) {
        const named = INDUSTRY_SYNONYMS[industry].find((w) => hasTerm(sentence, w));
        if (named && (mentionOf(sentence, named) === "negated" || NOT_INTERESTED.test(sentence)))
          excluded(prefs.exclusions.industries, industry, l, "preferences.exclusions.industries");
      }
      for (const r of readPlaces(sentence, { capitalised: true }).regions)
        (prefs.remoteRegions ??= []).push(r);
    }
  }
  if (workplaces.size)
    prefs.workEnvironments = [...workplaces];
  const types = [...accepted].filter((t) => !refused.has(t));
  if (types.length)
    prefs.jobTypes = types;
  else if (refused.size)
    prefs.jobTypes = ["full-time"];
  const ruledOut = [...refused].filter((t) => !types.includes(t));
  if (ruledOut.length && types.length)
    prefs.exclusions.jobTypes = ruledOut;
  if (relocation.willing === void 0 && workplaces.size)
    relocation.willing = false;
  return { prefs, relocation };
}
var EXPECTED_PAY = /(?:^|[.|;]\s)[\s*-]*(?:expected ctc|pretensi[oó]n(?: salarial)?|pretens[ãa]o(?: salarial)?|expectativa salarial|aspiraci[oó]n salarial|salario (?:deseado|esperado)|remunera[çc][ãa]o pretendida|pr[ée]tentions?(?: salariales?)?|expected salary|salary expectations?|desired salary|gehaltsvorstellung(?:en)?|gehaltswunsch)\s*:?/iu;
function expectedPayFrom(lines, country, sources) {
  for (const l of lines) {
    const label = EXPECTED_PAY.exec(l.text);
    if (!label)
      continue;
    const pay = salaryOf(l.text.slice(label.index + label[0].length), country ?? null);
    if (!pay)
      continue;
    sources.salaryFloor = `line ${l.n}: ${l.text.trim().slice(0, 120)}`;
    return { amount: pay.min, currency: pay.currency, period: pay.period };
  }
  return void 0;
}
var CV_RULE_CHARS = 5e4;
function deriveProfileFromCv(cvText, nowMs) {
  const text = clipAtWord(cvText, CV_RULE_CHARS).replace(/\r/g, "");
  const lines = sectioned(text);
  const sources = {};
  const of = (...sections) => lines.filter((l) => sections.includes(l.section)).map((l) => l.text).join("\n");
  const sectionsFound = new Set(lines.map((l) => l.section));
  const experience = sectionsFound.has("experience") ? of("experience") : text;
  const aboutThem = of("header", "summary", "experience", "skills", "other");
  const { prefs, relocation } = preferencesFrom(lines, sources);
  const skills = TECHNOLOGIES.filter((spellings) => spellings.some((s) => hasTerm(aboutThem, s) && mentionOf(aboutThem, s) !== "negated")).map((s) => s[0]).filter((t) => !prefs.exclusions.technologies.includes(t));
  const headline = lines.filter((l) => l.section === "header" && l.n <= 4).map((l) => l.text).join("\n");
  const held = titlesFrom(`${headline}
${experience}`);
  const current = held.map(familyOfTitle).find((f) => f !== null);
  const titles = held.filter((t) => familyOfTitle(t) === null || familyOfTitle(t) === current);
  const firstRole = titlesFrom(experience)[0] ?? titles[0];
  const stated = yearsAsked(of("header", "summary"));
  const years = stated?.min ?? yearsOfExperience(experience, new Date(nowMs).getUTCFullYear());
  if (stated)
    sources.yearsOfExperience = "stated in the summary";
  const fromTitle = firstRole ? LEVEL_WORDS.find(([re]) => re.test(firstRole))?.[1] : void 0;
  const seniority = fromTitle ?? (years === null ? void 0 : years >= 8 ? "senior" : years >= 3 ? "mid" : "junior");
  if (firstRole)
    sources.seniority = `title: ${firstRole}`;
  const residence = residenceFrom(lines, sources);
  const workAuthorization = authorizationFrom(lines, sources);
  const salaryFloor = expectedPayFrom(lines, residence?.countryCode, sources);
  const langs = languagesFrom(sectionsFound.has("languages") ? of("languages") : text);
  return {
    derivedFrom: "cv",
    titles,
    skills,
    ...seniority ? { seniority } : {},
    ...years !== null ? { yearsOfExperience: years } : {},
    languages: langs.length ? langs : languagesFrom(text),
    logistics: {
      ...residence ? { currentResidence: residence } : {},
      ...relocation.willing !== void 0 ? { willingToRelocate: relocation.willing } : {},
      ...relocation.relocation ? { relocation: relocation.relocation } : {},
      workAuthorization
    },
    preferences: prefs,
    ...salaryFloor ? { salaryFloor } : {},
    sources
  };
}

export {
  deriveProfileFromCv
};
