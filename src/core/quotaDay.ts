// Gemini's daily quota resets at midnight Pacific time: the quota day of an instant. Pure.

const PACIFIC_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of the Pacific calendar day containing `nowMs`. */
export function quotaDay(nowMs: number): string {
  return PACIFIC_DAY.format(new Date(nowMs));
}
