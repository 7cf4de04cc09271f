// Reference exchange rates for comparing pay in one currency with a floor in another: a dated table bundled
// with the code (no network at analysis time). README "Pay" says how to refresh it. Pure data and arithmetic.

/**
 * The day the rates below stand for: rounded mid-2025 levels, written down without network access here (not
 * copied from a day's published file), close enough to tell a band 15 % under a floor. Refresh them from a day's
 * ECB reference rates as README "Pay" says.
 */
export const RATES_DATE = '2025-06-30';

/** Units of each currency per US dollar. */
export const PER_USD: Record<string, number> = {
  USD: 1, EUR: 0.853, GBP: 0.729, CHF: 0.796, SEK: 9.52, NOK: 10.1, DKK: 6.37, PLN: 3.61, CZK: 21.1, HUF: 341, RON: 4.33, BGN: 1.67,
  ISK: 122, TRY: 39.8, RUB: 78.5, UAH: 41.7, CAD: 1.366, MXN: 18.9, BRL: 5.46, ARS: 1180, CLP: 935, COP: 4080, PEN: 3.55, UYU: 40.2,
  BOB: 6.91, PYG: 7980, CRC: 505, GTQ: 7.68, DOP: 59.3, JPY: 144, CNY: 7.17, HKD: 7.85, TWD: 29.3, KRW: 1355, SGD: 1.274, MYR: 4.21,
  THB: 32.5, IDR: 16230, PHP: 56.4, VND: 26100, INR: 85.8, PKR: 284, BDT: 122, LKR: 299, NPR: 137, AUD: 1.525, NZD: 1.645, ILS: 3.37,
  AED: 3.673, SAR: 3.75, QAR: 3.64, EGP: 49.6, MAD: 9.03, TND: 2.93, NGN: 1535, GHS: 10.3, KES: 129, UGX: 3590, TZS: 2640, RWF: 1440,
  ETB: 135, ZAR: 17.7, XOF: 560, XAF: 560,
};

/** An amount in another currency, by the table; null when either currency is not in it. */
export function convert(amount: number, from: string, to: string): number | null {
  const a = PER_USD[from.toUpperCase()];
  const b = PER_USD[to.toUpperCase()];
  return a && b ? (amount / a) * b : null;
}

export type PayPeriod = 'year' | 'month' | 'day' | 'hour';

/** Working days and hours in a year, for comparing a day or hour rate with a yearly floor. */
export const PER_YEAR: Record<PayPeriod, number> = { year: 1, month: 12, day: 220, hour: 2000 };

/** An amount per period as an amount per year. */
export const yearly = (amount: number, period: PayPeriod) => amount * PER_YEAR[period];
