import {
  latestDigests
} from "./chunk-U5AXCYXE.js";
import {
  launchBrowser
} from "./chunk-JNFEF55E.js";
import {
  configuredSenders
} from "./chunk-PH4PHHXG.js";
import {
  closeStore,
  openStore,
  pendingMigrations,
  schemaVersion,
  sqliteDriverName
} from "./chunk-IERKD2WH.js";

// dist/ops/doctor.js
import { execFile } from "node:child_process";
import { statfs } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function checkDatabase(config, exists) {
  const name = "database";
  if (!exists(config.dbPath))
    return { name, status: "warn", detail: `${config.dbPath} does not exist yet`, fix: "run `scoutly migrate` (every tick creates it too)" };
  try {
    const store = await openStore(config.dbPath, { readonly: true, migrate: false });
    try {
      const check = store.sqlite.pragma("quick_check", { simple: true });
      const mode = store.sqlite.pragma("journal_mode", { simple: true });
      const pending = pendingMigrations(store.sqlite);
      const detail = `${config.dbPath}: quick_check ${String(check)}, journal ${String(mode)}, schema version ${schemaVersion(store.sqlite)}, ${await sqliteDriverName()} on Node ${process.versions.node}`;
      if (check !== "ok")
        return { name, status: "fail", detail, fix: `restore a backup (scoutly backup makes them); the file is damaged` };
      if (pending > 0)
        return { name, status: "warn", detail: `${detail}, ${pending} migration(s) pending`, fix: "run `scoutly migrate`" };
      if (mode !== "wal")
        return { name, status: "warn", detail, fix: "run one tick: it switches the file to WAL" };
      return { name, status: "ok", detail };
    } finally {
      closeStore(store);
    }
  } catch (err) {
    return { name, status: "fail", detail: err.message, fix: "check the path in SCOUTLY_DB and its permissions" };
  }
}
var CHROMIUM_FIX = "install Debian's headless shell (apt-get install chromium-headless-shell) or point SCOUTLY_CHROMIUM at a working Chromium";
function chromiumVersionOf(stdout) {
  return /^(?:Chromium|Google Chrome|HeadlessChrome)[^\n\d]*\d+\.\d+\.\d+\.\d+/m.exec(stdout)?.[0] ?? null;
}
async function checkChromium(config) {
  const name = "chromium";
  if (!config.chromiumPath)
    return { name, status: "fail", detail: "no Chromium found", fix: CHROMIUM_FIX };
  const version = await run(config.chromiumPath, ["--version"], { timeout: 15e3 }).then((r) => chromiumVersionOf(r.stdout), () => null);
  const binary = `${config.chromiumPath} (${version ?? "version unknown"})`;
  try {
    const browser = await launchBrowser({ executablePath: config.chromiumPath, allowPrivate: false, cacheDir: config.cacheDir });
    try {
      await browser.check();
    } finally {
      await browser.close();
    }
    const files = config.cacheDir ? `; its profile in ${config.cacheDir}/chromium` : "";
    return { name, status: "ok", detail: `${binary} starts headless and renders a page${files}` };
  } catch (err) {
    return { name, status: "fail", detail: `${err.message}${version ? ` (${version})` : ""}`, fix: CHROMIUM_FIX };
  }
}
async function checkGemini(config) {
  const name = "gemini";
  if (!config.gemini.apiKey)
    return { name, status: "ok", detail: "no GEMINI_API_KEY: the offline analyzer is used" };
  try {
    const response = await fetch(`${config.gemini.baseUrl.replace(/\/$/, "")}/v1beta/models/${encodeURIComponent(config.gemini.model)}`, {
      headers: { "x-goog-api-key": config.gemini.apiKey },
      signal: AbortSignal.timeout(15e3)
    });
    if (response.ok)
      return { name, status: "ok", detail: `key accepted, model ${config.gemini.model} exists` };
    if (response.status === 404)
      return { name, status: "fail", detail: `model ${config.gemini.model} not found`, fix: "set GEMINI_MODEL to a current model id" };
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      return { name, status: "fail", detail: `the key was refused (HTTP ${response.status})`, fix: "put a valid key in the credential file or GEMINI_API_KEY" };
    }
    return { name, status: "warn", detail: `HTTP ${response.status} from the Gemini API`, fix: "try again later" };
  } catch (err) {
    return { name, status: "warn", detail: `Gemini API unreachable: ${err.message}`, fix: "check the network or GEMINI_BASE_URL" };
  }
}
async function checkDigests(config, exists) {
  const name = "digests";
  const senders = configuredSenders(config);
  if (senders.length === 0) {
    return { name, status: "ok", detail: "no channel configured: matches show in `matches list` and the report only" };
  }
  const labels = senders.map((s) => s.label).join(", ");
  if (!exists(config.dbPath))
    return { name, status: "ok", detail: `${labels}; nothing sent yet` };
  const store = await openStore(config.dbPath, { readonly: true, migrate: false });
  try {
    if (pendingMigrations(store.sqlite) > 0)
      return { name, status: "ok", detail: `${labels}; the database predates the digest log` };
    const latest = latestDigests(store).filter((d) => senders.some((s) => s.channel === d.channel));
    const failing = latest.filter((d) => d.last.status === "failed");
    if (failing.length > 0) {
      return {
        name,
        status: "warn",
        detail: failing.map((d) => `${d.channel}: last digest failed at ${new Date(d.last.createdAt).toISOString()} (${d.last.error ?? "unknown error"})`).join("; "),
        fix: "check SCOUTLY_NOTIFY_URL / SCOUTLY_SMTP_URL and the server; the undelivered items go out at the next tick"
      };
    }
    const sent = latest.map((d) => `${d.channel} last sent ${d.lastSentAt ? new Date(d.lastSentAt).toISOString() : "never"}`);
    return { name, status: "ok", detail: `${labels}${sent.length ? `; ${sent.join(", ")}` : "; nothing sent yet"}` };
  } finally {
    closeStore(store);
  }
}
async function checkFeedDrift(config, exists) {
  const name = "feeds";
  if (!exists(config.dbPath))
    return { name, status: "ok", detail: "nothing scraped yet" };
  const store = await openStore(config.dbPath, { readonly: true, migrate: false });
  try {
    if (pendingMigrations(store.sqlite) > 0)
      return { name, status: "ok", detail: "the database predates the drift note (run `scoutly migrate`)" };
    const drifted = store.sqlite.prepare("SELECT slug, drift_note AS note FROM companies WHERE drift_note IS NOT NULL ORDER BY slug").all();
    if (drifted.length === 0)
      return { name, status: "ok", detail: "every feed answered in its documented shape at its latest scrape" };
    return {
      name,
      status: "warn",
      detail: `${drifted.length} feed(s) changed shape, postings kept: ${drifted.map((d) => `${d.slug} (${d.note})`).join("; ")}`,
      fix: "nothing urgent: those fields stay empty until the ATS sends them again; if a reader needs updating, report it with `scoutly probe` output"
    };
  } finally {
    closeStore(store);
  }
}
async function checkSystemd() {
  const name = "systemd";
  try {
    const { stdout } = await run("systemctl", ["is-enabled", "scoutly-tick.timer"], { timeout: 5e3 }).catch((err) => ({ stdout: err.stdout ?? "" }));
    const state = stdout.trim();
    if (state === "enabled")
      return { name, status: "ok", detail: "scoutly-tick.timer is installed and enabled" };
    return { name, status: "warn", detail: `scoutly-tick.timer is ${state || "not installed"}`, fix: "make install-systemd (or make install-systemd USER=1)" };
  } catch {
    return { name, status: "warn", detail: "systemctl is not available here", fix: "run ticks by hand with make jobs-tick, or install on a systemd machine" };
  }
}
async function checkDisk(config) {
  const name = "disk";
  try {
    const s = await statfs(dirname(config.dbPath)).catch(() => statfs("."));
    const freeMiB = s.bavail * s.bsize / 1024 / 1024;
    const detail = `${freeMiB.toFixed(0)} MiB free beside the database`;
    if (freeMiB < 100)
      return { name, status: "fail", detail, fix: "free some space: SQLite needs room for its WAL and backups" };
    if (freeMiB < 500)
      return { name, status: "warn", detail, fix: "free some space soon" };
    return { name, status: "ok", detail };
  } catch (err) {
    return { name, status: "warn", detail: err.message };
  }
}

export {
  checkDatabase,
  checkChromium,
  checkGemini,
  checkDigests,
  checkFeedDrift,
  checkSystemd,
  checkDisk
};
