import {
  parseBudget
} from "./chunk-KCNM2TMU.js";
import {
  DURATION_FORM,
  parseDuration
} from "./chunk-P3GHZZT5.js";
import {
  ConfigError
} from "./chunk-ICS75TSL.js";
import {
  singleLine
} from "./chunk-SJIXDJEM.js";
import {
  redactSecrets,
  urlSecrets
} from "./chunk-35NU2TMZ.js";

// dist/config/config.js
import { isIP } from "node:net";

// node_modules/consola/dist/core.mjs
var LogLevels = {
  silent: Number.NEGATIVE_INFINITY,
  fatal: 0,
  error: 0,
  warn: 1,
  log: 2,
  info: 3,
  success: 3,
  fail: 3,
  ready: 3,
  start: 3,
  box: 3,
  debug: 4,
  trace: 5,
  verbose: Number.POSITIVE_INFINITY
};
var LogTypes = {
  // Silent
  silent: {
    level: -1
  },
  // Level 0
  fatal: {
    level: LogLevels.fatal
  },
  error: {
    level: LogLevels.error
  },
  // Level 1
  warn: {
    level: LogLevels.warn
  },
  // Level 2
  log: {
    level: LogLevels.log
  },
  // Level 3
  info: {
    level: LogLevels.info
  },
  success: {
    level: LogLevels.success
  },
  fail: {
    level: LogLevels.fail
  },
  ready: {
    level: LogLevels.info
  },
  start: {
    level: LogLevels.info
  },
  box: {
    level: LogLevels.info
  },
  // Level 4
  debug: {
    level: LogLevels.debug
  },
  // Level 5
  trace: {
    level: LogLevels.trace
  },
  // Verbose
  verbose: {
    level: LogLevels.verbose
  }
};
function isPlainObject$1(value) {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype && Object.getPrototypeOf(prototype) !== null) {
    return false;
  }
  if (Symbol.iterator in value) {
    return false;
  }
  if (Symbol.toStringTag in value) {
    return Object.prototype.toString.call(value) === "[object Module]";
  }
  return true;
}
function _defu(baseObject, defaults, namespace = ".", merger) {
  if (!isPlainObject$1(defaults)) {
    return _defu(baseObject, {}, namespace, merger);
  }
  const object = Object.assign({}, defaults);
  for (const key in baseObject) {
    if (key === "__proto__" || key === "constructor") {
      continue;
    }
    const value = baseObject[key];
    if (value === null || value === void 0) {
      continue;
    }
    if (merger && merger(object, key, value, namespace)) {
      continue;
    }
    if (Array.isArray(value) && Array.isArray(object[key])) {
      object[key] = [...value, ...object[key]];
    } else if (isPlainObject$1(value) && isPlainObject$1(object[key])) {
      object[key] = _defu(
        value,
        object[key],
        (namespace ? `${namespace}.` : "") + key.toString(),
        merger
      );
    } else {
      object[key] = value;
    }
  }
  return object;
}
function createDefu(merger) {
  return (...arguments_) => (
    // eslint-disable-next-line unicorn/no-array-reduce
    arguments_.reduce((p, c) => _defu(p, c, "", merger), {})
  );
}
var defu = createDefu();
function isPlainObject(obj) {
  return Object.prototype.toString.call(obj) === "[object Object]";
}
function isLogObj(arg) {
  if (!isPlainObject(arg)) {
    return false;
  }
  if (!arg.message && !arg.args) {
    return false;
  }
  if (arg.stack) {
    return false;
  }
  return true;
}
var paused = false;
var queue = [];
var Consola = class _Consola {
  options;
  _lastLog;
  _mockFn;
  /**
   * Creates an instance of Consola with specified options or defaults.
   *
   * @param {Partial<ConsolaOptions>} [options={}] - Configuration options for the Consola instance.
   */
  constructor(options = {}) {
    const types = options.types || LogTypes;
    this.options = defu(
      {
        ...options,
        defaults: { ...options.defaults },
        level: _normalizeLogLevel(options.level, types),
        reporters: [...options.reporters || []]
      },
      {
        types: LogTypes,
        throttle: 1e3,
        throttleMin: 5,
        formatOptions: {
          date: true,
          colors: false,
          compact: true
        }
      }
    );
    for (const type in types) {
      const defaults = {
        type,
        ...this.options.defaults,
        ...types[type]
      };
      this[type] = this._wrapLogFn(defaults);
      this[type].raw = this._wrapLogFn(
        defaults,
        true
      );
    }
    if (this.options.mockFn) {
      this.mockTypes();
    }
    this._lastLog = {};
  }
  /**
   * Gets the current log level of the Consola instance.
   *
   * @returns {number} The current log level.
   */
  get level() {
    return this.options.level;
  }
  /**
   * Sets the minimum log level that will be output by the instance.
   *
   * @param {number} level - The new log level to set.
   */
  set level(level) {
    this.options.level = _normalizeLogLevel(
      level,
      this.options.types,
      this.options.level
    );
  }
  /**
   * Displays a prompt to the user and returns the response.
   * Throw an error if `prompt` is not supported by the current configuration.
   *
   * @template T
   * @param {string} message - The message to display in the prompt.
   * @param {T} [opts] - Optional options for the prompt. See {@link PromptOptions}.
   * @returns {promise<T>} A promise that infer with the prompt options. See {@link PromptOptions}.
   */
  prompt(message, opts) {
    if (!this.options.prompt) {
      throw new Error("prompt is not supported!");
    }
    return this.options.prompt(message, opts);
  }
  /**
   * Creates a new instance of Consola, inheriting options from the current instance, with possible overrides.
   *
   * @param {Partial<ConsolaOptions>} options - Optional overrides for the new instance. See {@link ConsolaOptions}.
   * @returns {ConsolaInstance} A new Consola instance. See {@link ConsolaInstance}.
   */
  create(options) {
    const instance = new _Consola({
      ...this.options,
      ...options
    });
    if (this._mockFn) {
      instance.mockTypes(this._mockFn);
    }
    return instance;
  }
  /**
   * Creates a new Consola instance with the specified default log object properties.
   *
   * @param {InputLogObject} defaults - Default properties to include in any log from the new instance. See {@link InputLogObject}.
   * @returns {ConsolaInstance} A new Consola instance. See {@link ConsolaInstance}.
   */
  withDefaults(defaults) {
    return this.create({
      ...this.options,
      defaults: {
        ...this.options.defaults,
        ...defaults
      }
    });
  }
  /**
   * Creates a new Consola instance with a specified tag, which will be included in every log.
   *
   * @param {string} tag - The tag to include in each log of the new instance.
   * @returns {ConsolaInstance} A new Consola instance. See {@link ConsolaInstance}.
   */
  withTag(tag) {
    return this.withDefaults({
      tag: this.options.defaults.tag ? this.options.defaults.tag + ":" + tag : tag
    });
  }
  /**
   * Adds a custom reporter to the Consola instance.
   * Reporters will be called for each log message, depending on their implementation and log level.
   *
   * @param {ConsolaReporter} reporter - The reporter to add. See {@link ConsolaReporter}.
   * @returns {Consola} The current Consola instance.
   */
  addReporter(reporter) {
    this.options.reporters.push(reporter);
    return this;
  }
  /**
   * Removes a custom reporter from the Consola instance.
   * If no reporter is specified, all reporters will be removed.
   *
   * @param {ConsolaReporter} reporter - The reporter to remove. See {@link ConsolaReporter}.
   * @returns {Consola} The current Consola instance.
   */
  removeReporter(reporter) {
    if (reporter) {
      const i = this.options.reporters.indexOf(reporter);
      if (i !== -1) {
        return this.options.reporters.splice(i, 1);
      }
    } else {
      this.options.reporters.splice(0);
    }
    return this;
  }
  /**
   * Replaces all reporters of the Consola instance with the specified array of reporters.
   *
   * @param {ConsolaReporter[]} reporters - The new reporters to set. See {@link ConsolaReporter}.
   * @returns {Consola} The current Consola instance.
   */
  setReporters(reporters) {
    this.options.reporters = Array.isArray(reporters) ? reporters : [reporters];
    return this;
  }
  wrapAll() {
    this.wrapConsole();
    this.wrapStd();
  }
  restoreAll() {
    this.restoreConsole();
    this.restoreStd();
  }
  /**
   * Overrides console methods with Consola logging methods for consistent logging.
   */
  wrapConsole() {
    for (const type in this.options.types) {
      if (!console["__" + type]) {
        console["__" + type] = console[type];
      }
      console[type] = this[type].raw;
    }
  }
  /**
   * Restores the original console methods, removing Consola overrides.
   */
  restoreConsole() {
    for (const type in this.options.types) {
      if (console["__" + type]) {
        console[type] = console["__" + type];
        delete console["__" + type];
      }
    }
  }
  /**
   * Overrides standard output and error streams to redirect them through Consola.
   */
  wrapStd() {
    this._wrapStream(this.options.stdout, "log");
    this._wrapStream(this.options.stderr, "log");
  }
  _wrapStream(stream, type) {
    if (!stream) {
      return;
    }
    if (!stream.__write) {
      stream.__write = stream.write;
    }
    stream.write = (data) => {
      this[type].raw(String(data).trim());
    };
  }
  /**
   * Restores the original standard output and error streams, removing the Consola redirection.
   */
  restoreStd() {
    this._restoreStream(this.options.stdout);
    this._restoreStream(this.options.stderr);
  }
  _restoreStream(stream) {
    if (!stream) {
      return;
    }
    if (stream.__write) {
      stream.write = stream.__write;
      delete stream.__write;
    }
  }
  /**
   * Pauses logging, queues incoming logs until resumed.
   */
  pauseLogs() {
    paused = true;
  }
  /**
   * Resumes logging, processing any queued logs.
   */
  resumeLogs() {
    paused = false;
    const _queue = queue.splice(0);
    for (const item of _queue) {
      item[0]._logFn(item[1], item[2]);
    }
  }
  /**
   * Replaces logging methods with mocks if a mock function is provided.
   *
   * @param {ConsolaOptions["mockFn"]} mockFn - The function to use for mocking logging methods. See {@link ConsolaOptions["mockFn"]}.
   */
  mockTypes(mockFn) {
    const _mockFn = mockFn || this.options.mockFn;
    this._mockFn = _mockFn;
    if (typeof _mockFn !== "function") {
      return;
    }
    for (const type in this.options.types) {
      this[type] = _mockFn(type, this.options.types[type]) || this[type];
      this[type].raw = this[type];
    }
  }
  _wrapLogFn(defaults, isRaw) {
    return (...args) => {
      if (paused) {
        queue.push([this, defaults, args, isRaw]);
        return;
      }
      return this._logFn(defaults, args, isRaw);
    };
  }
  _logFn(defaults, args, isRaw) {
    if ((defaults.level || 0) > this.level) {
      return false;
    }
    const logObj = {
      date: /* @__PURE__ */ new Date(),
      args: [],
      ...defaults,
      level: _normalizeLogLevel(defaults.level, this.options.types)
    };
    if (!isRaw && args.length === 1 && isLogObj(args[0])) {
      Object.assign(logObj, args[0]);
    } else {
      logObj.args = [...args];
    }
    if (logObj.message) {
      logObj.args.unshift(logObj.message);
      delete logObj.message;
    }
    if (logObj.additional) {
      if (!Array.isArray(logObj.additional)) {
        logObj.additional = logObj.additional.split("\n");
      }
      logObj.args.push("\n" + logObj.additional.join("\n"));
      delete logObj.additional;
    }
    logObj.type = typeof logObj.type === "string" ? logObj.type.toLowerCase() : "log";
    logObj.tag = typeof logObj.tag === "string" ? logObj.tag : "";
    const resolveLog = (newLog = false) => {
      const repeated = (this._lastLog.count || 0) - this.options.throttleMin;
      if (this._lastLog.object && repeated > 0) {
        const args2 = [...this._lastLog.object.args];
        if (repeated > 1) {
          args2.push(`(repeated ${repeated} times)`);
        }
        this._log({ ...this._lastLog.object, args: args2 });
        this._lastLog.count = 1;
      }
      if (newLog) {
        this._lastLog.object = logObj;
        this._log(logObj);
      }
    };
    clearTimeout(this._lastLog.timeout);
    const diffTime = this._lastLog.time && logObj.date ? logObj.date.getTime() - this._lastLog.time.getTime() : 0;
    this._lastLog.time = logObj.date;
    if (diffTime < this.options.throttle) {
      try {
        const serializedLog = JSON.stringify([
          logObj.type,
          logObj.tag,
          logObj.args
        ]);
        const isSameLog = this._lastLog.serialized === serializedLog;
        this._lastLog.serialized = serializedLog;
        if (isSameLog) {
          this._lastLog.count = (this._lastLog.count || 0) + 1;
          if (this._lastLog.count > this.options.throttleMin) {
            this._lastLog.timeout = setTimeout(
              resolveLog,
              this.options.throttle
            );
            return;
          }
        }
      } catch {
      }
    }
    resolveLog(true);
  }
  _log(logObj) {
    for (const reporter of this.options.reporters) {
      reporter.log(logObj, {
        options: this.options
      });
    }
  }
};
function _normalizeLogLevel(input, types = {}, defaultLevel = 3) {
  if (input === void 0) {
    return defaultLevel;
  }
  if (typeof input === "number") {
    return input;
  }
  if (types[input] && types[input].level !== void 0) {
    return types[input].level;
  }
  return defaultLevel;
}
Consola.prototype.add = Consola.prototype.addReporter;
Consola.prototype.remove = Consola.prototype.removeReporter;
Consola.prototype.clear = Consola.prototype.removeReporter;
Consola.prototype.withScope = Consola.prototype.withTag;
Consola.prototype.mock = Consola.prototype.mockTypes;
Consola.prototype.pause = Consola.prototype.pauseLogs;
Consola.prototype.resume = Consola.prototype.resumeLogs;
function createConsola(options = {}) {
  return new Consola(options);
}

