// Employment type: what a posting offers (permanent, contract, freelance, temporary or fixed-term, internship;
// full- or part-time; a contract's length) read in English, Spanish, Portuguese, French and German, and which
// of them a candidate's preferences.jobTypes accept. Pure.

export type Terms = 'permanent' | 'contract' | 'freelance' | 'temporary' | 'internship';
export type Schedule = 'full' | 'part';

export interface Employment {
  terms: Terms | null;
  schedule: Schedule | null;
  /** A contract's stated length in months ("six-month contract", "contrato de 3 meses"). */
  months: number | null;
  /** The words it was read from. */
  words: string | null;
  /** Permanent work or a contract, as the candidate chooses ("CLT ou PJ"): whoever takes either can take it. */
  either?: true;
}

/**
 * What "B2B" describes when it is a market, not the Polish contract form: "B2B SaaS", "B2B products", "B2B
 * customers" (a business model). Before it "B2B" alone, "B2B contract", "B2B or UoP" are a contractor's terms.
 */
export const B2B_MARKET = '(?:saas|software|products?|platforms?|compan(?:y|ies)|customers?|clients?|market\\w*|sales|e-?commerce|space|startups?|businesses|brands?|tools?|apps?|fintech|payments|segment)(?![\\p{L}])';

const w = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12, eighteen: 18,
  un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, seis: 6, doce: 12, um: 1, três: 3, quatro: 4, deux: 2, trois: 3, quatre: 4, douze: 12,
  drei: 3, vier: 4, sechs: 6, zwölf: 12 };
const LENGTH = /(\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen|un|uno|dos|tres|cuatro|seis|doce|um|três|quatro|deux|trois|quatre|douze|drei|vier|sechs|zwölf)[- ]?(?:months?|meses|mois|monate?n?|monats)\b/iu;

/**
 * Most specific first: an internship, then a fixed term, then freelance and contract, then permanent. Contractors in
 * the plural when they are hired as such ("we hire as full-time contractors": "full-time" is then the schedule),
 * not the people a role works with ("coordinate external contractors and vendors").
 */
const TERMS: [Terms, RegExp][] = [
  ['internship', w('internship|intern|prácticas|practicas|pasant[ií]a|becari[oa]|est[aá]gio|estagi[aá]ri[oa]|stage (?:de|d\'|en)|un stage|offre de stage|stagiaire|alternance|praktikum|werkstudent\\w*|trainee')],
  ['temporary', w('temporary|temp role|fixed[- ]term|\\d{1,2}[- ]month contract|(?:one|two|three|four|five|six|nine|twelve)[- ]month contract|maternity cover|parental leave cover|contrato temporal|por obra|(?:contrato )?por proyecto|tempor[aá]ri[oa]|prazo determinado|tempo determinado|tiempo determinado|contrato a termo|cdd|dur[ée]e d[ée]termin[ée]e|int[ée]rim\\w*|befristet\\w*|elternzeitvertretung|mandat de \\d+ mois|contrat de \\d+ mois')],
  ['freelance', w('freelance\\w*|freelancer|aut[óo]nom[oa]|travailleur autonome|portage salarial|indépendant|independiente|freiberuflich\\w*|selbst(?:st)?[äa]ndig\\w*')],
  ['contract', w(`contract(?:or)? (?:role|position|basis|engagement)|contractor|as (?:[\\w-]+ ){0,2}contractors|independent contractors?|contract-to-hire|(?:outside|inside) ir35|day rate|b2b contract|b2b(?![\\s-]+${B2B_MARKET})|c2c|1099|corp[- ]to[- ]corp|prestaci[oó]n de servicios|contrato por servicios|honorarios|pj|pessoa jur[ií]dica|contrato pj|mandat contractuel|contractuel|consultant externe|auftragsbasis|werkvertrag|freie mitarbeit`)],
  ['permanent', w('permanent(?! resid)|full[- ]time permanent|indefinite|contrato indefinido|indefinid[oa]|t[ée]rmino indefinido|relaci[oó]n de dependencia|planta permanente|(?:100 ?% )?n[óo]mina|clt|efetiv[oa]|contrato sem termo|tempo indeterminado|tiempo indeterminado|dur[ée]e ind[ée]termin[ée]e|cdi|poste permanent|unbefristet\\w*|festanstellung|feste anstellung')],
  // Last: "contract" alone, after "permanent" had its chance ("Contract type: permanent").
  ['contract', w('contract')],
];
const PART = w('part[- ]time|\\d{1,2} hours (?:a|per) week|medio tiempo|media jornada|tiempo parcial|meio per[ií]odo|tempo parcial|temps partiel|mi-temps|teilzeit');
const FULL = w('full[- ]time|fulltime|tiempo completo|jornada completa|tempo integral|temps plein|vollzeit');
/** Both schedules offered ("Vollzeit oder Teilzeit", "Voll- oder Teilzeit", "full-time or part-time", "Teilzeit möglich"): a full-timer can take it. */
const EITHER_SCHEDULE = w('(?:vollzeit|voll-)\\s?(?:oder|und|/)\\s?teilzeit|teilzeit\\s?(?:oder|und|/)\\s?vollzeit|full[- ]time\\s?(?:or|/)\\s?part[- ]time|part[- ]time\\s?(?:or|/)\\s?full[- ]time|full or part[- ]time|' +
  'tiempo completo (?:o|y) (?:tiempo )?parcial|tempo integral (?:ou|e) (?:tempo )?parcial|temps plein (?:ou|et) (?:temps )?partiel|teilzeit (?:ist )?(?:auch )?m[öo]glich|part[- ]time (?:is )?(?:also )?possible');
