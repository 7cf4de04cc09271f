import {
  external_exports
} from "./chunk-T6BXHNBH.js";
import {
  escapeRegExp
} from "./chunk-SJIXDJEM.js";

// dist/analyze/profile.js
import { createHash } from "node:crypto";
var LEVEL_WORDS = {
  native: "native",
  "mother tongue": "native",
  bilingual: "native",
  nativo: "native",
  muttersprache: "native",
  moedertaal: "native",
  fluent: "C1",
  advanced: "C1",
  proficient: "C1",
  "full professional": "C1",
  professional: "B2",
  "upper intermediate": "B2",
  "business": "B2",
  intermediate: "B1",
  conversational: "B1",
  "limited working": "B1",
  elementary: "A2",
  basic: "A2",
  beginner: "A1",
  bilingue: "native",
  bil\u00EDngue: "native",
  zweisprachig: "native",
  "langue maternelle": "native",
  maternelle: "native",
  "l\xEDngua materna": "native",
  "lengua materna": "native",
  nativa: "native",
  courant: "C1",
  fluente: "C1",
  fluido: "C1",
  avanzado: "C1",
  avan\u00E7ado: "C1",
  avanc\u00E9: "C1",
  flie\u00DFend: "C1",
  verhandlungssicher: "C1",
  intermedio: "B1",
  intermedi\u00E1rio: "B1",
  interm\u00E9diaire: "B1",
  b\u00E1sico: "A2",
  basico: "A2",
  d\u00E9butant: "A1",
  grundkenntnisse: "A2",
  gut: "B2"
};
function readLanguageLevel(raw) {
  const text = raw.trim().toLowerCase();
  const cefr = /\b([abc][12])\b/.exec(text);
  if (cefr)
    return cefr[1].toUpperCase();
  const word2 = Object.keys(LEVEL_WORDS).sort((a, b) => b.length - a.length).find((w) => text.includes(w));
  return word2 ? LEVEL_WORDS[word2] : null;
}
var WORKPLACES = { remote: "remote", hybrid: "hybrid", onsite: "onsite", office: "onsite", inoffice: "onsite", inperson: "onsite" };
var words = external_exports.array(external_exports.string().trim().min(1)).max(200);
var authorization = external_exports.object({
  region: external_exports.string().trim().min(1),
  regionCode: external_exports.string().trim().optional(),
  /** As the original app writes it ("citizen", "authorized", "requires_sponsorship" …). */
  status: external_exports.string().trim().default("authorized")
});
var profileSchema = external_exports.preprocess(fromAcceptedShapes, external_exports.object({
  name: external_exports.string().optional(),
  titles: words.default([]),
  titleKeywords: words.default([]),
  skills: words.default([]),
  seniority: external_exports.enum(["intern", "junior", "mid", "senior", "staff", "principal", "lead"]).optional(),
  yearsOfExperience: external_exports.number().min(0).max(70).optional(),
  logistics: external_exports.object({
    currentResidence: external_exports.object({
      city: external_exports.string().optional(),
      country: external_exports.string().optional(),
      countryCode: external_exports.string().optional(),
      timezone: external_exports.string().optional()
    }).optional(),
    willingToRelocate: external_exports.boolean().optional(),
    /** Where a move is considered and on what condition ("only with sponsorship"): from a CV's "looking for" section, or by hand. */
    relocation: external_exports.object({
      countries: external_exports.array(external_exports.string().trim().min(1)).default([]),
      requires: external_exports.array(external_exports.enum(["sponsorship", "relocation support"])).default([])
    }).optional(),
    workAuthorization: external_exports.array(authorization).default([]),
    /** How far an office may be from home for office days (km, straight line). */
    maxCommuteKm: external_exports.number().positive().max(500).default(50)
  }).default({ workAuthorization: [], maxCommuteKm: 50 }),
  languages: external_exports.array(external_exports.object({
    language: external_exports.string().trim().min(1),
    level: external_exports.string().transform((raw, ctx) => readLanguageLevel(raw) ?? (ctx.addIssue({ code: "custom", message: `"${raw}" is not a level: use A1\u2013C2 or native (fluent, professional \u2026 are read too)` }), external_exports.NEVER))
  })).default([]),
  preferences: external_exports.object({
    careerGoals: external_exports.union([words, external_exports.string().transform((g) => [g])]).optional(),
    jobTypes: words.optional(),
    workEnvironments: external_exports.array(external_exports.string().transform((raw, ctx) => WORKPLACES[raw.toLowerCase().replace(/[^a-z]/g, "")] ?? (ctx.addIssue({ code: "custom", message: `"${raw}" is not a work environment: use remote, hybrid or onsite` }), external_exports.NEVER))).optional(),
    companySizes: words.optional(),
    /** The shortest contract taken, in months ("a contract of six months or more"). */
    minContractMonths: external_exports.number().int().positive().max(120).optional(),
    /** A role one level below yours is, by default, not a match; true makes it a concern only. */
    considerLowerLevels: external_exports.boolean().optional(),
    /** Regions or countries a remote role may be done from, as the CV or the user writes them ("EMEA", "Africa"). */
    remoteRegions: words.optional(),
    exclusions: external_exports.object({
      industries: words.default([]),
      technologies: words.default([]),
      roleTypes: words.default([]),
      titles: words.default([]),
      /** Kinds of employment ruled out even where jobTypes would take them ("CLT or PJ, no temporary contracts"): temporary, freelance, internship, part-time. */
      jobTypes: words.optional()
    }).default({ industries: [], technologies: [], roleTypes: [], titles: [] })
  }).default({ exclusions: { industries: [], technologies: [], roleTypes: [], titles: [] } }),
  /**
   * The least pay considered: a band whose top is under it is a concern; more than `excludeBelowPercent` under it
   * (default 15) an exclusion. Other currencies and periods are converted (analyze/rates.ts).
   */
  salaryFloor: external_exports.object({
    amount: external_exports.number().positive(),
    currency: external_exports.string().length(3).transform((c) => c.toUpperCase()),
    period: external_exports.enum(["year", "month", "day", "hour"]),
    excludeBelowPercent: external_exports.number().min(0).max(100).default(15)
  }).optional(),
  /** Set when Scoutly derived the profile from the CV (`users show` lists it; `users set-profile` replaces it). */
  derivedFrom: external_exports.literal("cv").optional(),
  /** For a derived profile: the CV line each field was read from (`users show` prints them). */
  sources: external_exports.record(external_exports.string(), external_exports.string()).optional()
}));
function fromAcceptedShapes(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return value;
  const profile = { ...value };
  const logistics = profile.logistics;
  if (typeof logistics === "object" && logistics !== null && !Array.isArray(logistics)) {
    const l = { ...logistics };
    if (l.currentResidence === void 0 && l.residence !== void 0)
      l.currentResidence = l.residence;
    delete l.residence;
    const auth = l.workAuthorization;
    if (typeof auth === "object" && auth !== null && !Array.isArray(auth)) {
      l.workAuthorization = Object.entries(auth).map(([region, ok]) => ({ region, status: ok === true ? "authorized" : "not_authorized" }));
    }
    profile.logistics = l;
  }
  return profile;
}
var isAuthorized = (status) => !/\b(no|not|none|requires?|needs?|sponsor\w*|visa)\b|not_|requires_|needs_/i.test(status);
function validateProfile(value) {
  const result = profileSchema.safeParse(value);
  if (result.success)
    return { ok: true, profile: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `${issue.path.join(".") || "(profile)"}: ${issue.message}` };
}
function profileHash(profile, cvText) {
  return createHash("sha256").update(JSON.stringify([profile, cvText ?? ""])).digest("hex").slice(0, 16);
}

