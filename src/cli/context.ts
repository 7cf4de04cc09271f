// What every command gets: parsed config, a lazily opened store, the logger and output streams.
// Built once per invocation by cli/run.ts; commands never read process.* themselves.

import { totalmem } from 'node:os';
import { safeJson, singleLine } from '../core/text.js';
import type { Clock } from '../core/clock.js';
import { createLogger, type Logger, type TextSink } from '../core/log.js';
import { loadConfig, secretValues, type Config, type Env } from '../config/config.js';
import { closeStore, openStore, type Store } from '../db/client.js';
import type { TaskQueue } from '../queue/queue.js';
import type { DepsOverrides } from '../tick/deps.js';

export interface CliIo {
  env: Env;
  credentials?: Readonly<Record<string, string>>;
  stdout: TextSink;
  stderr: TextSink;
  /** Whether standard error is a terminal (read lazily by the CLI's process edge). */
  readonly isTTY: boolean;
  exists: (path: string) => boolean;
  readFile: (path: string) => Buffer;
  /** Reads a secret from the terminal without echoing it (or the first line of piped standard input). */
  readSecret: (prompt: string) => Promise<string>;
  /** Whether standard input is a terminal (a person types), not a pipe. */
  readonly stdinIsTTY: boolean;
  /** Aborted on SIGTERM/SIGINT. */
  stopSignal: AbortSignal;
  clock: Clock;
  /** Test and embedding hooks for the tick's composition root. */
  overrides?: DepsOverrides;
  /** When the process started, on the monotonic clock (0 in the CLI's own process): the tick's budget counts from it. */
  processStartedAt: number;
}

export class CommandContext {
  private configValue: Config | undefined;
  private storeValue: Store | undefined;
  private logValue: Logger | undefined;
  private queueValue: TaskQueue | undefined;

  constructor(readonly io: CliIo) {}

  get config(): Config {
    this.configValue ??= loadConfig({ env: this.io.env, credentials: this.io.credentials, isTTY: () => this.io.isTTY, exists: this.io.exists, totalMemoryBytes: totalmem() });
    return this.configValue;
  }

  get log(): Logger {
    this.logValue ??= createLogger({ ...this.config.log, stream: this.io.stderr, secrets: secretValues(this.config) });
    return this.logValue;
  }

  /** Opens (and migrates) the database on first use. */
  async openStore(): Promise<Store> {
    this.storeValue ??= await openStore(this.config.dbPath);
    return this.storeValue;
  }

  /** The one task queue, built by the composition root over the database (loaded here: most commands need none). */
  async queue(): Promise<TaskQueue> {
    const { buildQueue } = await import('../tick/deps.js');
    this.queueValue ??= buildQueue(this.config, await this.openStore(), this.io.overrides?.rand);
    return this.queueValue;
  }

  now(): number {
    return this.io.clock.now();
  }

  /**
   * One line for a person, whatever it holds: a line break in a name or an error cannot start a row of its
   * own, and control and bidi characters from scraped text are shown, never obeyed (core/text.ts singleLine).
   */
  out(line = ''): void {
    this.io.stdout.write(`${singleLine(line)}\n`);
  }

  /** The same values for scripts; what a terminal would obey is \u-escaped (JSON.parse gives it back). */
  json(value: unknown): void {
    this.io.stdout.write(`${safeJson(value, 2)}\n`);
  }

  close(): void {
    if (this.storeValue) closeStore(this.storeValue);
  }
}
