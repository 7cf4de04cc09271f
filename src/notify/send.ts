// After a tick: one digest per configured channel with what that channel has not been told yet, each
// match with its action tokens when the dashboard's address is known. A failed send is logged and
// recorded, and its items stay candidates for the next tick; nothing here throws into the tick.

import { createActionToken } from '../auth/oneTimeTokens.js';
import type { Logger } from '../core/log.js';
import { writeTx, type Store } from '../db/client.js';
import { PartialDelivery, SEND_TIMEOUT_MS, type DigestSender } from './channels.js';
import { digestKeys, isEmptyDigest, untold, type Digest, type MatchActions } from './digest.js';
import { digestCandidates, markNotified, recordDigest, toldKeys, type GeminiLimits } from './repo.js';

export interface DigestOutcome {
  channel: DigestSender['channel'];
  label: string;
  status: 'sent' | 'failed' | 'nothing_new';
  matches: number;
  closed: number;
  warnings: number;
  error?: string;
}

export interface SendDigestsDeps {
  store: Store;
  senders: readonly DigestSender[];
  gemini: GeminiLimits;
  /** SCOUTLY_STALE_DAYS: matches open longer are marked stale. */
  staleDays: number;
  log: Logger;
  now: () => number;
  runId: number | null;
  /** Time each channel has to accept (SEND_TIMEOUT_MS). */
  timeoutMs?: number;
  /** SCOUTLY_WEB_URL: with it, each match carries Applied / Not for me / Open (ntfy buttons, links elsewhere). */
  webUrl?: string | null;
}

export interface PendingDigest {
  sender: DigestSender;
  digest: Digest;
}

/** Per channel, what it has not been told yet (possibly nothing). Reads only. */
export function pendingDigests(store: Store, senders: readonly DigestSender[], gemini: GeminiLimits, nowMs: number, staleDays: number):
  { candidates: Digest; showUser: boolean; pending: PendingDigest[] } {
  const candidates = digestCandidates(store, gemini, nowMs, staleDays);
  const keys = digestKeys(candidates);
  return {
    candidates,
    showUser: new Set([...candidates.matches, ...candidates.closed].map((i) => i.user)).size > 1,
    pending: senders.map((sender) => ({ sender, digest: untold(candidates, toldKeys(store, sender.channel, keys)) })),
  };
}

/**
 * Makes the action tokens of every match about to be told: one "applied" and one "discarded" token per
 * match, shared by the channels of this send (whichever is used first wins; the other is then refused).
 */
function withActionTokens(store: Store, pending: PendingDigest[], webUrl: string, nowMs: number): PendingDigest[] {
  const made = new Map<number, MatchActions>();
  return writeTx(store, () => pending.map(({ sender, digest }) => ({
    sender,
    digest: {
      ...digest,
      matches: digest.matches.map((m) => {
        let actions = made.get(m.savedJobId);
        if (!actions) {
          const grant = (action: 'applied' | 'discarded') => createActionToken(store, { userId: m.userId, savedJobId: m.savedJobId, action }, nowMs);
          actions = { webUrl, appliedToken: grant('applied'), discardToken: grant('discarded') };
          made.set(m.savedJobId, actions);
        }
        return { ...m, actions };
      }),
    },
  })));
}

export async function sendDigests(deps: SendDigestsDeps): Promise<DigestOutcome[]> {
  const { store, senders, log } = deps;
  const timeoutMs = deps.timeoutMs ?? SEND_TIMEOUT_MS;
  if (senders.length === 0) return [];
  const found = pendingDigests(store, senders, deps.gemini, deps.now(), deps.staleDays);
  const { candidates, showUser } = found;
  const anyMatch = found.pending.some((p) => p.digest.matches.length > 0);
  const pending = deps.webUrl && anyMatch ? withActionTokens(store, found.pending, deps.webUrl, deps.now()) : found.pending;
  // Channels go out side by side: a slow mail server does not hold up the push notification.
  const outcomes = await Promise.all(pending.map(async ({ sender, digest }): Promise<DigestOutcome> => {
    const counts = { matches: digest.matches.length, closed: digest.closed.length, warnings: digest.warnings.length };
    if (isEmptyDigest(digest)) return { channel: sender.channel, label: sender.label, status: 'nothing_new', ...counts };
    try {
      await sender.send(digest, { nowMs: deps.now(), showUser, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
    } catch (err) {
      const error = (err as Error).message;
      let unsent = digest;
      if (err instanceof PartialDelivery) {
        // The messages accepted are told (never repeated); only the rest is tried again.
        recordDigest(store, { runId: deps.runId, channel: sender.channel, status: 'sent', digest: err.delivered, error: null }, deps.now());
        unsent = untold(digest, new Set(digestKeys(err.delivered)));
      }
      recordDigest(store, { runId: deps.runId, channel: sender.channel, status: 'failed', digest: unsent, error }, deps.now());
      const told = digestKeys(digest).length - digestKeys(unsent).length;
      log.warn(told === 0 ? `digest not delivered (${error}); it is tried again at the next tick`
        : `digest delivered in part, ${told} of ${digestKeys(digest).length} item(s), then: ${error}; the rest is tried again at the next tick`);
      return { channel: sender.channel, label: sender.label, status: 'failed', ...counts, error };
    }
    recordDigest(store, { runId: deps.runId, channel: sender.channel, status: 'sent', digest, error: null }, deps.now());
    log.info(`digest sent to ${sender.label}: ${counts.matches} new match(es), ${counts.closed} closed, ${counts.warnings} warning(s)`);
    return { channel: sender.channel, label: sender.label, status: 'sent', ...counts };
  }));
  markNotified(store, senders.map((s) => s.channel), candidates, deps.now());
  return outcomes;
}

/** Sends the test message to every channel; records nothing. Resolves with each channel's error, if any. */
export async function sendTestMessages(senders: readonly DigestSender[], digest: Digest, nowMs: number, timeoutMs = SEND_TIMEOUT_MS):
  Promise<{ sender: DigestSender; error: string | null }[]> {
  return Promise.all(senders.map(async (sender) => {
    try {
      await sender.send(digest, { nowMs, showUser: false, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
      return { sender, error: null };
    } catch (err) {
      return { sender, error: (err as Error).message };
    }
  }));
}
