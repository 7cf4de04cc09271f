// Role families: which kind of work a title (or, for a generic title, the description) means, and which
// families are neighbours. Generic words ("Senior", "Engineer", "Data") earn nothing on their own. Pure.

export const FAMILIES = [
  'backend', 'frontend', 'fullstack', 'mobile', 'platform', 'sre', 'data-engineering', 'analytics-engineering', 'data-analysis',
  'business-analysis', 'data-science', 'management', 'sales', 'design', 'finance', 'qa', 'security', 'product',
] as const;
export type RoleFamily = (typeof FAMILIES)[number];

/** Title patterns per family, most specific first (several languages). */
const TITLE_PATTERNS: [RegExp, RoleFamily][] = [
  [/\b(engineering manager|head of|director|vp|vice president|cto|chief|teamleiter\w*|jefe de|coordenador\w*|coordinador\w*|gerente|chef d'[ée]quipe)\b|\bmanager\b(?!.*\banalyst\b)/iu, 'management'],
  [/(?<!\p{L})(sales|account executive|account manager|business development|pre-?sales|solutions? engineer|sales engineer|vertrieb|vendas|ventas|vente|executiv[oa]\(?a?\)? de (?:vendas|ventas|contas)|commercial)(?!\p{L})/iu, 'sales'],
  [/\b(designer|ux|ui\/ux|product design|dise[nñ]ador)\b/iu, 'design'],
  [/\banalytics engineer\b/iu, 'analytics-engineering'],
  [/(?<!\p{L})(data engineer|datenengineer|dateningenieur\p{L}*|ingenier[oa](?:\/a)? de datos|engenheir[oa](?:\(a\))? de dados|ing[ée]nieur(?:\(e\))? (?:de )?donn[ée]es|big data engineer|etl developer)(?!\p{L})/iu, 'data-engineering'],
  [/(?<!\p{L})(machine learning|ml engineer|ai engineer|cient[ií]fic[oa] de datos|cientista de dados|data scientiste?|datenwissenschaftler\p{L}*|scientifique des donn[ée]es)(?!\p{L})/iu, 'data-science'],
  [/(?<!\p{L})(data analyst|datenanalyst\w*|analista de datos|bi analyst|bi developer|power bi developer|business intelligence|reporting analyst|product analyst|marketing (data )?analyst|insights analyst|analytics analyst|data-analist|analyste de donn[ée]es|analyste (?:bi|d[ée]cisionnel\p{L}*)|analista bi|analista de bi|intelig[êe]ncia de neg[óo]cios|analista de dados|an[aá]lise de dados|an[aá]lisis de datos)(?!\p{L})/iu, 'data-analysis'],
  // The qualifier decides what an analyst does: finance and risk are their own trade, operations and
  // commercial analysis sit next to data analysis.
  [/\b(financial analyst|fp&a|accountant|controller|treasury|risk analyst|credit risk|analista de riesgos|analista financier[oa])\b/iu, 'finance'],
  [/\b(business analyst|analista de negocio|functional analyst|(operations|commercial|revenue|growth|pricing|supply chain|people|hr) analyst)\b/iu, 'business-analysis'],
  [/\b(site reliability|sre|devops|dev ops|production engineer)\b/iu, 'sre'],
  // A mobile platform named is mobile work, whatever team word goes with it ("Staff Engineer, Android Platform"); an
  // app developer ("App-Entwickler", "App Developer") builds mobile apps.
  // Portuguese and Spanish name it "móvel"/"móvil" or by the apps ("Engenheira de Aplicativos Móveis", "Desarrolladora de
  // aplicaciones móviles", "Desenvolvedor de Aplicativos"); "móvel" alone is furniture, so only after a role or an app word.
  [/(?<!\p{L})(ios|android|react native|flutter|app[- ]?entwickler\p{L}*|app developer|app engineer|m[óo]vil(?:es)?|(?:aplicativos?|aplica[çc][õo]es|apps?|software|engenheir\p{L}*|desenvolvedor\p{L}*)(?:\(\p{L}{1,2}\))? m[óo]ve(?:l|is)|desenvolvedor\p{L}*(?:\(\p{L}{1,2}\))? de aplicativos)(?!\p{L})/iu, 'mobile'],
  [/(?<!\p{L})(platform|infrastructure|cloud engineer|kubernetes|ing[ée]nieur\p{L}* cloud|cloud-ingenieur\p{L}*|engenheir[oa](?:\(a\))? de cloud|ingenier[oa] cloud)(?!\p{L})/iu, 'platform'],
  [/\b(full[- ]?stack)\b/iu, 'fullstack'],
  // "Mobile" alone comes after platform and full-stack: "Mobile Platform Engineer" is not mobile by its title alone (a posting's description decides: CLIENT_TEAM below).
  [/\b(mobile)\b/iu, 'mobile'],
  [/(?<!\p{L})(front[- ]?end|frontend-entwickler|ui engineer|web developer|react developer|angular developer|vue developer|d[ée]veloppeu(?:r|se)(?:\(se\))? front)(?!\p{L})/iu, 'frontend'],
  [/(?<!\p{L})(back[- ]?end|backend-entwickler|(?:java|python|php|golang|go|ruby|scala|c#|\.net)[- ]entwickler\p{L}*|server[- ]side|api engineer|payments engineer|java engineer|java developer|go engineer|python developer|node\.?js|programador|analista programador)(?!\p{L})/iu, 'backend'],
  [/(?<!\p{L})(qa|test engineer|(?:engineer|developer) in test|tester|testeur|testeuse|quality assurance|sdet|test automation|pruebas|calidad de software|testes|qualidade de software|assurance qualit[ée]|qualit[ée] logicielle|testautomatisier\w*|softwaretester\w*|(?:engenheir|analista|ingenier)\p{L}*(?:\(\p{L}{1,2}\))? de (?:testes|pruebas))(?!\p{L})/iu, 'qa'],
  [/(?<!\p{L})(security engineer|appsec|penetration|ing[ée]nieur\p{L}* (?:en )?s[ée]curit[ée]|sicherheitsingenieur\p{L}*|engenheir[oa](?:\(a\))? de seguran[çc]a)(?!\p{L})/iu, 'security'],
  [/\b(product manager|product owner)\b/iu, 'product'],
];

/** Families close enough that a candidate of one would consider the other. */
const NEIGHBOURS: [RoleFamily, RoleFamily][] = [
  ['backend', 'fullstack'], ['frontend', 'fullstack'], ['backend', 'platform'], ['platform', 'sre'],
  ['data-analysis', 'analytics-engineering'], ['data-analysis', 'business-analysis'], ['data-engineering', 'analytics-engineering'],
];
/**
 * Neighbours one way only: a backend engineer moves into platform work, but infrastructure people (platform,
 * DevOps, SRE) are not application developers because they script in Python or Go: a backend role is not theirs.
 */
const ONE_WAY: [from: RoleFamily, to: RoleFamily][] = [['platform', 'backend'], ['sre', 'backend']];

const GENERIC_TITLE = /\b(software (engineer|developer)|member of technical staff|quality engineer|engineer|developer|programmer|\w*entwickler\w*|\w*ontwikkelaar|desarrollador[a]?|d[ée]veloppeu[rs]e?|ingenier[oa]|ingenieur\w*|ingénieur\w*|programador[a]?|desenvolvedor[a]?|engenheir[oa]|programmeu(?:r|se)|informaticien(?:ne)?|\w*informatiker\w*)\b/iu;
const ENGINEERING: readonly RoleFamily[] = ['backend', 'frontend', 'fullstack', 'mobile', 'platform', 'sre'];

/** Words in a description that show which kind of engineering a generic title means. */
const DESCRIPTION_SIGNS: [RegExp, RoleFamily][] = [
  [/\b(backend|back-end|apis?|services|microservices|server|postgres\w*|databases?|java|spring|go|golang|ruby on rails|rails|node\.?js)\b/giu, 'backend'],
  [/\b(frontend|front-end|react(?![ -]native)|vue|angular|css|browser|ui components|next\.js)\b/giu, 'frontend'],
  [/\b(kubernetes|terraform|infrastructure|platform team|on-call|slos?)\b/giu, 'platform'],
  [/(?<!\p{L})(ios|android|mobile apps?|mobile team|swiftui|swift|jetpack compose|react native|flutter|app store|play store|aplicativos? m[óo]ve(?:l|is)|aplicaciones m[óo]viles)(?!\p{L})/giu, 'mobile'],
  // "Engenheira(o) de Qualidade", "Quality Engineer": software quality when the work is test automation (a factory's is not).
  [/(?<!\p{L})(playwright|cypress|selenium|appium|test automation|automated tests|automa[çc][ãa]o de testes|testes automatizados|pruebas automatizadas|testautomatisierung)(?!\p{L})/giu, 'qa'],
];

/** Where a title's role ends and its team, stack or place begins: " — ", " - ", ", ", " (", " | ". */
const TITLE_PARTS = /\s[—–-]\s|,\s|\s\(|\s\|\s/u;

/** Where one works written with "mobile" (German boards' "Mobile Office", "Mobile Working", "mobiles Arbeiten"). */
const MOBILE_WORKPLACE = /(?<!\p{L})mobile[sn]? (?:office|working|work|arbeit\p{L}*)(?!\p{L})/giu;

/** The family a title names (its role part first), or null for a generic or unknown title. */
export function familyOfTitle(title: string): RoleFamily | null {
  // "Java Entwickler (m/w/d) – 100% Mobile Office": working from home is a workplace, not mobile development.
  title = title.replace(MOBILE_WORKPLACE, ' ');
  // The role comes first and the team after it: "Senior Backend Engineer — Platform" is backend work on the
  // platform team. "Frontend Engineering Manager" is management; "Software Engineer, Frontend" is frontend.
  for (const part of title.split(TITLE_PARTS)) {
    const family = TITLE_PATTERNS.find(([re]) => re.test(part))?.[1];
    if (family) return family;
  }
  return null;
}

/**
 * Every family a title holds: its own, and each alternative a slash joins to it in the same part ("Senior Software
 * Engineer (Backend / Full Stack)", "Frontend/Fullstack Developer"), for a candidate's titles: they do both.
 */
export function familiesOfTitle(title: string): RoleFamily[] {
  const own = familyOfTitle(title);
  if (!own) return [];
  const part = title.split(TITLE_PARTS).find((p) => TITLE_PATTERNS.some(([re, f]) => f === own && re.test(p))) ?? '';
  const alternatives = part.split('/').map((a) => TITLE_PATTERNS.find(([re]) => re.test(a))?.[1]).filter((f): f is RoleFamily => f !== undefined);
  return [...new Set([own, ...alternatives])];
}

/**
 * A team named for the apps' foundations ("Client Platform", "Mobile Platform", "Apps Infrastructure"): its engineers
 * build the apps' architecture, build and shared modules, not servers' platform; the description says which apps.
 */
const CLIENT_TEAM = /(?<!\p{L})(?:client|mobile|apps?) (?:platform|infrastructure|foundations?)(?!\p{L})/iu;

/** The family of a posting: from its title, else (a generic title) from what its description is about. */
export function familyOfPosting(title: string, description: string): { family: RoleFamily | null; fromDescription: boolean; genericEngineering: boolean } {
  // "Engineer, Client Platform", "Mobile Platform Engineer": the apps' team, so the description says which kind, as for a generic title.
  const fromTitle = CLIENT_TEAM.test(title) ? null : familyOfTitle(title);
  if (fromTitle) return { family: fromTitle, fromDescription: false, genericEngineering: false };
  if (!GENERIC_TITLE.test(title)) return { family: null, fromDescription: false, genericEngineering: false };
  let best: RoleFamily | null = null;
  let most = 0;
  for (const [re, family] of DESCRIPTION_SIGNS) {
    const n = description.match(re)?.length ?? 0;
    if (n > most) [best, most] = [family, n];
  }
  return { family: most >= 2 ? best : null, fromDescription: true, genericEngineering: true };
}

/** Whether the candidate wants some kind of software engineering (a generic engineering title may be theirs). */
export const wantsEngineering = (families: readonly RoleFamily[]) => families.some((f) => ENGINEERING.includes(f));

export type FamilyFit = 'same' | 'neighbour' | 'other';

export function familyFit(wanted: readonly RoleFamily[], posting: RoleFamily): FamilyFit {
  if (wanted.includes(posting)) return 'same';
  // Infrastructure candidates only (no backend, full-stack or data title of their own) do not take a backend role.
  const infrastructureOnly = wanted.every((w) => ONE_WAY.some(([from, to]) => from === w && to === posting));
  if (infrastructureOnly) return 'other';
  return NEIGHBOURS.some(([a, b]) => (wanted.includes(a) && b === posting) || (wanted.includes(b) && a === posting)) ? 'neighbour' : 'other';
}