// dist/analyze/roles.js
var TITLE_PATTERNS = [
  [/\b(engineering manager|head of|director|vp|vice president|cto|chief|teamleiter\w*|jefe de|coordenador\w*|coordinador\w*|gerente|chef d'[ée]quipe)\b|\bmanager\b(?!.*\banalyst\b)/iu, "management"],
  [/(?<!\p{L})(sales|account executive|account manager|business development|pre-?sales|solutions? engineer|sales engineer|vertrieb|vendas|ventas|vente|executiv[oa]\(?a?\)? de (?:vendas|ventas|contas)|commercial)(?!\p{L})/iu, "sales"],
  [/\b(designer|ux|ui\/ux|product design|dise[nñ]ador)\b/iu, "design"],
  [/\banalytics engineer\b/iu, "analytics-engineering"],
  [/(?<!\p{L})(data engineer|datenengineer|ingenier[oa](?:\/a)? de datos|engenheir[oa](?:\(a\))? de dados|ing[ée]nieur(?:\(e\))? (?:de )?donn[ée]es|big data engineer|etl developer)(?!\p{L})/iu, "data-engineering"],
  [/(?<!\p{L})(machine learning|ml engineer|ai engineer|cient[ií]fic[oa] de datos|cientista de dados|data scientiste?)(?!\p{L})/iu, "data-science"],
  [/(?<!\p{L})(data analyst|datenanalyst\w*|analista de datos|bi analyst|bi developer|power bi developer|business intelligence|reporting analyst|product analyst|marketing (data )?analyst|insights analyst|analytics analyst|data-analist|analyste de donn[ée]es|analista bi|analista de bi|analista de dados|an[aá]lise de dados|an[aá]lisis de datos)(?!\p{L})/iu, "data-analysis"],
  // The qualifier decides what an analyst does: finance and risk are their own trade, operations and
  // commercial analysis sit next to data analysis.
  [/\b(financial analyst|fp&a|accountant|controller|treasury|risk analyst|credit risk|analista de riesgos|analista financier[oa])\b/iu, "finance"],
  [/\b(business analyst|analista de negocio|functional analyst|(operations|commercial|revenue|growth|pricing|supply chain|people|hr) analyst)\b/iu, "business-analysis"],
  [/\b(site reliability|sre|devops|dev ops|production engineer)\b/iu, "sre"],
  [/\b(platform|infrastructure|cloud engineer|kubernetes)\b/iu, "platform"],
  [/\b(full[- ]?stack)\b/iu, "fullstack"],
  [/\b(mobile|ios|android|react native|flutter)\b/iu, "mobile"],
  [/(?<!\p{L})(front[- ]?end|frontend-entwickler|ui engineer|web developer|react developer|angular developer|vue developer|d[ée]veloppeu(?:r|se)(?:\(se\))? front)(?!\p{L})/iu, "frontend"],
  [/(?<!\p{L})(back[- ]?end|backend-entwickler|server[- ]side|api engineer|payments engineer|java engineer|java developer|go engineer|python developer|node\.?js|programador|analista programador)(?!\p{L})/iu, "backend"],
  [/(?<!\p{L})(qa|test engineer|tester|testeur|testeuse|quality assurance|sdet|test automation|pruebas|calidad de software|testes|qualidade de software|assurance qualit[ée]|qualit[ée] logicielle|testautomatisier\w*|softwaretester\w*)(?!\p{L})/iu, "qa"],
  [/\b(security engineer|appsec|penetration)\b/iu, "security"],
  [/\b(product manager|product owner)\b/iu, "product"]
];
var NEIGHBOURS = [
  ["backend", "fullstack"],
  ["frontend", "fullstack"],
  ["backend", "platform"],
  ["platform", "sre"],
  ["data-analysis", "analytics-engineering"],
  ["data-analysis", "business-analysis"],
  ["data-engineering", "analytics-engineering"]
];
var GENERIC_TITLE = /\b(software (engineer|developer)|member of technical staff|engineer|developer|programmer|\w*entwickler\w*|\w*ontwikkelaar|desarrollador[a]?|d[ée]veloppeu[rs]e?|ingenier[oa]|ingenieur\w*|ingénieur\w*|programador[a]?)\b/iu;
var ENGINEERING = ["backend", "frontend", "fullstack", "mobile", "platform", "sre"];
var DESCRIPTION_SIGNS = [
  [/\b(backend|back-end|apis?|services|microservices|server|postgres\w*|databases?|java|spring|go|golang|ruby on rails|rails|node\.?js)\b/giu, "backend"],
  [/\b(frontend|front-end|react|vue|angular|css|browser|ui components|next\.js)\b/giu, "frontend"],
  [/\b(kubernetes|terraform|infrastructure|platform team|on-call|slos?)\b/giu, "platform"],
  [/\b(ios|android|mobile app)\b/giu, "mobile"]
];
var TITLE_PARTS = /\s[—–-]\s|,\s|\s\(|\s\|\s/u;
function familyOfTitle(title) {
  for (const part of title.split(TITLE_PARTS)) {
    const family = TITLE_PATTERNS.find(([re]) => re.test(part))?.[1];
    if (family)
      return family;
  }
  return null;
}
function familyOfPosting(title, description) {
  const fromTitle = familyOfTitle(title);
  if (fromTitle)
    return { family: fromTitle, fromDescription: false, genericEngineering: false };
  if (!GENERIC_TITLE.test(title))
    return { family: null, fromDescription: false, genericEngineering: false };
  let best = null;
  let most = 0;
  for (const [re, family] of DESCRIPTION_SIGNS) {
    const n = description.match(re)?.length ?? 0;
    if (n > most)
      [best, most] = [family, n];
  }
  return { family: most >= 2 ? best : null, fromDescription: true, genericEngineering: true };
}
var wantsEngineering = (families) => families.some((f) => ENGINEERING.includes(f));
function familyFit(wanted, posting) {
  if (wanted.includes(posting))
    return "same";
  return NEIGHBOURS.some(([a, b]) => wanted.includes(a) && b === posting || wanted.includes(b) && a === posting) ? "neighbour" : "other";
}

// dist/analyze/mentions.js
var termRe = (term) => new RegExp(`(^|[^\\p{L}\\p{N}+#])${escapeRegExp(term)}($|[^\\p{L}\\p{N}+#])`, term.length <= 2 ? "u" : "iu");
var word = (alternatives) => new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "iu");
var RETIRED = word("no longer|retir\\w*|legacy|deprecated|phas\\w* out|migrat\\w* (away )?from|moving away from|replac\\w*|sunset\\w*|heredad\\w*|obsolet\\w*|descontinu\\w*|abandonn\\w*|remplac\\w*|abgel[\xF6o]st|abl[\xF6o]s\\w*");
var NOT_BEFORE = word("not|never|won't|will not|don't|do not|no|without|neither|nor|kein\\w*|nicht|ohne|geen|sin|ni|nada de|n[\xE3a]o|nem|sem|pas de|pas un|pas une|ne \\S+ pas|sans|aucun\\w*");
var NOT_AFTER = word("(?:is|are) not (?:required|needed|necessary|expected)|not (?:required|needed|necessary)|no (?:es|son) (?:necesari[oa]s?|requerid[oa]s?)|n[\xE3a]o (?:\xE9|s\xE3o) (?:necess[a\xE1]ri[oa]s?|obrigat[o\xF3]ri[oa]s?|exigid[oa]s?)|(?:n'est|ne sont) pas (?:requis|n[\xE9e]cessaires?|exig[\xE9e]s?)|nicht (?:erforderlich|notwendig|n[\xF6o]tig)");
var OPTIONAL = word("a plus|nice[- ]to[- ]have|bonus|preferred|advantage|is a plus|optional|familiarity|exposure to|von vorteil|w\xFCnschenswert|ein plus|pluspunt|se valorar[a\xE1]|valorable|deseable|no excluyente|un plus|appr\xE9ci[\xE9e]e?|um diferencial|diferencial|desej[a\xE1]vel|ser[a\xE1] um plus");
var AROUND = word("integrat\\w* with|integrations?|connectors?|ingest\\w* (?:data )?from|data from|sync\\w* (?:data )?(?:from|with)|import\\w* from|customers'?|clients'?|our customers use|third[- ]party|partners'?|integraci[o\xF3]n(?:es)? con|datos de|clientes|integra[\xE7c][\xE3a]o com|dados d[eo]|int[\xE9e]gration (?:avec|\xE0)|donn[\xE9e]es (?:de|issues)|Integration (?:mit|in)|Kunden|Daten aus");
var CLAUSE_BREAK = /[;:]\s*|,\s*(?=(?:but|while|whereas|pero|mientras|mas|mais|aber|sondern)\b)|\s(?=(?:but|whereas|pero|mas|mais|aber|sondern)\s)/iu;
var SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
function mentionIn(clause, at, sentence) {
  if (RETIRED.test(clause))
    return "negated";
  const before = NOT_BEFORE.exec(clause);
  if (before && before.index < at)
    return "negated";
  const after = NOT_AFTER.exec(clause);
  if (after && after.index > at)
    return "negated";
  if (OPTIONAL.test(clause) || OPTIONAL.test(sentence) && !/required|must|obligatori|exigid|erforderlich|requis/i.test(sentence))
    return "optional";
  const around = AROUND.exec(clause);
  if (around && around.index < at)
    return "mentioned";
  return "required";
}
var RANK = { required: 3, optional: 2, mentioned: 1, negated: 0 };
function mentionOf(text, term) {
  const re = termRe(term);
  let best = null;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!re.test(sentence))
      continue;
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const m = re.exec(clause);
      if (!m)
        continue;
      const kind = mentionIn(clause, m.index + m[1].length, sentence);
      if (kind === "required")
        return kind;
      if (best === null || RANK[kind] > RANK[best])
        best = kind;
    }
  }
  return best;
}
function sentenceOf(text, term) {
  const re = termRe(term);
  const s = text.split(SENTENCE_BREAK).find((x) => re.test(x));
  return s ? (s.length > 160 ? `${s.slice(0, 157)}\u2026` : s).trim() : null;
}

