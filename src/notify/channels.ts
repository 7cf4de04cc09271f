// The digest channels from the Config: ntfy (JSON publish), a generic JSON webhook, Slack and Discord
// incoming webhooks, and e-mail over SMTP (nodemailer, loaded only when mail is configured). Each send
// resolves when the server accepted.

import { hostname } from 'node:os';
import type { Config } from '../config/config.js';
import { redactSecrets, urlSecrets } from '../core/redact.js';
import type { DigestChannel } from '../db/enums.js';
import { digestTitle, discordMessage, ntfyMessages, renderDigestHtml, renderDigestText, slackMessage, webhookMessage, type Digest } from './digest.js';
import type { NotifyKind } from '../config/config.js';

export interface SendContext {
  nowMs: number;
  /** Several users share the box: each item names its user. */
  showUser: boolean;
  /** Aborted when the channel had its time (`timeoutMs`). */
  signal: AbortSignal;
  timeoutMs: number;
}

export interface DigestSender {
  channel: DigestChannel;
  /** For logs: the kind and host, never the URL (an ntfy topic is as good as a password). */
  label: string;
  send(digest: Digest, ctx: SendContext): Promise<void>;
}

/**
 * A digest sent as several messages (ntfy with action buttons) stopped part way: `delivered` holds the
 * items of the messages accepted before the failure, which are told; the rest wait for the next tick.
 */
export class PartialDelivery extends Error {
  constructor(readonly delivered: Digest, cause: Error) {
    super(cause.message, { cause });
  }
}

/** How long one channel may take to accept a digest; the tick never waits longer. */
export const SEND_TIMEOUT_MS = 15_000;

/** Moves URL credentials into a Basic Authorization header (ntfy access tokens work as `:token@`). */
function splitCredentials(raw: string): { url: URL; headers: Record<string, string> } {
  const url = new URL(raw);
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = user === '' ? `Bearer ${pass}` : `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  return { url, headers };
}

async function postJson(label: string, url: URL, headers: Record<string, string>, body: unknown, ctx: SendContext, secrets: string[]): Promise<void> {
  const { signal } = ctx;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST', redirect: 'error', signal,
      headers: { 'content-type': 'application/json', 'user-agent': 'Scoutly (job scout digest)', ...headers },
      body: JSON.stringify(body),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = signal.aborted ? `no answer within ${ctx.timeoutMs / 1000}s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new Error(redactSecrets(`could not reach ${label}: ${why}`, secrets));
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    throw new Error(redactSecrets(`${label} answered HTTP ${res.status}${text ? `: ${text.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`, secrets));
  }
}

/** ntfy's JSON publishing goes to the server root with the topic in the body, which keeps UTF-8 titles intact. */
export function ntfyTarget(topicUrl: string): { root: URL; topic: string; headers: Record<string, string> } {
  const { url, headers } = splitCredentials(topicUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const topic = segments.pop();
  if (!topic) throw new Error('SCOUTLY_NOTIFY_URL names no ntfy topic (expected https://ntfy.sh/your-topic)');
  url.pathname = `/${segments.map((s) => `${s}/`).join('')}`;
  return { root: url, topic: decodeURIComponent(topic), headers };
}

const hostLabel = (kind: string, raw: string) => `${kind} (${new URL(raw).host})`;

function ntfySender(topicUrl: string): DigestSender {
  const label = hostLabel('ntfy', topicUrl);
  return {
    channel: 'ntfy', label,
    async send(digest, ctx) {
      const { root, topic, headers } = ntfyTarget(topicUrl);
      const delivered: Digest = { matches: [], closed: [], warnings: [] };
      // One after another, best match first: what was accepted before a failure is not sent again.
      for (const part of ntfyMessages(digest, topic, ctx.showUser)) {
        try {
          await postJson(label, root, headers, part.body, ctx, urlSecrets(topicUrl));
        } catch (err) {
          if (delivered.matches.length + delivered.closed.length + delivered.warnings.length === 0) throw err;
          throw new PartialDelivery(delivered, err as Error);
        }
        delivered.matches.push(...part.digest.matches);
        delivered.closed.push(...part.digest.closed);
        delivered.warnings.push(...part.digest.warnings);
      }
    },
  };
}

/** A webhook in one of three dialects: Scoutly's own JSON, Slack's or Discord's (all stored as channel `webhook`). */
function webhookSender(hookUrl: string, kind: Exclude<NotifyKind, 'ntfy'>): DigestSender {
  const label = hostLabel(kind, hookUrl);
  const body = (digest: Digest, ctx: SendContext) =>
    kind === 'slack' ? slackMessage(digest, ctx.showUser) : kind === 'discord' ? discordMessage(digest, ctx.showUser) : webhookMessage(digest, ctx.nowMs, ctx.showUser);
  return {
    channel: 'webhook', label,
    async send(digest, ctx) {
      const { url, headers } = splitCredentials(hookUrl);
      await postJson(label, url, headers, body(digest, ctx), ctx, urlSecrets(hookUrl));
    },
  };
}

function emailSender(smtpUrl: string, mailTo: string, mailFrom: string | null): DigestSender {
  const label = hostLabel('e-mail', smtpUrl);
  return {
    channel: 'email', label,
    async send(digest, ctx) {
      const { createTransport } = await import('nodemailer');
      const transport = createTransport({
        url: smtpUrl,
        connectionTimeout: ctx.timeoutMs, greetingTimeout: ctx.timeoutMs, socketTimeout: ctx.timeoutMs, dnsTimeout: ctx.timeoutMs,
      });
      const abort = () => transport.close();
      ctx.signal.addEventListener('abort', abort, { once: true });
      try {
        await transport.sendMail({
          from: mailFrom ?? defaultSender(smtpUrl),
          to: mailTo,
          subject: digestTitle(digest),
          text: renderDigestText(digest, { style: 'text', showUser: ctx.showUser }),
          html: renderDigestHtml(digest, ctx.showUser),
        });
      } catch (err) {
        const why = ctx.signal.aborted ? `no answer within ${ctx.timeoutMs / 1000}s` : (err as Error).message;
        throw new Error(redactSecrets(`${label} refused the digest: ${why}`, urlSecrets(smtpUrl)));
      } finally {
        ctx.signal.removeEventListener('abort', abort);
        transport.close();
      }
    },
  };
}

/** The SMTP login when it is an address (most providers require sending as it), else scoutly@this host. */
function defaultSender(smtpUrl: string): string {
  const user = decodeURIComponent(new URL(smtpUrl).username);
  return `Scoutly <${user.includes('@') ? user : `scoutly@${hostname()}`}>`;
}

/** The configured channels, in a stable order. */
export function configuredSenders(config: Config): DigestSender[] {
  const senders: DigestSender[] = [];
  if (config.notify.url) {
    const { url, kind } = config.notify;
    senders.push(kind === 'ntfy' ? ntfySender(url) : webhookSender(url, kind ?? 'webhook'));
  }
  if (config.smtp.url && config.smtp.mailTo) senders.push(emailSender(config.smtp.url, config.smtp.mailTo, config.smtp.mailFrom));
  return senders;
}