/** "not a contract role", "no contractors": a term named only to rule it out. */
const RULED_OUT = w('not an? |no |never |non |pas de |kein\\w* |sem |sin ');

/**
 * Permanent work and a contract offered as alternatives: "CLT ou PJ", "CDI ou freelance", "Festanstellung oder
 * freiberuflich", "permanent or contract". Whoever takes either can take the posting; it is read as permanent.
 */
const PERMANENT_WORD = 'clt|cdi|efetiv[oa]|festanstellung|permanent|indefinid[oa]|unbefristet';
const CONTRACT_WORD = 'pj|freelance|freiberuflich|contract(?:or)?|contrato|b2b|contractuel|autonome?';
const EITHER_TERMS = new RegExp(`(?<!\\p{L})(?:(?:${PERMANENT_WORD})\\s?(?:ou|or|oder|o|y|e|/)\\s?(?:${CONTRACT_WORD})|(?:${CONTRACT_WORD})\\s?(?:ou|or|oder|o|y|e|/)\\s?(?:${PERMANENT_WORD}))(?!\\p{L})`, 'iu');

function termsOf(text: string): { terms: Terms; words: string; either?: true } | null {
  const either = EITHER_TERMS.exec(text);
  if (either) return { terms: 'permanent', words: either[0], either: true };
  for (const [terms, re] of TERMS) {
    const m = re.exec(text);
    if (!m) continue;
    if (RULED_OUT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return { terms, words: text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).trim() };
  }
  return null;
}

/** What a posting offers, from its title and description. */
export function employmentOf(title: string, description: string): Employment {
  const text = `${title}\n${description}`;
  const found = termsOf(title) ?? termsOf(description);
  const length = LENGTH.exec(text);
  const months = length ? Number(length[1]) || NUMBER_WORDS[length[1]!.toLowerCase()] || null : null;
  // A contract with a stated end is fixed-term work, whatever word it uses.
  const terms = found?.terms === 'contract' && months !== null && /contract|contrato|contrat|mandat|vertrag/iu.test(text) ? 'temporary' : found?.terms ?? null;
  const part = PART.exec(text);
  const schedule: Schedule | null = EITHER_SCHEDULE.test(text) ? 'full' : part && !(Number(/\d+/.exec(part[0])?.[0] ?? 0) >= 35) ? 'part' : FULL.test(text) ? 'full' : null;
  // A freelance project has a length too ("ein Projekt von drei Monaten", "mission de 3 mois").
  return { terms, schedule, months: terms === 'temporary' || terms === 'contract' || terms === 'freelance' ? months : null, words: found?.words ?? part?.[0] ?? null, ...(found?.either ? { either: true as const } : {}) };
}