// dist/core/log.js
import { formatWithOptions, styleText } from "node:util";
var LOG_FORMATS = ["journal", "plain", "pretty"];
var LOG_LEVELS = ["error", "warn", "info", "debug"];
var CONSOLA_LEVEL = { error: 0, warn: 1, info: 3, debug: 4 };
var PRIORITY = {
  fatal: 2,
  error: 3,
  fail: 3,
  warn: 4,
  success: 5,
  ready: 5,
  start: 5,
  log: 6,
  info: 6,
  box: 6,
  debug: 7,
  trace: 7,
  verbose: 7
};
var LABEL = { 2: "FATAL", 3: "ERROR", 4: "WARN", 5: "NOTICE", 6: "INFO", 7: "DEBUG" };
function render(logObj, secrets) {
  const text = formatWithOptions({ colors: false, breakLength: Infinity, compact: true }, ...logObj.args);
  const tag = logObj.tag ? `[${logObj.tag}] ` : "";
  return singleLine(redactSecrets(`${tag}${text}`, secrets));
}
var PRETTY_STYLE = { 2: "red", 3: "red", 4: "yellow", 5: "green", 6: "cyan", 7: "gray" };
var PRETTY_ICON = { 2: "\u2716", 3: "\u2716", 4: "\u26A0", 5: "\u2714", 6: "\u2139", 7: "\u2699" };
function createLogger(options) {
  const stream = options.stream ?? process.stderr;
  const secrets = options.secrets ?? [];
  const reporters = {
    journal: { log: (o) => void stream.write(`<${PRIORITY[o.type] ?? 6}>${render(o, secrets)}
`) },
    plain: {
      log: (o) => {
        const label = LABEL[PRIORITY[o.type] ?? 6] ?? "INFO";
        stream.write(`${o.date.toISOString()} ${label.padEnd(6)} ${render(o, secrets)}
`);
      }
    },
    pretty: {
      log: (o) => {
        const priority = PRIORITY[o.type] ?? 6;
        const time = styleText("gray", o.date.toTimeString().slice(0, 8));
        stream.write(`${time} ${styleText(PRETTY_STYLE[priority] ?? "cyan", PRETTY_ICON[priority] ?? "\u2139")} ${render(o, secrets)}
`);
      }
    }
  };
  return createConsola({ level: CONSOLA_LEVEL[options.level], reporters: [reporters[options.format]] });
}
function defaultLogFormat(env, isTTY) {
  if (env.JOURNAL_STREAM)
    return "journal";
  return isTTY ? "pretty" : "plain";
}

