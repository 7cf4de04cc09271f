import {
  createLogger,
  defaultLogFormat,
  loadConfig,
  secretValues
} from "./chunk-WXL342YX.js";
import {
  parseCommandArgs,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  systemClock
} from "./chunk-YUKE3DZL.js";
import {
  closeStore,
  openStore
} from "./chunk-IERKD2WH.js";
import {
  ConfigError,
  DatabaseError,
  InputError,
  UsageError
} from "./chunk-ICS75TSL.js";
import {
  escapeControls,
  safeJson,
  singleLine
} from "./chunk-SJIXDJEM.js";
import {
  redactSecrets
} from "./chunk-35NU2TMZ.js";

// dist/cli/main.js
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

// dist/cli/context.js
import { totalmem } from "node:os";
var CommandContext = class {
  io;
  configValue;
  storeValue;
  logValue;
  queueValue;
  constructor(io) {
    this.io = io;
  }
  get config() {
    this.configValue ??= loadConfig({ env: this.io.env, credentials: this.io.credentials, isTTY: this.io.isTTY, exists: this.io.exists, totalMemoryBytes: totalmem() });
    return this.configValue;
  }
  get log() {
    this.logValue ??= createLogger({ ...this.config.log, stream: this.io.stderr, secrets: secretValues(this.config) });
    return this.logValue;
  }
  /** Opens (and migrates) the database on first use. */
  async openStore() {
    this.storeValue ??= await openStore(this.config.dbPath);
    return this.storeValue;
  }
  /** The one task queue, built by the composition root over the database (loaded here: most commands need none). */
  async queue() {
    const { buildQueue } = await import("./deps-XZW7DPSM.js");
    this.queueValue ??= buildQueue(this.config, await this.openStore(), this.io.overrides?.rand);
    return this.queueValue;
  }
  now() {
    return this.io.clock.now();
  }
  /**
   * One line for a person, whatever it holds: a line break in a name or an error cannot start a row of its
   * own, and control and bidi characters from scraped text are shown, never obeyed (core/text.ts singleLine).
   */
  out(line = "") {
    this.io.stdout.write(`${singleLine(line)}
`);
  }
  /** The same values for scripts; what a terminal would obey is \u-escaped (JSON.parse gives it back). */
  json(value) {
    this.io.stdout.write(`${safeJson(value, 2)}
`);
  }
  close() {
    if (this.storeValue)
      closeStore(this.storeValue);
  }
};

