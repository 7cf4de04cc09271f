// Parses and prints human durations such as `90s`, `10m`, `1h30m`, `500ms`, `7d`. Pure.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;

export const DURATION_FORM = 'a number with a unit, e.g. 90s, 10m, 1h or 1h30m (units ms, s, m, h, d)';

/** Returns milliseconds, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const input = text.trim();
  if (input === '') return null;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let m = PART.exec(input); m; m = PART.exec(input)) {
    total += Number(m[1]) * (UNIT_MS[m[2]!] ?? Number.NaN);
    consumed = PART.lastIndex;
  }
  if (consumed !== input.length || !Number.isFinite(total)) return null;
  return Math.round(total);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h${m ? `${m}m` : ''}`;
  return `${m}m${s ? `${s}s` : ''}`;
}
