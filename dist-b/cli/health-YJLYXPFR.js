import {
  HttpProblem
} from "./chunk-FWA5WURM.js";
import {
  statusReport
} from "./chunk-RF3DKUWY.js";
import {
  latestDigests
} from "./chunk-U5AXCYXE.js";
import {
  sendTestMessages
} from "./chunk-4JMVNUGI.js";
import "./chunk-5MJBCDRW.js";
import "./chunk-OBJW6WYT.js";
import "./chunk-MH5SMUGM.js";
import {
  configuredSenders
} from "./chunk-PH4PHHXG.js";
import {
  testDigest
} from "./chunk-Z4DH2GGY.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/web/actions/health.js
import { existsSync } from "node:fs";
import { hostname } from "node:os";
async function health(deps, full) {
  const { config, store } = deps;
  const { checkChromium, checkDatabase, checkDigests, checkDisk, checkGemini, checkSystemd } = await import("./doctor-4TNLEUCM.js");
  const checks = await Promise.all([
    checkDatabase(config, existsSync),
    checkDigests(config, existsSync),
    checkSystemd(),
    checkDisk(config),
    ...full ? [checkChromium(config), checkGemini(config)] : []
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
async function sendTestDigest(deps) {
  const senders = configuredSenders(deps.config);
  if (senders.length === 0)
    throw new HttpProblem(409, "No channel", "no digest channel is configured: set SCOUTLY_NOTIFY_URL or SCOUTLY_SMTP_URL");
  const results = await sendTestMessages(senders, testDigest(hostname(), deps.clock.now()), deps.clock.now());
  return results.map((r) => ({ channel: r.sender.label, ok: r.error === null, error: r.error }));
}
export {
  health,
  sendTestDigest
};
