// Pay as postings write it: "$170,000 – $200,000", "CLP 2.800.000 – 3.300.000 brutos mensuales", "R$ 7 mil",
// "₹18–24 LPA", "USD 45/hour", "45.000 € brutos anuales"; a range with its currency and period, the amounts
// as written; and how its top compares with a floor in another currency and period (rates.ts). Pure.

import { convert, PER_YEAR, RATES_DATE, yearly, type PayPeriod } from './rates.js';

export interface Pay {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
  /** The words it was read from. */
  words: string;
  /** A single amount stated as where pay starts ("ab 65.000 €", "from $90k", "a partir de R$ 8 mil"): no top to hold against a floor. */
  openTop?: boolean;
}

const SYMBOLS: [string, string][] = [
  ['R$', 'BRL'], ['US$', 'USD'], ['USD$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['CAD$', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['S$', 'SGD'],
  ['MX$', 'MXN'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['COL$', 'COP'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['Rs.', 'INR'], ['₦', 'NGN'], ['¥', 'JPY'], ['₱', 'PHP'],
  ['KSh', 'KES'], ['Ksh', 'KES'], ['$', '$'],
];
const CODES = 'USD|EUR|GBP|CHF|CAD|AUD|NZD|SGD|HKD|INR|BRL|MXN|COP|CLP|ARS|PEN|UYU|KES|NGN|ZAR|GHS|EGP|MAD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|ILS|AED|SAR|PHP|IDR|MYR|THB|VND|PKR|BDT';
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(euros?)\b/iu, 'EUR'], [/^(reais|real)\b/iu, 'BRL'], [/^(rupees?|rupias?)\b/iu, 'INR'], [/^(naira)\b/iu, 'NGN'], [/^(shillings?)\b/iu, 'KES'],
  [/^(pesos?)\b/iu, '$'], [/^(d[oó]lares|dollars?)\b/iu, '$'], [/^(rand)\b/iu, 'ZAR'],
];
/** "$" and "pesos" mean the local dollar or peso. */
const LOCAL_DOLLAR: Record<string, string> = { US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', CL: 'CLP', CO: 'COP', AR: 'ARS', UY: 'UYU' };
const EURO = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'PT', 'FI', 'GR', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'MT', 'CY', 'HR'];
/** A country's own currency, for pay written without one after a pay label ("Salary: 120,000 – 140,000 per year" in Toronto). */
const LOCAL_CURRENCY: Record<string, string> = {
  ...LOCAL_DOLLAR, ...Object.fromEntries(EURO.map((c) => [c, 'EUR'])), GB: 'GBP', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK',
  HU: 'HUF', RO: 'RON', BG: 'BGN', TR: 'TRY', UA: 'UAH', BR: 'BRL', PE: 'PEN', JP: 'JPY', CN: 'CNY', KR: 'KRW', MY: 'MYR', TH: 'THB',
  ID: 'IDR', PH: 'PHP', VN: 'VND', IN: 'INR', PK: 'PKR', BD: 'BDT', LK: 'LKR', IL: 'ILS', AE: 'AED', SA: 'SAR', EG: 'EGP', MA: 'MAD',
  TN: 'TND', NG: 'NGN', GH: 'GHS', KE: 'KES', UG: 'UGX', TZ: 'TZS', RW: 'RWF', ZA: 'ZAR', SN: 'XOF', CI: 'XOF', CM: 'XAF',
};
/** A label that says pay follows: "Salary:", "Salario:", "Rémunération :", "Gehalt:", "CTC:", "Base pay range". */
const PAY_LABEL = /(?<!\p{L})(?:salary(?: range)?|base (?:pay|salary)(?: range)?|pay(?: range)?|compensation|ctc|sueldo|remuneraci[oó]n|sal[áa]rio|remunera[çc][ãa]o|r[ée]mun[ée]ration|salaire|gehalt|verg[üu]tung|jahresgehalt)\s*(?:\([^)]{0,20}\))?\s*[:：-]?\s*/iu;

