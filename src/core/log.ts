// Builds the one consola logger: `journal` (one line per event with a <N> syslog priority prefix, for
// journald), `plain` (one timestamped line per event) or `pretty` (consola's own, on a TTY).
// Every format scrubs secrets and folds multi-line messages (stack traces) onto the event's line.

import { createConsola, type ConsolaInstance, type ConsolaReporter, type LogObject } from 'consola';
import { formatWithOptions } from 'node:util';
import { redactSecrets } from './redact.js';

export type Logger = ConsolaInstance;
export const LOG_FORMATS = ['journal', 'plain', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const CONSOLA_LEVEL: Record<LogLevelName, number> = { error: 0, warn: 1, info: 3, debug: 4 };

/** syslog priorities journald reads from the `<N>` prefix (SyslogLevelPrefix= is on by default). */
const PRIORITY: Record<string, number> = {
  fatal: 2, error: 3, fail: 3, warn: 4, success: 5, ready: 5, start: 5, log: 6, info: 6, box: 6,
  debug: 7, trace: 7, verbose: 7,
};
const LABEL: Record<number, string> = { 2: 'FATAL', 3: 'ERROR', 4: 'WARN', 5: 'NOTICE', 6: 'INFO', 7: 'DEBUG' };

function render(logObj: LogObject, secrets: readonly string[]): string {
  const text = formatWithOptions({ colors: false, breakLength: Infinity, compact: true }, ...logObj.args);
  // One event, one line: journald would store every physical line as its own entry.
  const folded = text.replace(/\r?\n\s*/g, ' ⏎ ');
  const tag = logObj.tag ? `[${logObj.tag}] ` : '';
  return redactSecrets(`${tag}${folded}`, secrets);
}

export interface LoggerOptions {
  format: LogFormat;
  level: LogLevelName;
  stream?: NodeJS.WritableStream;
  /** Live secret values to mask wherever they appear. */
  secrets?: readonly string[];
}

export function createLogger(options: LoggerOptions): Logger {
  const stream = options.stream ?? process.stderr;
  const secrets = options.secrets ?? [];
  const level = CONSOLA_LEVEL[options.level];
  if (options.format === 'pretty') {
    // consola types its streams as TTY streams; any writable works for its reporters.
    const tty = stream as NodeJS.WriteStream;
    return createConsola({ level, stdout: tty, stderr: tty, fancy: true });
  }
  const reporter: ConsolaReporter =
    options.format === 'journal'
      ? { log: (o) => void stream.write(`<${PRIORITY[o.type] ?? 6}>${render(o, secrets)}\n`) }
      : {
          log: (o) => {
            const label = LABEL[PRIORITY[o.type] ?? 6] ?? 'INFO';
            stream.write(`${o.date.toISOString()} ${label.padEnd(6)} ${render(o, secrets)}\n`);
          },
        };
  return createConsola({ level, reporters: [reporter] });
}

/** SPEC: `journal` when JOURNAL_STREAM is set, `pretty` on a TTY, `plain` otherwise. */
export function defaultLogFormat(env: { JOURNAL_STREAM?: string | undefined }, isTTY: boolean): LogFormat {
  if (env.JOURNAL_STREAM) return 'journal';
  return isTTY ? 'pretty' : 'plain';
}
