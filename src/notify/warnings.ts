// Health warnings for the digest: a tracked company that keeps failing, Gemini's daily quota running
// out. Pure. Each key names one episode, so a channel hears of it once, not at every tick.

import { utcMinute } from '../core/text.js';
import type { DigestWarning } from './digest.js';

/** Share of GEMINI_DAILY_REQUESTS after which the digest says the quota is running out. */
const QUOTA_WARNING_SHARE = 0.8;

export interface FailingCompany {
  id: number;
  slug: string;
  consecutiveFailures: number;
  lastErrorKind: string | null;
  lastError: string | null;
  lastSuccessAt: number | null;
  breakerOpenUntil: number | null;
}

/** One warning per failure streak: the streak is named by the success it follows. */
export function companyWarning(c: FailingCompany): DigestWarning {
  const error = c.lastErrorKind ? `${c.lastErrorKind}${c.lastError ? `: ${c.lastError.slice(0, 160)}` : ''}` : 'unknown error';
  const paused = c.breakerOpenUntil ? `; paused until ${utcMinute(c.breakerOpenUntil)}` : '';
  return {
    key: `warning:company:${c.id}:${c.lastSuccessAt ?? 0}`,
    text: `${c.slug} failed ${c.consecutiveFailures} times in a row (${error})${paused}. See \`scoutly companies show ${c.slug}\`.`,
  };
}

export interface QuotaState {
  day: string;
  model: string;
  requests: number;
  dailyLimit: number;
  exhaustedUntil: number | null;
  /** Analysis tasks waiting (pending or to be retried). */
  waitingAnalyses: number;
}

/** Null while the quota is comfortable; one warning per quota day and level. */
export function quotaWarning(q: QuotaState, nowMs: number): DigestWarning | null {
  const waiting = q.waitingAnalyses ? `; ${q.waitingAnalyses} analysis task(s) wait` : '';
  if (q.exhaustedUntil !== null && q.exhaustedUntil > nowMs) {
    return { key: `warning:quota:${q.day}:spent`, text: `Gemini's daily quota for ${q.model} is spent until ${utcMinute(q.exhaustedUntil)}${waiting}.` };
  }
  if (q.requests >= q.dailyLimit) {
    return { key: `warning:quota:${q.day}:spent`, text: `All ${q.dailyLimit} Gemini requests of GEMINI_DAILY_REQUESTS are used for quota day ${q.day}${waiting}.` };
  }
  if (q.requests >= Math.ceil(q.dailyLimit * QUOTA_WARNING_SHARE)) {
    return { key: `warning:quota:${q.day}:low`, text: `Gemini quota running out: ${q.requests} of ${q.dailyLimit} requests used on quota day ${q.day}${waiting}.` };
  }
  return null;
}
