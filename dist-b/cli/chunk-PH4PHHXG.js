import {
  digestTitle,
  discordMessage,
  ntfyMessages,
  renderDigestHtml,
  renderDigestText,
  slackMessage,
  webhookMessage
} from "./chunk-Z4DH2GGY.js";
import {
  redactSecrets,
  urlSecrets
} from "./chunk-35NU2TMZ.js";

// dist/notify/channels.js
import { hostname } from "node:os";
var PartialDelivery = class extends Error {
  delivered;
  constructor(delivered, cause) {
    super(cause.message, { cause });
    this.delivered = delivered;
  }
};
var SEND_TIMEOUT_MS = 15e3;
function splitCredentials(raw) {
  const url = new URL(raw);
  const headers = {};
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = user === "" ? `Bearer ${pass}` : `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return { url, headers };
}
async function postJson(label, url, headers, body, ctx, secrets) {
  const { signal } = ctx;
  let res;
  try {
    res = await fetch(url, {
      method: "POST",
      redirect: "error",
      signal,
      headers: { "content-type": "application/json", "user-agent": "Scoutly (job scout digest)", ...headers },
      body: JSON.stringify(body)
    });
  } catch (err) {
    const e = err;
    const why = signal.aborted ? `no answer within ${ctx.timeoutMs / 1e3}s` : e.cause?.code ?? e.cause?.message ?? e.message;
    throw new Error(redactSecrets(`could not reach ${label}: ${why}`, secrets));
  }
  const text = await res.text().catch(() => "");
  if (!res.ok) {
    throw new Error(redactSecrets(`${label} answered HTTP ${res.status}${text ? `: ${text.replace(/\s+/g, " ").slice(0, 200)}` : ""}`, secrets));
  }
}
function ntfyTarget(topicUrl) {
  const { url, headers } = splitCredentials(topicUrl);
  const segments = url.pathname.split("/").filter(Boolean);
  const topic = segments.pop();
  if (!topic)
    throw new Error("SCOUTLY_NOTIFY_URL names no ntfy topic (expected https://ntfy.sh/your-topic)");
  url.pathname = `/${segments.map((s) => `${s}/`).join("")}`;
  return { root: url, topic: decodeURIComponent(topic), headers };
}
var hostLabel = (kind, raw) => `${kind} (${new URL(raw).host})`;
function ntfySender(topicUrl) {
  const label = hostLabel("ntfy", topicUrl);
  return {
    channel: "ntfy",
    label,
    async send(digest, ctx) {
      const { root, topic, headers } = ntfyTarget(topicUrl);
      const delivered = { matches: [], closed: [], warnings: [] };
      for (const part of ntfyMessages(digest, topic, ctx.showUser)) {
        try {
          await postJson(label, root, headers, part.body, ctx, urlSecrets(topicUrl));
        } catch (err) {
          if (delivered.matches.length + delivered.closed.length + delivered.warnings.length === 0)
            throw err;
          throw new PartialDelivery(delivered, err);
        }
        delivered.matches.push(...part.digest.matches);
        delivered.closed.push(...part.digest.closed);
        delivered.warnings.push(...part.digest.warnings);
      }
    }
  };
}
function webhookSender(hookUrl, kind) {
  const label = hostLabel(kind, hookUrl);
  const body = (digest, ctx) => kind === "slack" ? slackMessage(digest, ctx.showUser) : kind === "discord" ? discordMessage(digest, ctx.showUser) : webhookMessage(digest, ctx.nowMs, ctx.showUser);
  return {
    channel: "webhook",
    label,
    async send(digest, ctx) {
      const { url, headers } = splitCredentials(hookUrl);
      await postJson(label, url, headers, body(digest, ctx), ctx, urlSecrets(hookUrl));
    }
  };
}
function emailSender(smtpUrl, mailTo, mailFrom) {
  const label = hostLabel("e-mail", smtpUrl);
  return {
    channel: "email",
    label,
    async send(digest, ctx) {
      const { createTransport } = await import("./nodemailer-WHOD2FQ4.js");
      const transport = createTransport({
        url: smtpUrl,
        connectionTimeout: ctx.timeoutMs,
        greetingTimeout: ctx.timeoutMs,
        socketTimeout: ctx.timeoutMs,
        dnsTimeout: ctx.timeoutMs
      });
      const abort = () => transport.close();
      ctx.signal.addEventListener("abort", abort, { once: true });
      try {
        await transport.sendMail({
          from: mailFrom ?? defaultSender(smtpUrl),
          to: mailTo,
          subject: digestTitle(digest),
          text: renderDigestText(digest, { style: "text", showUser: ctx.showUser }),
          html: renderDigestHtml(digest, ctx.showUser)
        });
      } catch (err) {
        const why = ctx.signal.aborted ? `no answer within ${ctx.timeoutMs / 1e3}s` : err.message;
        throw new Error(redactSecrets(`${label} refused the digest: ${why}`, urlSecrets(smtpUrl)));
      } finally {
        ctx.signal.removeEventListener("abort", abort);
        transport.close();
      }
    }
  };
}
function defaultSender(smtpUrl) {
  const user = decodeURIComponent(new URL(smtpUrl).username);
  return `Scoutly <${user.includes("@") ? user : `scoutly@${hostname()}`}>`;
}
function configuredSenders(config) {
  const senders = [];
  if (config.notify.url) {
    const { url, kind } = config.notify;
    senders.push(kind === "ntfy" ? ntfySender(url) : webhookSender(url, kind ?? "webhook"));
  }
  if (config.smtp.url && config.smtp.mailTo)
    senders.push(emailSender(config.smtp.url, config.smtp.mailTo, config.smtp.mailFrom));
  return senders;
}

export {
  PartialDelivery,
  SEND_TIMEOUT_MS,
  ntfyTarget,
  configuredSenders
};