// dist/analyze/industries.js
var INDUSTRY_SYNONYMS = {
  gambling: [
    "gambling",
    "igaming",
    "i-gaming",
    "sportsbook",
    "casino",
    "online casino",
    "betting",
    "bookmaker",
    "lottery",
    "poker",
    "wagering",
    "apuestas",
    "apuestas deportivas",
    "casa de apuestas",
    "juegos de azar",
    "gl\xFCcksspiel",
    "sportwetten",
    "wetten",
    "gokken",
    "apostas",
    "apostas esportivas",
    "casa de apostas",
    "cassino",
    "jeux d'argent",
    "jeux de hasard",
    "paris sportifs",
    "paris en ligne"
  ],
  crypto: [
    "crypto",
    "cryptocurrency",
    "cryptocurrencies",
    "blockchain",
    "web3",
    "token trading",
    "defi",
    "nft",
    "nfts",
    "bitcoin",
    "on-chain",
    "crypto exchange",
    "stablecoin",
    "cripto",
    "criptomonedas",
    "criptoactivos",
    "criptomoedas",
    "criptoativos",
    "cryptomonnaies",
    "crypto-actifs",
    "krypto",
    "kryptow\xE4hrung",
    "kryptow\xE4hrungen",
    "kryptow\xE4hrungs",
    "krypto-b\xF6rse"
  ],
  defense: ["defense", "defence", "military", "weapons", "armed forces", "r\xFCstung", "verteidigung", "defensa", "munitions", "defesa", "armement"],
  tobacco: ["tobacco", "cigarettes", "vaping", "nicotine", "tabaco", "tabac"],
  adult: ["adult entertainment", "porn"],
  "oil and gas": ["oil and gas", "oil & gas", "petroleum", "upstream drilling", "petr\xF3leo", "p\xE9trole"]
};
INDUSTRY_SYNONYMS.defence = INDUSTRY_SYNONYMS.defense;
INDUSTRY_SYNONYMS.betting = INDUSTRY_SYNONYMS.gambling;
INDUSTRY_SYNONYMS.blockchain = INDUSTRY_SYNONYMS.crypto;
var INDUSTRIES = ["gambling", "crypto", "defense", "tobacco", "adult", "oil and gas"];

export {
  readLanguageLevel,
  isAuthorized,
  validateProfile,
  profileHash,
  familyOfTitle,
  familyOfPosting,
  wantsEngineering,
  familyFit,
  termRe,
  mentionOf,
  sentenceOf,
  INDUSTRY_SYNONYMS,
  INDUSTRIES
};
