// Typed errors and the one table-driven classify() that decides what a failure means:
// retry with backoff, snooze without using an attempt, give up, stop the tick, or hand the attempt back.
// Handlers throw meaning; they never mark tasks themselves.

import { redactSecrets } from './redact.js';

export const ERROR_KINDS = [
  'timeout', 'http_4xx', 'http_5xx', 'blocked', 'invalid_url', 'network', 'extraction_drift', 'invalid_selector', 'redirect_loop',
  'rate_limited', 'quota', 'model_output', 'auth', 'internal', 'invalid_payload', 'no_handler',
  'interrupted', 'crashed', 'database',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * What the runner does with a failed attempt:
 * - retry: attempt used, retried later with backoff (dead after max_attempts);
 * - permanent: attempt used, the task is dead now;
 * - snooze: attempt given back, the task waits until the given time (rate limits, quotas);
 * - unavailable: nobody's fault (network down for everyone): attempt given back, the tick stops, exit 69;
 * - interrupted: the tick is stopping (budget, SIGTERM): attempt given back;
 * - fatal: the tick cannot go on (database): attempt given back, the tick stops;
 * - config: a setting is wrong (a refused API key): attempt given back, the task waits, the tick exits 78.
 */
export type Disposition = 'retry' | 'permanent' | 'snooze' | 'unavailable' | 'interrupted' | 'fatal' | 'config';

/** Error kinds that count against a company's health (consecutive failures, circuit breaker). */
const BLAMES_COMPANY: ReadonlySet<ErrorKind> = new Set([
  'timeout', 'http_4xx', 'http_5xx', 'blocked', 'invalid_url', 'network', 'extraction_drift', 'invalid_selector', 'redirect_loop',
]);

export class TaskError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly disposition: Disposition,
    message: string,
    /** For snooze: how long to wait. */
    readonly delayMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A wait that ran out (an attempt, a request, a page): classified as `timeout`, retried with backoff. */
export class TimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimeoutError';
  }
}

export class RetryableError extends TaskError {
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(kind, 'retry', message, undefined, options);
  }
}

export class PermanentError extends TaskError {
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(kind, 'permanent', message, undefined, options);
  }
}

export class SnoozeError extends TaskError {
  constructor(kind: ErrorKind, message: string, delayMs: number, options?: { cause?: unknown }) {
    super(kind, 'snooze', message, Math.max(0, delayMs), options);
  }
}

/** The network (or a shared dependency) is down for everyone: no company is blamed. */
export class UnavailableError extends TaskError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('network', 'unavailable', message, undefined, options);
  }
}

/** Bad configuration: exit 78. `variable` names what to fix. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(problems.map((p) => `${p.variable}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** The database cannot be opened or written (missing folder, disk full, corrupt): exit 74. */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/** A file could not be written for lack of space (or quota): exit 74, as a full disk under the database is. */
export class NoSpaceError extends DatabaseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NoSpaceError';
  }
}

/** ENOSPC/EDQUOT from the file system, or SQLite's "database or disk is full". */
export const isNoSpace = (err: unknown) =>
  ['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].includes((err as { code?: string })?.code ?? '') || /disk is full|no space left/i.test(String((err as Error)?.message));

/** Bad command-line usage: exit 64 with the usage text. */
export class UsageError extends Error {
  constructor(message: string, readonly usage?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Bad user input that is not a flag problem (a file, a value): exit 64 with the message. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Classification {
  kind: ErrorKind;
  disposition: Disposition;
  message: string;
  delayMs?: number;
  blamesCompany: boolean;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
]);

function errorCode(err: unknown): string | undefined {
  const direct = (err as { code?: unknown })?.code;
  if (typeof direct === 'string') return direct;
  const cause = (err as { cause?: { code?: unknown } })?.cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/**
 * Classifies any thrown value. `stopping` is true when the tick itself aborted the task
 * (budget spent or SIGTERM): whatever the handler threw then, the attempt is handed back.
 */
export function classify(err: unknown, stopping = false, secrets: readonly string[] = []): Classification {
  const message = redactSecrets(messageOf(err), secrets).slice(0, 2000);
  const make = (kind: ErrorKind, disposition: Disposition, delayMs?: number): Classification => ({
    kind, disposition, message, blamesCompany: disposition !== 'interrupted' && BLAMES_COMPANY.has(kind),
    ...(delayMs === undefined ? {} : { delayMs }),
  });
  if (stopping) return make('interrupted', 'interrupted');
  if (err instanceof TaskError) {
    const c = make(err.kind, err.disposition, err.delayMs);
    return err.disposition === 'unavailable' ? { ...c, blamesCompany: false } : c;
  }
  const name = (err as { name?: unknown })?.name;
  if (name === 'TimeoutError') return make('timeout', 'retry');
  if (name === 'AbortError') return make('timeout', 'retry');
  if (name === 'SqliteError') return make('database', 'fatal');
  const code = errorCode(err);
  if (code && NETWORK_CODES.has(code)) return make('network', 'retry');
  return make('internal', 'retry');
}
