// The Health operations: what `scoutly doctor` checks (Chromium and Gemini only on request: they launch a
// browser and call the API), Gemini usage against the quota, the digest channels with their last
// delivery, and a test digest.

import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import type { CheckResult } from '../../ops/doctor.js';
import { configuredSenders } from '../../notify/channels.js';
import { testDigest } from '../../notify/digest.js';
import { latestDigests } from '../../notify/digestLog.js';
import { sendTestMessages } from '../../notify/send.js';
import { statusReport } from '../../report/status.js';
import type { WebDeps } from '../context.js';
import { HttpProblem } from '../problem.js';

export interface HealthOut {
  checks: CheckResult[];
  gemini: { configured: boolean; model: string; day: string; requests: number; dailyLimit: number; exhaustedUntil: number | null };
  channels: { channel: string; label: string; lastStatus: string | null; lastAt: number | null; lastSentAt: number | null; lastError: string | null }[];
  lastCompletedTick: { id: number; finishedAt: number; exitCode: number } | null;
}

export async function health(deps: WebDeps, full: boolean): Promise<HealthOut> {
  const { config, store } = deps;
  // Loaded on the Health page only: the checks bring the browser launcher (≈ 230 ms of imports at start-up).
  const { checkChromium, checkDatabase, checkDigests, checkDisk, checkGemini, checkSystemd } = await import('../../ops/doctor.js');
  const checks = await Promise.all([
    checkDatabase(config, existsSync), checkDigests(config, existsSync), checkSystemd(), checkDisk(config),
    ...(full ? [checkChromium(config), checkGemini(config)] : []),
  ]);
  const status = statusReport(store, config, deps.clock.now());
  const latest = latestDigests(store);
  const channels = configuredSenders(config).map((s) => {
    const l = latest.find((d) => d.channel === s.channel);
    return { channel: s.channel, label: s.label, lastStatus: l?.last.status ?? null, lastAt: l?.last.createdAt ?? null, lastSentAt: l?.lastSentAt ?? null, lastError: l?.last.error ?? null };
  });
  const { configured, model, day, requests, dailyLimit, exhaustedUntil } = status.gemini;
  return { checks, gemini: { configured, model, day, requests, dailyLimit, exhaustedUntil }, channels, lastCompletedTick: status.lastCompletedTick };
}

/** `scoutly notify --test`: a short message to every channel; records nothing. */
export async function sendTestDigest(deps: WebDeps): Promise<{ channel: string; ok: boolean; error: string | null }[]> {
  const senders = configuredSenders(deps.config);
  if (senders.length === 0) throw new HttpProblem(409, 'No channel', 'no digest channel is configured: set SCOUTLY_NOTIFY_URL or SCOUTLY_SMTP_URL');
  const results = await sendTestMessages(senders, testDigest(hostname(), deps.clock.now()), deps.clock.now());
  return results.map((r) => ({ channel: r.sender.label, ok: r.error === null, error: r.error }));
}
