// What every ATS reader shares: validating a feed's answer against its documented shape (a changed
// shape is extraction drift, not a crash), dates, and workplace words read from location text. Pure.

import type { z } from 'zod';
import { RetryableError } from '../core/errors.js';
import { safeForMessage } from './urlSafety.js';

/** The feed's answer as the schema says, or an `extraction_drift` error naming the first mismatch. */
export function parseFeed<S extends z.ZodType>(schema: S, data: unknown, url: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new RetryableError('extraction_drift', `${safeForMessage(url)}: the feed's answer changed shape (${where}: ${issue?.message ?? 'invalid'})`);
}

export function dateMs(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Remote / Hybrid / On-site when a text (a location name, a metadata value) says so; null otherwise. */
export function workplaceFromText(...texts: (string | null | undefined)[]): string | null {
  const text = texts.filter(Boolean).join(' ');
  if (/\bhybrid\b/i.test(text)) return 'Hybrid';
  if (/\b(remote|remotely|work from home|wfh|telecommut\w*|anywhere)\b/i.test(text)) return 'Remote';
  if (/\b(on-?site|in[- ]office|office[- ]based|in[- ]person)\b/i.test(text)) return 'On-site';
  return null;
}

/** "50000–70000 EUR per year" from a salary object's parts; null without a minimum or maximum. */
export function salaryText(min: number | string | null | undefined, max: number | string | null | undefined, currency?: string | null, period?: string | null): string | null {
  const lo = min === null || min === undefined || min === '' ? null : String(min);
  const hi = max === null || max === undefined || max === '' ? null : String(max);
  if (!lo && !hi) return null;
  const range = lo && hi && lo !== hi ? `${lo}–${hi}` : (lo ?? hi)!;
  return [range, currency, period].filter(Boolean).join(' ');
}

export const joinPlaces = (places: (string | null | undefined)[]): string | null => {
  const unique = [...new Set(places.map((p) => p?.replace(/\s+/g, ' ').trim()).filter((p): p is string => Boolean(p)))];
  return unique.length ? unique.join('; ') : null;
};