// dist/cli/run.js
var COMMAND_LOADERS = {
  tick: () => import("./tick-V56UEEQZ.js").then((m) => m.tickCommand),
  enqueue: () => import("./maintenance-I6IAUV65.js").then((m) => m.enqueueCommand),
  status: () => import("./status-S7NPEBY2.js").then((m) => m.statusCommand),
  "companies import": () => import("./companies-KB6ZNBPC.js").then((m) => m.importCommand),
  "companies add": () => import("./companies-KB6ZNBPC.js").then((m) => m.addCommand),
  "companies list": () => import("./companies-KB6ZNBPC.js").then((m) => m.listCommand),
  "companies show": () => import("./companies-KB6ZNBPC.js").then((m) => m.showCommand),
  "companies set-source": () => import("./companies-KB6ZNBPC.js").then((m) => m.setSourceCommand),
  "companies set-render": () => import("./companies-KB6ZNBPC.js").then((m) => m.setRenderCommand),
  "companies remove": () => import("./companies-KB6ZNBPC.js").then((m) => m.removeCommand),
  track: () => import("./companies-KB6ZNBPC.js").then((m) => m.trackCommand),
  untrack: () => import("./companies-KB6ZNBPC.js").then((m) => m.untrackCommand),
  "users add": () => import("./users-QDVBPD4Z.js").then((m) => m.usersAddCommand),
  "users list": () => import("./users-QDVBPD4Z.js").then((m) => m.usersListCommand),
  "users show": () => import("./users-QDVBPD4Z.js").then((m) => m.usersShowCommand),
  "users set-profile": () => import("./users-QDVBPD4Z.js").then((m) => m.usersSetProfileCommand),
  "users set-password": () => import("./users-QDVBPD4Z.js").then((m) => m.usersSetPasswordCommand),
  "users token": () => import("./users-QDVBPD4Z.js").then((m) => m.usersTokenCommand),
  "queue list": () => import("./queue-5O4I2DXZ.js").then((m) => m.queueListCommand),
  "queue retry": () => import("./queue-5O4I2DXZ.js").then((m) => m.queueRetryCommand),
  "queue reset-stuck": () => import("./queue-5O4I2DXZ.js").then((m) => m.queueResetStuckCommand),
  "queue add": () => import("./queue-5O4I2DXZ.js").then((m) => m.queueAddCommand),
  "postings list": () => import("./postings-LHN27ILY.js").then((m) => m.postingsListCommand),
  probe: () => import("./postings-LHN27ILY.js").then((m) => m.probeCommand),
  "matches list": () => import("./matches-VGJ7DLA4.js").then((m) => m.matchesListCommand),
  "matches export": () => import("./matches-VGJ7DLA4.js").then((m) => m.matchesExportCommand),
  "matches set": () => import("./matches-VGJ7DLA4.js").then((m) => m.matchesSetCommand),
  "matches explain": () => import("./matches-VGJ7DLA4.js").then((m) => m.matchesExplainCommand),
  "seed-demo": () => import("./demo-77TNNOUE.js").then((m) => m.seedDemoCommand),
  notify: () => import("./notify-TE2YUC4C.js").then((m) => m.notifyCommand),
  report: () => import("./report-NBZRCIY4.js").then((m) => m.reportCommand),
  doctor: () => import("./doctor-7OFZAV4M.js").then((m) => m.doctorCommand),
  backup: () => import("./maintenance-I6IAUV65.js").then((m) => m.backupCommand),
  migrate: () => import("./maintenance-I6IAUV65.js").then((m) => m.migrateCommand),
  prune: () => import("./maintenance-I6IAUV65.js").then((m) => m.pruneCommand),
  web: () => import("./web-OZ7JGSVE.js").then((m) => m.webCommand),
  "web setup-link": () => import("./web-OZ7JGSVE.js").then((m) => m.webSetupLinkCommand)
};
var COMMAND_NAMES = Object.keys(COMMAND_LOADERS);
var GROUPS = [...new Set(COMMAND_NAMES.filter((n) => n.includes(" ")).map((n) => n.split(" ")[0]))];
async function loadCommands(names) {
  return Promise.all(names.map((n) => COMMAND_LOADERS[n]()));
}
async function mainUsage() {
  const commands = await loadCommands(COMMAND_NAMES);
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: scoutly COMMAND [options]     (jobs-tick = scoutly tick)

Scoutly watches the careers pages of the companies you rank and tells you about new openings that fit your CV.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(/(?<=\.) /)[0]}`).join("\n")}

Run \`scoutly COMMAND --help\` for a command's options. Configuration comes from the environment and
./.env (see README.md); times are printed in UTC.
`;
}
async function groupUsage(group) {
  const members = await loadCommands(COMMAND_NAMES.filter((n) => n.startsWith(`${group} `)));
  return `Usage:
${members.map((c) => `  scoutly ${c.synopsis}`).join("\n")}

Run \`scoutly ${group} SUBCOMMAND --help\` for details.
`;
}
async function findCommand(argv) {
  const [first, second] = argv;
  if (first === void 0)
    return null;
  if (GROUPS.includes(first)) {
    const load2 = COMMAND_LOADERS[`${first} ${second}`];
    if (load2)
      return { command: await load2(), rest: argv.slice(2) };
    const self = COMMAND_LOADERS[first];
    return self ? { command: await self(), rest: argv.slice(1) } : { group: first };
  }
  const load = COMMAND_LOADERS[first];
  return load ? { command: await load(), rest: argv.slice(1) } : null;
}
function errorWriter(io) {
  const journal = (io.env.SCOUTLY_LOG_FORMAT || defaultLogFormat(io.env, io.isTTY)) === "journal";
  return (text) => {
    const lines = text.replace(/(?<!\n)\n+$/, "").split("\n");
    io.stderr.write(`${lines.map((l) => escapeControls(l)).map((l) => journal ? `<3>${l}` : l).join("\n")}
`);
  };
}
function settingsPlaces(env) {
  const unitFile = env.SCOUTLY_ENV_FILE;
  return unitFile ? `${unitFile} (the unit's EnvironmentFile) or the environment` : "the environment or ./.env";
}
async function runCli(argv, io) {
  const err = errorWriter(io);
  const [first] = argv;
  if (first === void 0 || first === "help" || first === "--help" || first === "-h") {
    (first === void 0 ? err : (t) => io.stdout.write(t))(await mainUsage());
    return first === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-V") {
    io.stdout.write("scoutly 0.1.0\n");
    return EXIT.ok;
  }
  const found = await findCommand(argv);
  if (!found) {
    err(`scoutly: unknown command "${first}"

${await mainUsage()}`);
    return EXIT.usage;
  }
  if ("group" in found) {
    const sub = argv[1];
    const wantsHelp = sub === void 0 || sub === "--help" || sub === "-h" || sub === "help";
    if (wantsHelp && sub !== void 0) {
      io.stdout.write(await groupUsage(found.group));
      return EXIT.ok;
    }
    err(`${sub === void 0 ? `scoutly ${found.group}: which one?` : `scoutly: unknown command "${found.group} ${sub}"`}

${await groupUsage(found.group)}`);
    return EXIT.usage;
  }
  const ctx = new CommandContext(io);
  try {
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values.help) {
      io.stdout.write(usageOf(found.command));
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (e) {
    return reportError(e, found.command, ctx, err);
  } finally {
    ctx.close();
  }
}
function reportError(e, command, ctx, err) {
  const secrets = safeSecrets(ctx);
  const say = (text) => err(redactSecrets(text, secrets));
  if (e instanceof UsageError) {
    say(`scoutly ${command.name}: ${e.message}

${e.usage ?? usageOf(command)}`);
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    say(`scoutly ${command.name}: ${e.message}`);
    return EXIT.usage;
  }
  if (e instanceof ConfigError) {
    say(`scoutly: configuration error (fix it in ${settingsPlaces(ctx.io.env)}):
${e.problems.map((p) => `  ${p.variable} ${p.message}`).join("\n")}`);
    return EXIT.config;
  }
  if (e instanceof DatabaseError || e?.name === "SqliteError") {
    say(`scoutly: database error: ${e.message}`);
    return EXIT.database;
  }
  say(`scoutly: internal error (a bug; please report it): ${e?.stack ?? String(e)}`);
  return EXIT.internal;
}
function safeSecrets(ctx) {
  try {
    return secretValues(ctx.config);
  } catch {
    return [];
  }
}

// dist/cli/main.js
function loadDotEnv(cwd) {
  const path = join(cwd, ".env");
  if (!existsSync(path))
    return {};
  return parseEnv(readFileSync(path, "utf8"));
}
function loadCredentials(dir) {
  if (!dir)
    return {};
  const path = join(dir, "gemini_api_key");
  return existsSync(path) ? { gemini_api_key: readFileSync(path, "utf8") } : {};
}
async function readSecret(prompt) {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = "";
    for await (const chunk of input) {
      text += String(chunk);
      if (text.includes("\n"))
        break;
    }
    return text.split(/\r?\n/)[0] ?? "";
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const finish2 = (then) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
      then();
    };
    const onData = (chunk) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n")
          return finish2(() => resolve(value));
        if (ch === "" || ch === "")
          return finish2(() => reject(new InputError("cancelled; nothing was changed")));
        value = ch === "\x7F" || ch === "\b" ? value.slice(0, -1) : value + ch;
      }
    };
    input.on("data", onData);
  });
}
var stop = new AbortController();
var signalsInstalled = false;
function installProcessHandlers() {
  if (signalsInstalled)
    return;
  signalsInstalled = true;
  let signals = 0;
  const onSignal = (signal) => {
    signals++;
    if (signals === 1) {
      process.stderr.write(`scoutly: ${signal} received, stopping: no new tasks, in-flight ones are handed back
`);
      stop.abort(signal);
    } else {
      process.stderr.write(`scoutly: second ${signal}, exiting now
`);
      process.exit(128 + (signal === "SIGINT" ? 2 : 15));
    }
  };
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE")
      process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
async function runOnce(argv, overrides) {
  installProcessHandlers();
  const env = { ...loadDotEnv(process.cwd()), ...process.env };
  try {
    return await runCli(argv, {
      env,
      credentials: loadCredentials(env.CREDENTIALS_DIRECTORY),
      stdout: process.stdout,
      stderr: process.stderr,
      isTTY: Boolean(process.stderr.isTTY),
      exists: existsSync,
      readFile: (path) => readFileSync(path),
      readSecret,
      stdinIsTTY: Boolean(process.stdin.isTTY),
      stopSignal: stop.signal,
      clock: systemClock,
      // The monotonic clock starts with the process: a tick's budget is counted from here.
      processStartedAt: 0,
      ...overrides ? { overrides } : {}
    });
  } catch (err) {
    process.stderr.write(`scoutly: internal error: ${err?.stack ?? String(err)}
`);
    return EXIT.internal;
  }
}
function finish(code) {
  process.exitCode = code;
  setTimeout(() => {
    process.stderr.write("scoutly: something kept the process alive after it finished; exiting anyway\n");
    process.exit(code);
  }, 2e3).unref();
}
async function launch(prefix, overrides) {
  finish(await runOnce([...prefix, ...process.argv.slice(2)], overrides));
}

export {
  launch
};
