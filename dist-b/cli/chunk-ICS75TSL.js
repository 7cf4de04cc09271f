import {
  redactSecrets
} from "./chunk-35NU2TMZ.js";

// dist/core/errors.js
var BLAMES_COMPANY = /* @__PURE__ */ new Set([
  "timeout",
  "http_4xx",
  "http_5xx",
  "blocked",
  "invalid_url",
  "network",
  "extraction_drift",
  "invalid_selector",
  "redirect_loop"
]);
var TaskError = class extends Error {
  kind;
  disposition;
  delayMs;
  constructor(kind, disposition, message, delayMs, options) {
    super(message, options);
    this.kind = kind;
    this.disposition = disposition;
    this.delayMs = delayMs;
    this.name = new.target.name;
  }
};
var TimeoutError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "TimeoutError";
  }
};
var RetryableError = class extends TaskError {
  constructor(kind, message, options) {
    super(kind, "retry", message, void 0, options);
  }
};
var PermanentError = class extends TaskError {
  constructor(kind, message, options) {
    super(kind, "permanent", message, void 0, options);
  }
};
var SnoozeError = class extends TaskError {
  constructor(kind, message, delayMs, options) {
    super(kind, "snooze", message, Math.max(0, delayMs), options);
  }
};
var UnavailableError = class extends TaskError {
  constructor(message, options) {
    super("network", "unavailable", message, void 0, options);
  }
};
var ConfigError = class extends Error {
  problems;
  constructor(problems) {
    super(problems.map((p) => `${p.variable}: ${p.message}`).join("\n"));
    this.problems = problems;
    this.name = "ConfigError";
  }
};
var DatabaseError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "DatabaseError";
  }
};
var NoSpaceError = class extends DatabaseError {
  constructor(message, options) {
    super(message, options);
    this.name = "NoSpaceError";
  }
};
var isNoSpace = (err) => ["ENOSPC", "EDQUOT", "SQLITE_FULL"].includes(err?.code ?? "") || /disk is full|no space left/i.test(String(err?.message));
var UsageError = class extends Error {
  usage;
  constructor(message, usage) {
    super(message);
    this.usage = usage;
    this.name = "UsageError";
  }
};
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED"
]);
function errorCode(err) {
  const direct = err?.code;
  if (typeof direct === "string")
    return direct;
  const cause = err?.cause?.code;
  return typeof cause === "string" ? cause : void 0;
}
function messageOf(err) {
  if (err instanceof Error)
    return err.message || err.name;
  return String(err);
}
function classify(err, stopping = false, secrets = []) {
  const message = redactSecrets(messageOf(err), secrets).slice(0, 2e3);
  const make = (kind, disposition, delayMs) => ({
    kind,
    disposition,
    message,
    blamesCompany: disposition !== "interrupted" && BLAMES_COMPANY.has(kind),
    ...delayMs === void 0 ? {} : { delayMs }
  });
  if (stopping)
    return make("interrupted", "interrupted");
  if (err instanceof TaskError) {
    const c = make(err.kind, err.disposition, err.delayMs);
    return err.disposition === "unavailable" ? { ...c, blamesCompany: false } : c;
  }
  const name = err?.name;
  if (name === "TimeoutError")
    return make("timeout", "retry");
  if (name === "AbortError")
    return make("timeout", "retry");
  if (name === "SqliteError")
    return make("database", "fatal");
  const code = errorCode(err);
  if (code && NETWORK_CODES.has(code))
    return make("network", "retry");
  return make("internal", "retry");
}

export {
  TaskError,
  TimeoutError,
  RetryableError,
  PermanentError,
  SnoozeError,
  UnavailableError,
  ConfigError,
  DatabaseError,
  NoSpaceError,
  isNoSpace,
  UsageError,
  InputError,
  classify
};
