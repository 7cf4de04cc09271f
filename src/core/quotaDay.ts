// Gemini's daily quota resets at midnight Pacific time: the quota day of an instant. Pure.

/** Made on first use: building it loads ICU's time-zone data (≈ 25 ms), which a tick with nothing to do never needs. */
let pacificDay: Intl.DateTimeFormat | null = null;

/** `YYYY-MM-DD` of the Pacific calendar day containing `nowMs`. */
export function quotaDay(nowMs: number): string {
  pacificDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' });
  return pacificDay.format(new Date(nowMs));
}
