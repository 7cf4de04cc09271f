// Reading Gemini's 429 answers and the Pacific-time quota day. Pure.

/** Which quota a RESOURCE_EXHAUSTED answer is about, and how long it asks us to wait. */
export function parseQuotaError(message: string): { scope: 'minute' | 'day' | 'unknown'; retryDelayMs: number | null } {
  let body: unknown;
  try {
    body = JSON.parse(message.slice(message.indexOf('{')));
  } catch {
    body = null;
  }
  const details = ((body as { error?: { details?: unknown[] } } | null)?.error?.details ?? []) as Record<string, unknown>[];
  let scope: 'minute' | 'day' | 'unknown' = 'unknown';
  let retryDelayMs: number | null = null;
  for (const d of details) {
    const type = String(d['@type'] ?? '');
    if (type.endsWith('QuotaFailure')) {
      const ids = ((d.violations as { quotaId?: string }[] | undefined) ?? []).map((v) => v.quotaId ?? '');
      if (ids.some((id) => /PerDay/i.test(id))) scope = 'day';
      else if (ids.some((id) => /PerMinute/i.test(id))) scope = 'minute';
    }
    if (type.endsWith('RetryInfo') && typeof d.retryDelay === 'string') {
      const seconds = Number.parseFloat(d.retryDelay);
      if (Number.isFinite(seconds)) retryDelayMs = Math.round(seconds * 1000);
    }
  }
  return { scope, retryDelayMs };
}

const PACIFIC = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** The next midnight in America/Los_Angeles after `nowMs` (when Gemini's daily quota resets). */
export function nextPacificMidnight(nowMs: number): number {
  const parts = Object.fromEntries(PACIFIC.formatToParts(new Date(nowMs)).map((p) => [p.type, p.value]));
  const secondsIntoDay = Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  const candidate = nowMs - (nowMs % 1000) + (86_400 - secondsIntoDay) * 1000;
  // Across a DST change the day is 23 or 25 hours: step to the real midnight by looking at the clock there.
  for (const shift of [0, -3_600_000, 3_600_000]) {
    const p = Object.fromEntries(PACIFIC.formatToParts(new Date(candidate + shift)).map((x) => [x.type, x.value]));
    if (Number(p.hour) === 0 && Number(p.minute) === 0) return candidate + shift;
  }
  return candidate;
}