// dist/config/config.js
var NOTIFY_KINDS = ["ntfy", "webhook", "slack", "discord"];
var DEFAULT_GEMINI_MODEL = "gemini-3.1-flash-lite";
var DEFAULT_MIN_SCORE = 60;
var DEFAULT_STALE_DAYS = 60;
var DEFAULT_GEMINI_BASE_URL = "https://generativelanguage.googleapis.com";
var isEmail = (a) => /^[^\s@<>,]+@[^\s@<>,]+$/.test(a) && a.slice(a.indexOf("@") + 2, -1).includes(".");
var addressPart = (from) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
var CHROMIUM_CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"];
var DEFAULT_WEB_LISTEN = "127.0.0.1:8377";
var LISTEN_FORM = "ADDRESS:PORT, e.g. 127.0.0.1:8377, 0.0.0.0:8377 or [::1]:8377";
function parseListen(text) {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(text.trim());
  const port = Number(m?.[3]);
  if (!m || !Number.isInteger(port) || port > 65535)
    return null;
  return { host: m[1] ?? m[2], port };
}
var CONFIG_VARIABLES = [
  ["SCOUTLY_DB", "$STATE_DIRECTORY/scoutly.db under systemd, else ./data/scoutly.db", "the SQLite file"],
  ["SCOUTLY_BUDGET", "10m", `time budget of one tick (${DURATION_FORM})`],
  ["SCOUTLY_UNIT_TIMEOUT", "unset (the unit sets it)", "the service unit's TimeoutStartSec: the budget is capped 30 s below it, so a tick always stops before systemd kills it"],
  ["SCOUTLY_CONCURRENCY", "5", "tasks in flight at once (1\u201332)"],
  ["SCOUTLY_BROWSER_PAGES", "2 with \u2264 4 GiB of memory, else 3", "careers pages rendering in Chromium at once, inside the task slots (1\u201316)"],
  ["SCOUTLY_CHROMIUM", "first found of /usr/bin/chromium-headless-shell, /usr/bin/chromium, /usr/bin/chromium-browser", "Chromium executable for Playwright (only ever run headless; the shell is lighter)"],
  ["SCOUTLY_ALLOW_PRIVATE_URLS", "0", "1 allows loopback/private careers URLs (demo and tests)"],
  ["GEMINI_API_KEY", "unset", "unset \u2192 the offline analyzer; also read from the systemd credential gemini_api_key"],
  ["GEMINI_MODEL", DEFAULT_GEMINI_MODEL, "Gemini model id"],
  ["GEMINI_BASE_URL", DEFAULT_GEMINI_BASE_URL, "API base URL (proxies, tests)"],
  ["GEMINI_RPM", "10", "client-side requests per minute"],
  ["GEMINI_DAILY_REQUESTS", "500", "client-side requests per day (counted in SQLite)"],
  ["SCOUTLY_MIN_SCORE", "60", "analyses at or above it become matches (0\u2013100)"],
  ["SCOUTLY_STALE_DAYS", String(DEFAULT_STALE_DAYS), 'a posting open longer than this many days shows its age and a "stale" mark in digests and the report (1\u20133650)'],
  ["SCOUTLY_NOTIFY_URL", "unset", "where new-match digests go (ntfy topic URL, Slack or Discord incoming webhook, or a JSON webhook)"],
  ["SCOUTLY_NOTIFY_KIND", "by URL", "ntfy, slack, discord or webhook"],
  ["SCOUTLY_SMTP_URL", "unset", "smtp:// or smtps:// URL for e-mail digests"],
  ["SCOUTLY_MAIL_TO", "unset", "recipient(s) of e-mail digests, comma-separated"],
  ["SCOUTLY_MAIL_FROM", "the SMTP login if it is an address, else scoutly@HOSTNAME", "sender of e-mail digests"],
  ["SCOUTLY_ATS_BASE_URL", "unset", "send ATS API requests to this base URL instead of the ATS hosts (demo and tests)"],
  ["SCOUTLY_REPORT_FILE", "unset", "write the HTML report there after each tick"],
  ["SCOUTLY_METRICS_FILE", "unset", "Prometheus textfile written after each tick"],
  ["SCOUTLY_WEB_LISTEN", DEFAULT_WEB_LISTEN, "where `scoutly web` listens when started by hand (ADDRESS:PORT); under systemd the socket unit decides"],
  ["SCOUTLY_WEB_IDLE", "10m", `the socket-activated dashboard exits after this long without a request (${DURATION_FORM})`],
  ["SCOUTLY_WEB_URL", "unset", "the address your phone reaches the dashboard at (setup links, digest action buttons)"],
  ["SCOUTLY_WEB_TRUSTED_PROXIES", "unset", "addresses of reverse proxies (Caddy, Tailscale Serve) whose X-Forwarded-Proto/-For are believed, comma-separated"],
  ["SCOUTLY_LOG_LEVEL", "info", "error, warn, info or debug"],
  ["SCOUTLY_LOG_FORMAT", "auto", "journal, plain or pretty (auto: journal under systemd, pretty on a TTY, else plain)"]
];
function defaultBrowserPages(totalMemoryBytes) {
  return totalMemoryBytes <= 4 * 1024 ** 3 ? 2 : 3;
}
function loadConfig(sources) {
  const { env } = sources;
  const problems = [];
  const get = (name) => {
    const v = env[name];
    return v === void 0 || v.trim() === "" ? void 0 : v.trim();
  };
  const fail = (variable, message) => problems.push({ variable, message });
  const integer = (name, fallback, min, max) => {
    const raw = get(name);
    if (raw === void 0)
      return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      fail(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const oneOf = (name, allowed) => {
    const raw = get(name);
    if (raw === void 0)
      return void 0;
    const lower = raw.toLowerCase();
    if (allowed.includes(lower))
      return lower;
    fail(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
    return void 0;
  };
  const url = (name, protocols, secret = false) => {
    const raw = get(name);
    if (raw === void 0)
      return null;
    try {
      const u = new URL(raw);
      if (protocols.includes(u.protocol))
        return raw;
    } catch {
    }
    fail(name, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}${secret ? "" : `, got "${raw}"`}`);
    return null;
  };
  const budgetRaw = get("SCOUTLY_BUDGET");
  let budgetMs = 10 * 6e4;
  if (budgetRaw !== void 0) {
    const parsed = parseBudget(budgetRaw);
    if (parsed.ok)
      budgetMs = parsed.ms;
    else
      fail("SCOUTLY_BUDGET", `must be ${parsed.accepted}`);
  }
  const unitTimeoutRaw = get("SCOUTLY_UNIT_TIMEOUT");
  let unitTimeoutMs = null;
  if (unitTimeoutRaw !== void 0) {
    const parsed = parseDuration(unitTimeoutRaw);
    if (parsed === null || parsed < 6e4)
      fail("SCOUTLY_UNIT_TIMEOUT", `must be the unit's TimeoutStartSec as ${DURATION_FORM}, at least 1m; got "${unitTimeoutRaw}"`);
    else
      unitTimeoutMs = parsed;
  }
  const allowPrivateRaw = get("SCOUTLY_ALLOW_PRIVATE_URLS");
  if (allowPrivateRaw !== void 0 && !["0", "1"].includes(allowPrivateRaw)) {
    fail("SCOUTLY_ALLOW_PRIVATE_URLS", `must be 0 or 1, got "${allowPrivateRaw}"`);
  }
  const exists = sources.exists ?? (() => false);
  const chromiumPath = get("SCOUTLY_CHROMIUM") ?? CHROMIUM_CANDIDATES.find((p) => exists(p)) ?? null;
  const credentialKey = sources.credentials?.gemini_api_key?.trim();
  const apiKey = get("GEMINI_API_KEY") ?? (credentialKey && credentialKey !== "none" ? credentialKey : null);
  const model = get("GEMINI_MODEL") ?? DEFAULT_GEMINI_MODEL;
  if (!/^[A-Za-z0-9._-]+$/.test(model))
    fail("GEMINI_MODEL", `must be a model id such as ${DEFAULT_GEMINI_MODEL}`);
  const notifyUrl = url("SCOUTLY_NOTIFY_URL", ["http:", "https:"], true);
  let notifyKind = oneOf("SCOUTLY_NOTIFY_KIND", NOTIFY_KINDS) ?? null;
  if (notifyUrl && !notifyKind)
    notifyKind = notifyKindOf(new URL(notifyUrl));
  if (notifyUrl && notifyKind === "ntfy" && new URL(notifyUrl).pathname.split("/").filter(Boolean).length === 0) {
    fail("SCOUTLY_NOTIFY_URL", "an ntfy URL must name the topic, e.g. https://ntfy.sh/your-secret-topic");
  }
  const mailTo = get("SCOUTLY_MAIL_TO") ?? null;
  if (mailTo && !mailTo.split(",").every((a) => isEmail(a.trim())))
    fail("SCOUTLY_MAIL_TO", `must be an e-mail address (or several, comma-separated), got "${mailTo}"`);
  const mailFrom = get("SCOUTLY_MAIL_FROM") ?? null;
  if (mailFrom && !isEmail(addressPart(mailFrom)))
    fail("SCOUTLY_MAIL_FROM", `must be an e-mail address or "Name <address>", got "${mailFrom}"`);
  const listenRaw = get("SCOUTLY_WEB_LISTEN") ?? DEFAULT_WEB_LISTEN;
  const listen = parseListen(listenRaw);
  if (!listen)
    fail("SCOUTLY_WEB_LISTEN", `must be ${LISTEN_FORM}, got "${listenRaw}"`);
  const idleRaw = get("SCOUTLY_WEB_IDLE");
  const idleMs = idleRaw === void 0 ? 10 * 6e4 : parseDuration(idleRaw);
  if (idleMs === null || idleMs < 1e3)
    fail("SCOUTLY_WEB_IDLE", `must be ${DURATION_FORM}, at least 1s; got "${idleRaw}"`);
  const webUrl = url("SCOUTLY_WEB_URL", ["http:", "https:"]);
  const trustedProxies = (get("SCOUTLY_WEB_TRUSTED_PROXIES") ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const badProxy = trustedProxies.find((p) => !isIP(p));
  if (badProxy)
    fail("SCOUTLY_WEB_TRUSTED_PROXIES", `must be IP addresses, comma-separated (e.g. 127.0.0.1,::1), got "${badProxy}"`);
  const stateDir = get("STATE_DIRECTORY")?.split(":")[0];
  const cacheDir = cacheDirOf(get);
  const dbPath = get("SCOUTLY_DB") ?? (stateDir ? `${stateDir}/scoutly.db` : "./data/scoutly.db");
  const config = {
    dbPath,
    budgetMs,
    unitTimeoutMs,
    concurrency: integer("SCOUTLY_CONCURRENCY", 5, 1, 32),
    browserPages: integer("SCOUTLY_BROWSER_PAGES", defaultBrowserPages(sources.totalMemoryBytes ?? 0), 1, 16),
    chromiumPath,
    cacheDir,
    allowPrivateUrls: allowPrivateRaw === "1",
    gemini: {
      apiKey,
      model,
      baseUrl: url("GEMINI_BASE_URL", ["http:", "https:"]) ?? DEFAULT_GEMINI_BASE_URL,
      rpm: integer("GEMINI_RPM", 10, 1, 1e4),
      dailyRequests: integer("GEMINI_DAILY_REQUESTS", 500, 1, 1e6)
    },
    minScore: integer("SCOUTLY_MIN_SCORE", DEFAULT_MIN_SCORE, 0, 100),
    staleDays: integer("SCOUTLY_STALE_DAYS", DEFAULT_STALE_DAYS, 1, 3650),
    notify: { url: notifyUrl, kind: notifyKind },
    smtp: { url: url("SCOUTLY_SMTP_URL", ["smtp:", "smtps:"], true), mailTo, mailFrom },
    atsBaseUrl: url("SCOUTLY_ATS_BASE_URL", ["http:", "https:"]),
    reportFile: get("SCOUTLY_REPORT_FILE") ?? null,
    metricsFile: get("SCOUTLY_METRICS_FILE") ?? null,
    log: {
      level: oneOf("SCOUTLY_LOG_LEVEL", LOG_LEVELS) ?? "info",
      format: oneOf("SCOUTLY_LOG_FORMAT", LOG_FORMATS) ?? defaultLogFormat(env, sources.isTTY ?? false)
    },
    maxAttempts: 5,
    web: { listen: listen ?? { host: "127.0.0.1", port: 8377 }, idleMs: idleMs ?? 10 * 6e4, url: webUrl ? withoutTrailingSlashes(webUrl) : null, trustedProxies }
  };
  if (config.smtp.url && !config.smtp.mailTo)
    fail("SCOUTLY_MAIL_TO", "must be set to an e-mail address when SCOUTLY_SMTP_URL is set");
  if (problems.length)
    throw new ConfigError(problems);
  return config;
}
function cacheDirOf(get) {
  const unit = get("CACHE_DIRECTORY")?.split(":")[0];
  if (unit)
    return unit;
  const xdg = get("XDG_CACHE_HOME");
  if (xdg?.startsWith("/"))
    return `${withoutTrailingSlashes(xdg)}/scoutly`;
  const home = get("HOME");
  return home?.startsWith("/") ? `${withoutTrailingSlashes(home)}/.cache/scoutly` : null;
}
function secretValues(config) {
  return [config.gemini.apiKey, ...urlSecrets(config.notify.url), ...urlSecrets(config.smtp.url)].filter((v) => Boolean(v));
}
function notifyKindOf(url) {
  const host = url.hostname.toLowerCase();
  if (/ntfy/.test(host))
    return "ntfy";
  if (host === "hooks.slack.com")
    return "slack";
  if (/(^|\.)(discord|discordapp)\.com$/.test(host) && url.pathname.startsWith("/api/webhooks/"))
    return "discord";
  return "webhook";
}
function withoutTrailingSlashes(url) {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/")
    end--;
  return url.slice(0, end);
}

export {
  createLogger,
  defaultLogFormat,
  LISTEN_FORM,
  parseListen,
  loadConfig,
  secretValues
};