export interface Accepts {
  terms: Set<Terms>;
  schedules: Set<Schedule>;
  /** The shortest contract they take, in months. */
  minContractMonths: number | null;
}

/** The kind of work one jobTypes word names, as a key: "Full-time" → "fulltime", "fixed-term" → "fixedterm". */
const kindOf = (raw: string) => raw.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Which terms and schedules a candidate's jobTypes accept, less the kinds they rule out (`excluded`: "contract,
 * but no temporary contracts"); null when they state none (anything goes).
 */
export function acceptedBy(jobTypes: readonly string[] | undefined, minContractMonths?: number, excluded: readonly string[] = []): Accepts | null {
  if (!jobTypes?.length) return null;
  const terms = new Set<Terms>();
  const schedules = new Set<Schedule>();
  for (const raw of jobTypes) {
    const t = kindOf(raw);
    // "full-time" is a job: permanent work at full hours. A contract is accepted only when named.
    if (t === 'fulltime' || t === 'permanent') { terms.add('permanent'); schedules.add('full'); }
    if (t === 'parttime') { schedules.add('part'); terms.add('permanent'); }
    // A contract taker takes a fixed-term or freelance engagement too: each is a contract.
    if (t === 'contract' || t === 'contractor') ['contract', 'temporary', 'freelance'].forEach((x) => terms.add(x as Terms));
    if (t === 'freelance') ['freelance', 'contract'].forEach((x) => terms.add(x as Terms));
    if (t === 'temporary' || t === 'fixedterm') ['temporary', 'contract'].forEach((x) => terms.add(x as Terms));
    if (t === 'internship' || t === 'intern') terms.add('internship');
  }
  for (const raw of excluded) {
    const t = kindOf(raw);
    if (t === 'temporary' || t === 'fixedterm') terms.delete('temporary');
    if (t === 'freelance') terms.delete('freelance');
    if (t === 'internship' || t === 'intern') terms.delete('internship');
    if (t === 'contract' || t === 'contractor') ['contract', 'temporary', 'freelance'].forEach((x) => terms.delete(x as Terms));
    if (t === 'parttime') schedules.delete('part');
  }
  if (!schedules.size) schedules.add('full');
  return { terms, schedules, minContractMonths: minContractMonths ?? null };
}

/** Why the posting's employment does not suit the candidate, or null. */
export function employmentMismatch(e: Employment, accepts: Accepts | null, jobTypes: readonly string[], excluded: readonly string[] = []): string | null {
  if (!accepts) return null;
  const wanted = `${jobTypes.join(' or ')}${excluded.length ? ` (not ${excluded.join(' or ')})` : ''}`;
  // Offered either way: a contract-taker takes its contract side.
  const taken = e.terms !== null && (accepts.terms.has(e.terms) || (e.either === true && accepts.terms.has('contract')));
  if (e.terms && accepts.terms.size && !taken) return `it is ${describe(e)}; you want ${wanted} work`;
  if (e.schedule === 'part' && !accepts.schedules.has('part')) return `it is part-time; you want ${wanted} work`;
  if (e.months !== null && accepts.minContractMonths !== null && e.months < accepts.minContractMonths) {
    return `it is a ${e.months}-month contract; you take contracts of ${accepts.minContractMonths} months or more`;
  }
  return null;
}

export function describe(e: Employment): string {
  const kind = { permanent: 'a permanent position', contract: 'a contract', freelance: 'freelance work', temporary: 'a fixed-term position', internship: 'an internship' }[e.terms ?? 'permanent'];
  return `${kind}${e.months ? ` (${e.months} months)` : ''}${e.words ? ` ("${e.words}")` : ''}`;
}
