// The process edge: the only module that reads process.env/argv, installs signal handlers and ends
// the process. Loads ./.env (real environment wins) and systemd credentials, then runs the CLI.

import { existsSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { systemClock } from '../core/clock.js';
import { EXIT } from '../core/exitCodes.js';
import { InputError } from '../core/errors.js';
import type { DepsOverrides } from '../tick/deps.js';
import { runCli } from './run.js';

function loadDotEnv(cwd: string): Record<string, string> {
  const path = join(cwd, '.env');
  if (!existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}

function loadCredentials(dir: string | undefined): Record<string, string> {
  if (!dir) return {};
  const path = join(dir, 'gemini_api_key');
  return existsSync(path) ? { gemini_api_key: readFileSync(path, 'utf8') } : {};
}

/**
 * A secret typed at the terminal, not echoed (raw mode: Enter ends it, Backspace edits, Ctrl-C cancels);
 * from a pipe, the first line (`printf '%s\n' "$PW" | scoutly users set-password EMAIL`).
 */
async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) {
      text += String(chunk);
      if (text.includes('\n')) break;
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (then: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      then();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(value));
        if (ch === '\u0003' || ch === '\u0004') return finish(() => reject(new InputError('cancelled; nothing was changed')));
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * Standard output and error written with write(2) itself. `process.stdout` on a pipe or journald's socket is a
 * net.Socket: creating it loads Node's socket and stream modules, ≈ 10 ms at every start (their code cache is
 * refused under the unit's V8 flags), more than an idle tick's own work. Node writes pipes, files and terminals
 * synchronously on Linux anyway, so lines keep their order with anything else written there.
 */
function descriptorSink(fd: 1 | 2, stream: () => NodeJS.WriteStream, readerGone: () => boolean): { write(text: string): boolean } {
  let viaStream = false;
  return {
    write(text: string): boolean {
      let rest = Buffer.from(text);
      try {
        while (!viaStream && rest.length) rest = rest.subarray(writeSync(fd, rest));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return readerGone();
        // A non-blocking descriptor handed down by a parent: Node's stream queues what the kernel cannot take yet.
        if (code !== 'EAGAIN') throw err;
        viaStream = true;
      }
      return rest.length ? stream().write(rest) : true;
    },
  };
}

let stdoutWatched = false;
/** `process.stdout`, only where a write would block: its EPIPE arrives as an event instead. */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return process.stdout;
}
// `scoutly queue list | head` closes the pipe early: that is not an error, and nothing more can be shown.
const stdout = descriptorSink(1, stdoutStream, () => process.exit(process.exitCode ?? 0));
// Nobody reads standard error any more: the line has nowhere to go, and the work goes on.
const stderr = descriptorSink(2, () => process.stderr, () => false);

const stop = new AbortController();
let signalsInstalled = false;

function installProcessHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      stderr.write(`scoutly: ${signal} received, stopping: no new tasks, in-flight ones are handed back\n`);
      stop.abort(signal);
    } else {
      stderr.write(`scoutly: second ${signal}, exiting now\n`);
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function runOnce(argv: readonly string[], overrides?: DepsOverrides): Promise<number> {
  installProcessHandlers();
  const env = { ...loadDotEnv(process.cwd()), ...process.env };
  try {
    return await runCli(argv, {
      env,
      credentials: loadCredentials(env.CREDENTIALS_DIRECTORY),
      stdout,
      stderr,
      // Getters: asking creates the stream the answer comes from, and the tick under journald never asks.
      get isTTY() {
        return Boolean(process.stderr.isTTY);
      },
      exists: existsSync,
      readFile: (path) => readFileSync(path),
      readSecret,
      get stdinIsTTY() {
        return Boolean(process.stdin.isTTY);
      },
      stopSignal: stop.signal,
      clock: systemClock,
      // The monotonic clock starts with the process: a tick's budget is counted from here.
      processStartedAt: 0,
      ...(overrides ? { overrides } : {}),
    });
  } catch (err) {
    stderr.write(`scoutly: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}

function finish(code: number): void {
  process.exitCode = code;
  // Everything is closed by now; a leaked handle (a socket, a browser) must not keep a oneshot unit alive.
  setTimeout(() => {
    stderr.write('scoutly: something kept the process alive after it finished; exiting anyway\n');
    process.exit(code);
  }, 2000).unref();
}

/**
 * Runs the CLI with `prefix` before the user's arguments (`jobs-tick` is `scoutly tick`).
 * `overrides` lets an embedding program (and the crash tests) register its own task handlers.
 */
export async function launch(prefix: readonly string[], overrides?: DepsOverrides): Promise<void> {
  finish(await runOnce([...prefix, ...process.argv.slice(2)], overrides));
}

/** `preferred` when nothing listens there, else a port the OS picks (the demo beside an installed dashboard socket). */
async function freePort(host: string, preferred: number): Promise<number> {
  const { createServer } = await import('node:net');
  const tryPort = (port: number) => new Promise<number | null>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, host, () => {
      const { port: got } = probe.address() as { port: number };
      probe.close(() => resolve(got));
    });
  });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

/**
 * `make demo`: serves the demo careers site on 127.0.0.1, seeds a fresh demo database and runs one tick
 * with the offline defaults, shows what was found, then serves the dashboard on that database with a
 * sign-in link for the demo user until Ctrl-C (the demo site stays up, so companies can be added from it).
 */
export async function launchDemo(): Promise<void> {
  const { startDemoServer } = await import('../demo/server.js');
  const server = await startDemoServer();
  const db = join(process.cwd(), 'data', 'demo.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  stdout.write(`demo careers site and ATS feeds at ${server.url}; database ${db}\n`);
  const report = join(process.cwd(), 'data', 'demo-report.html');
  Object.assign(process.env, {
    SCOUTLY_DB: db, SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: server.url, SCOUTLY_BUDGET: process.env.SCOUTLY_BUDGET ?? '3m',
    SCOUTLY_NOTIFY_URL: server.ntfyTopicUrl, SCOUTLY_NOTIFY_KIND: 'ntfy', SCOUTLY_REPORT_FILE: report,
  });
  delete process.env.SCOUTLY_SMTP_URL; // the demo's digest goes to the stand-in ntfy server only
  delete process.env.GEMINI_API_KEY; // the demo runs on the offline defaults
  delete process.env.SCOUTLY_WEB_URL; // the link points at the demo's own dashboard
  let tickCode: number = EXIT.ok;
  try {
    for (const step of [['seed-demo', '--base-url', server.url], ['tick'], ['postings', 'list'], ['status']]) {
      stdout.write(`\n$ scoutly ${step.join(' ')}\n`);
      const code = await runOnce(step);
      if (step[0] === 'tick') tickCode = code;
      else if (code !== EXIT.ok) {
        tickCode = code;
        break;
      }
    }
    for (const n of server.notifications) {
      stdout.write(`\nThe digest your phone would get (ntfy, priority ${String(n.priority)}):\n  ${String(n.title)}\n${String(n.message).replace(/^/gm, '  ')}\n`);
    }
    stdout.write(`\nThe report: ${report}\nQuery it yourself: sqlite3 ${db} "SELECT * FROM v_schedule"\n`);
    if (tickCode === EXIT.ok && !stop.signal.aborted) {
      const webCode = await demoDashboard();
      // Ctrl-C is how the demo ends; anything else (the port taken meanwhile) is the demo's failure.
      if (webCode !== EXIT.interrupted && webCode !== EXIT.terminated) tickCode = webCode;
    }
  } finally {
    await server.close();
  }
  finish(tickCode);
}

/** The dashboard on the demo database, in the foreground: a one-time sign-in link, then `scoutly web` until Ctrl-C. */
async function demoDashboard(): Promise<number> {
  const host = '127.0.0.1';
  // An address given by the user is kept (its port 0 is not: the link must name the port).
  const given = /^127\.0\.0\.1:([1-9]\d*)$/.exec(process.env.SCOUTLY_WEB_LISTEN ?? '');
  const port = given ? Number(given[1]) : await freePort(host, 8377);
  process.env.SCOUTLY_WEB_LISTEN = `${host}:${port}`;
  stdout.write('\nThe dashboard on the demo database: open this one-time link (15 minutes) to choose a password for demo@scoutly.local\n');
  const linked = await runOnce(['web', 'setup-link', 'demo@scoutly.local']);
  if (linked !== EXIT.ok) return linked;
  stdout.write(`$ scoutly web   (at http://${host}:${port}; Ctrl-C stops it and the demo)\n`);
  return runOnce(['web']);
}
