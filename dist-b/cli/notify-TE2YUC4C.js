import {
  acquireLease,
  currentIdentity,
  releaseLease
} from "./chunk-S7OV26WK.js";
import {
  pendingDigests,
  sendDigests,
  sendTestMessages
} from "./chunk-4JMVNUGI.js";
import "./chunk-5MJBCDRW.js";
import "./chunk-OBJW6WYT.js";
import "./chunk-MH5SMUGM.js";
import {
  configuredSenders
} from "./chunk-PH4PHHXG.js";
import {
  digestTitle,
  isEmptyDigest,
  renderDigestText,
  testDigest
} from "./chunk-Z4DH2GGY.js";
import {
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  ConfigError,
  UsageError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/notify.js
import { hostname } from "node:os";
var NOTIFY_LEASE_MS = 6e4;
var notifyCommand = {
  name: "notify",
  summary: "Send the pending digests now (every tick does this too), preview them, or send a test message.",
  synopsis: "notify [--dry-run | --test]",
  help: `Options:
  --dry-run   print what each channel would get next, send nothing
  --test      send a short test message to every channel; records nothing

Channels come from SCOUTLY_NOTIFY_URL (ntfy or webhook) and SCOUTLY_SMTP_URL with SCOUTLY_MAIL_TO.
Sending takes the tick lease, so it never runs beside a tick (exit 75 while one runs). Exit 1 when a
channel refused or did not answer; its items stay for the next try.`,
  options: { "dry-run": { type: "boolean" }, test: { type: "boolean" } },
  async run(args, ctx) {
    if (args.values["dry-run"] && args.values.test)
      throw new UsageError("choose one of --dry-run and --test", usageOf(notifyCommand));
    const config = ctx.config;
    const senders = configuredSenders(config);
    if (senders.length === 0) {
      throw new ConfigError([{ variable: "SCOUTLY_NOTIFY_URL", message: "is not set (nor SCOUTLY_SMTP_URL): there is no channel to send digests to" }]);
    }
    if (args.values.test) {
      const results = await sendTestMessages(senders, testDigest(hostname(), ctx.now()), ctx.now());
      for (const r of results)
        ctx.out(`${r.sender.label}: ${r.error ? `failed: ${r.error}` : "accepted the test message"}`);
      return results.some((r) => r.error) ? EXIT.taskFailures : EXIT.ok;
    }
    const store = await ctx.openStore();
    if (args.values["dry-run"]) {
      const { pending, showUser } = pendingDigests(store, senders, config.gemini, ctx.now(), config.staleDays);
      for (const { sender, digest } of pending) {
        if (isEmptyDigest(digest)) {
          ctx.out(`${sender.label}: nothing new`);
          continue;
        }
        const text = renderDigestText(digest, { style: sender.channel === "email" ? "text" : "markdown", showUser });
        ctx.out(`${sender.label}: ${digestTitle(digest)}`);
        for (const line of text.split("\n"))
          ctx.out(`  ${line}`);
      }
      return EXIT.ok;
    }
    const self = currentIdentity();
    const lease = acquireLease(store, self, ctx.now(), NOTIFY_LEASE_MS);
    if (!lease.acquired) {
      ctx.io.stderr.write(`scoutly: a tick is running (${lease.holder.owner}); it sends the digests itself.
`);
      return EXIT.leaseHeld;
    }
    try {
      const outcomes = await sendDigests({ store, senders, gemini: config.gemini, staleDays: config.staleDays, log: ctx.log, now: () => ctx.now(), runId: null, webUrl: config.web.url });
      for (const o of outcomes) {
        ctx.out(`${o.label}: ${o.status === "nothing_new" ? "nothing new" : o.status === "sent" ? `sent ${o.matches} new match(es), ${o.closed} closed, ${o.warnings} warning(s)` : `failed: ${o.error ?? ""}`}`);
      }
      return outcomes.some((o) => o.status === "failed") ? EXIT.taskFailures : EXIT.ok;
    } finally {
      releaseLease(store, self.owner);
    }
  }
};
export {
  notifyCommand
};
