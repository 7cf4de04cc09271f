// Small pure helpers for human output: aligned tables and times. Times print as ISO-8601 UTC.

import { clip, singleLine } from '../core/text.js';

export function isoTime(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Aligned columns with a header line; nothing at all when there are no rows. Every cell is one line (core/text.ts singleLine). */
export function table(headers: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string[] {
  if (rows.length === 0) return [];
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '—' : singleLine(String(c)))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), ...cells.map(line)];
}

export function truncate(text: string | null | undefined, max: number): string {
  return text ? clip(text, max) : '—';
}