// Thousands as the countries write them: "170,000", "2.800.000", "85 000" (spaces, narrow ones too), "CHF 115'000" (Swiss),
// and India's lakh grouping, "₹30,00,000" (three digits, then twos), tried first so that it is not read as "30,00".
const NUMBER = /(?<![\d.,])(?:\d{1,2}(?:,\d{2}){1,4},\d{3}(?!\d)|\d{1,3}(?:[.,\u00a0\u202f '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)/gu;
const MULTIPLIER = /^\s?(k|K|mil|M|m|mn|million|millones|milh[õo]es|lakhs?|LPA|lacs?|L|crores?|Cr|Mio\.?|Tsd\.?|T(?=\s?€))(?![\p{L}])/u;
const MULTIPLIERS: Record<string, number> = { k: 1e3, mil: 1e3, m: 1e6, mn: 1e6, million: 1e6, millones: 1e6, milhões: 1e6, milhoes: 1e6, lakh: 1e5, lakhs: 1e5, lpa: 1e5, lac: 1e5, lacs: 1e5, l: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, mio: 1e6, 'mio.': 1e6, tsd: 1e3, 'tsd.': 1e3, t: 1e3 };

const PERIODS: [PayPeriod, RegExp][] = [
  ['hour', /\b(per hour|an hour|hourly|p\/h|por hora|la hora|par heure|de l'heure|taux horaire|pro stunde|stundensatz)\b|\/\s?(?:h(?:ou)?r|hora|h|stunde)(?!\p{L})/iu],
  ['day', /\b(per day|a day|day rate|daily rate|por d[ií]a|di[aá]ri[oa]|par jour|tjm|pro tag|tagessatz)\b|\/\s?(?:day|d[ií]a|tag|jour)(?!\p{L})/iu],
  ['month', /\b(per month|a month|monthly|al mes|mensual\w*|por m[eê]s|ao m[eê]s|mensa(?:l|is)|par mois|mensuel\w*|pro monat|im monat|monatlich\w*|mtl\.?|\w*monatsgehalt|brutos mensuales|l[ií]quidos mensuales)\b|\/\s?(?:mo(?:nth)?|mth|m[eê]s|monat|mois)(?!\p{L})/iu],
  ['year', /\b(per year|a year|annual\w*|yearly|p\.?\s?a\.?|per annum|al a[ñn]o|anual\w*|por ano|ao ano|par an|annuel\w*|pro jahr|j[äa]hrlich\w*|brutto|lpa|ctc)\b|\/\s?(?:y(?:ea)?r|a[ñn]o|jahr|an)(?!\p{L})/iu],
];

/** Words that suggest a year only when nothing names a period ("€ 3.200 brutto monatlich" is a month). */
const WEAK_PERIOD = /^(?:brutto|ctc)$/iu;

/** The period written nearest after an amount: "SGD 10k/month. Contract: SGD 700/day" is a month, whichever period comes first in PERIODS. */
function nearestPeriod(after: string): PayPeriod | undefined {
  let best: { period: PayPeriod; at: number } | undefined;
  for (const [period, re] of PERIODS) {
    const m = re.exec(after);
    if (!m) continue;
    const at = WEAK_PERIOD.test(m[0]) ? after.length + m.index : m.index;
    if (!best || at < best.at) best = { period, at };
  }
  return best?.period;
}

function numberValue(raw: string): number {
  const s = raw.replace(/[\u00a0\u202f '’]/g, '');
  // "2.800.000", "170,000", "7.000,00", "45.50": the last separator with 1–2 digits after it is the decimal point.
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = decimal ? s.slice(0, -decimal[0].length) : s;
  return Number(whole.replace(/[.,]/g, '')) + (decimal ? Number(`0.${decimal[1]}`) : 0);
}

function currencyBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 6), at).trimEnd();
  for (const [symbol, code] of SYMBOLS) if (before.endsWith(symbol)) return code;
  const m = new RegExp(`(?:^|[^A-Za-z])(${CODES})$`).exec(before);
  return m ? m[1]! : null;
}

function currencyAfter(text: string): string | null {
  const after = text.trimStart();
  for (const [symbol, code] of SYMBOLS) if (after.startsWith(symbol)) return code;
  const code = new RegExp(`^(${CODES})(?![A-Za-z])`).exec(after);
  if (code) return code[1]!;
  return CURRENCY_WORDS.find(([re]) => re.test(after))?.[1] ?? null;
}

interface Amount { value: number; multiplier: number; currency: string | null; start: number; end: number }

/** Money amounts in order: a number with a currency before or after it (or sharing the next one's, in a range). */
function amountsIn(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let end = m.index + m[0].length;
    const before = currencyBefore(text, m.index);
    const after = MULTIPLIER.exec(text.slice(end, end + 12));
    // A lower-case "m" is a million only right after a currency ("₦1.2m – ₦1.8m"): "a 12m contract" is months.
    const mult = after?.[1] === 'm' && !before ? null : after;
    const multiplier = mult ? MULTIPLIERS[mult[1]!.toLowerCase()] ?? 1 : 1;
    if (mult) end += mult[0].length;
    // Lakhs and crores are India's: "28 LPA", "₹25L – ₹32L", "1.2 Cr" are in rupees however they are written.
    const indian = mult && /^(lakhs?|lpa|lacs?|l|crores?|cr)$/i.test(mult[1]!) ? 'INR' : null;
    const currency = before ?? currencyAfter(text.slice(end, end + 12)) ?? indian;
    found.push({ value: numberValue(m[0]) * multiplier, multiplier, currency, start: m.index, end });
    if (found.length > 40) break;
  }
  return found;
}

const NOT_PAY = /\b(raised|funding|budget|stipend|allowance|presupuesto|aux[ií]lio|series [a-e]|valuation|revenue|ARR|invest\w*|financiaci[oó]n|financiamento|lev[ée]e de fonds|Finanzierung|Umsatz)\b/iu;
/** What joins the two ends of a range, a currency after the first end included: "–", "to", "a", "à", "bis"; "45 000 € à 55 000 €". */
const RANGE_JOIN = /^\s*(?:[^\d\s]{1,4}\s*)?(?:[-–—]|to|and|a|até|à|bis|y|e|et)\s*(?:[^\d\s]{0,4}\s?)$/iu;
/** How many monthly salaries a year brings when it says so: "(x14)", "14 meses", "14 pagas", "14 Gehälter", "14 mois". */
const PAID_TIMES = /(?:[x×]\s?(1[3-5])(?!\d)|(?<![\d.,])(1[3-5])\s?[x×](?!\p{L})|(?<!\d)(1[3-5])\s?(?:meses|pagas|salários|salarios|vencimentos|vezes|(?:monats)?geh[äa]lter|mois|salaires|mensualit[ée]s))/iu;
/** Currencies whose pay is stated by the month by custom (Latin America): a bare "R$ 12 mil" is monthly pay. */
const MONTHLY_BY_CUSTOM = new Set(['BRL', 'MXN', 'ARS', 'COP', 'CLP', 'PEN', 'UYU']);

/** The period a band without one is for: an hourly amount, a monthly one where that is the custom, else yearly. */
function periodByAmount(max: number, currency: string): PayPeriod {
  if (max < 500) return 'hour';
  const usd = convert(max, currency, 'USD');
  return MONTHLY_BY_CUSTOM.has(currency) && usd !== null && usd < 15_000 ? 'month' : 'year';
}

/** The pay range a text states, or null: the first amount with a currency, and the next one when they form a range. */
export function salaryOf(text: string, country: string | null = null, labelled = false): Pay | null {
  const amounts = withLocalCurrency(text, amountsIn(text), country, labelled);
  for (let i = 0; i < amounts.length; i++) {
    const b = amounts[i + 1];
    const joined = b && RANGE_JOIN.test(text.slice(amounts[i]!.end, b.start));
    // "₹18–24 LPA", "$120–150k": the multiplier written once, after the range, counts for both ends.
    const a = joined && b.multiplier > 1 && amounts[i]!.multiplier === 1 ? { ...amounts[i]!, value: amounts[i]!.value * b.multiplier } : amounts[i]!;
    const currency = a.currency ?? (joined ? b.currency : null);
    if (!currency) continue;
    const end = joined ? b.end : a.end;
    // "$40,000 a $55,000 MXN": a code written after the range says which dollar or peso "$" is.
    const named = currency === '$' ? currencyAfter(text.slice(end, end + 12)) : null;
    const resolved = currency === '$' ? (named && named !== '$' ? named : LOCAL_DOLLAR[country ?? ''] ?? 'USD') : currency;
    const max = joined && b.value >= a.value && b.value <= a.value * 4 ? b.value : a.value;
    if (a.value < 5) continue; // a bare small number is not pay
    const around = text.slice(Math.max(0, a.start - 40), Math.min(text.length, end + 50));
    if (NOT_PAY.test(around)) continue; // "raised $20M in Series B funding" is the company's money, not the role's
    const period = nearestPeriod(text.slice(end, end + 50)) ?? nearestPeriod(around) ?? periodByAmount(max, resolved);
    const words = text.slice(Math.max(0, a.start - 4), end).trim();
    // "2.300 € brutos mensais (x14)", "14 Monatsgehälter": a monthly amount paid fourteen times a year (Portugal,
    // Spain, Austria) is read as the year it makes.
    const paidTimes = PAID_TIMES.exec(text.slice(end, end + 60));
    const openTop = !joined && (STARTS_AT.test(text.slice(Math.max(0, a.start - 30), a.start)) || overpays(text.slice(end, end + 80)));
    if (paidTimes && (period === 'month' || paidTimes.index < 12)) {
      // "EUR 3.500 brutto pro Monat (14x). Bereitschaft zur Überzahlung": fourteen times a minimum is still no top.
      const times = Number(paidTimes[1] ?? paidTimes[2] ?? paidTimes[3]);
      return { min: a.value * times, max: max * times, currency: resolved, period: 'year', words: `${words} × ${times}`, ...(openTop ? { openTop } : {}) };
    }
    return { min: a.value, max, currency: resolved, period, words, ...(openTop ? { openTop } : {}) };
  }
  return null;
}

/**
 * Pay written without a currency right after a pay label ("Salary: 120,000 – 140,000 per year", "Salário: 12.000 a
 * 15.000 por mês") is in the country's own: the amounts a label opens (a thousand or more, so "Salary review every
 * 12 months" and "401(k)" are none) take it, when no amount in the text names a currency. `labelled`: the text is
 * what a label opens (a CV's "Salaire visé : 95 000 par année" after its label).
 */
function withLocalCurrency(text: string, amounts: Amount[], country: string | null, labelled: boolean): Amount[] {
  const local = country ? LOCAL_CURRENCY[country] : undefined;
  if (!local || amounts.some((a) => a.currency)) return amounts;
  const label = labelled ? null : PAY_LABEL.exec(text);
  if (!label && !labelled) return amounts;
  const opens = label ? label.index + label[0].length : 0;
  const first = amounts.findIndex((a) => a.start >= opens && a.start - opens <= 12);
  if (first < 0) return amounts;
  const [a, b] = [amounts[first]!, amounts[first + 1]];
  const joined = b !== undefined && RANGE_JOIN.test(text.slice(a.end, b.start));
  // "120-140K": the multiplier written once, after the range.
  if (a.value * (joined && a.multiplier === 1 ? b.multiplier : 1) < 1000) return amounts;
  return amounts.map((x, i) => (i === first || (joined && i === first + 1) ? { ...x, currency: local } : x));
}

/** Words before a lone amount that make it where pay starts: "ab", "from", "starting at", "a partir de", "à partir de", "desde", "mindestens". */
const STARTS_AT = /(?<!\p{L})(?:ab|from|starting (?:at|from)|a partir de|à partir de|desde|mindestens|minimum|no m[íi]nimo|at least)\s*(?:[^\d\s]{1,4}\s?)?$/iu;
/** Austria's collective-agreement minimum, stated with the readiness to pay more ("Bereitschaft zur Überzahlung", "Überzahlung je nach Qualifikation"). */
const OVERPAY = /(?<!\p{L})[üu]berzahlung/iu;
/** Readiness to pay more, not refused around it ("keine Überzahlung vorgesehen", "Überzahlung ist nicht möglich"). */
function overpays(after: string): boolean {
  const m = OVERPAY.exec(after);
  return m !== null && !/(?<!\p{L})(?:kein\p{L}*|ohne|nicht)(?!\p{L})/iu.test(after.slice(Math.max(0, m.index - 12), m.index + m[0].length + 25));
}

export interface Floor { amount: number; currency: string; period: PayPeriod }

/**
 * The floor a posting is held to: a contract's or freelancer's own rate when the candidate states one apart and
 * the posting offers such terms ("Contract: min SGD 700/day"), or a fixed term paid by the day or hour ("12-month
 * contract … SGD 550 per day"); else the floor.
 */
export function floorFor<F extends Floor & { contract?: Floor | undefined }>(floor: F, terms: string | null, pay: Pay | null): Floor & Omit<F, 'contract'> {
  const { contract, ...own } = floor;
  const contracting = terms === 'contract' || terms === 'freelance' || (terms === 'temporary' && (pay?.period === 'day' || pay?.period === 'hour'));
  return contract && contracting ? { ...own, ...contract } : own;
}

/**
 * The top of the band against the floor, both as yearly amounts in the floor's currency: null when either is
 * unknown or the currencies cannot be converted, else how far under the floor it is (0 at or above it).
 */
export function shortfall(pay: Pay, floor: Floor): { topInFloorCurrency: number; under: number } | null {
  const top = convert(yearly(pay.max, pay.period), pay.currency, floor.currency);
  if (top === null) return null;
  const floorYearly = yearly(floor.amount, floor.period);
  // Pay that only says where it starts has no top to fall short of the floor.
  return { topInFloorCurrency: top / PER_YEAR[floor.period], under: pay.openTop ? 0 : Math.max(0, (floorYearly - top) / floorYearly) };
}

export { RATES_DATE };
