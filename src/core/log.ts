// Builds the one consola logger: `journal` (one line per event with a <N> syslog priority prefix, for
// journald), `plain` (one timestamped line per event) or `pretty` (short, coloured, for a terminal).
// Every format scrubs secrets and folds multi-line messages (stack traces) onto the event's line.
// consola/core without its default reporters: the full package costs ~35 ms of start-up per tick.

import { singleLine } from './text.js';
import { createConsola, type ConsolaInstance, type ConsolaReporter, type LogObject } from 'consola/core';
import { formatWithOptions, styleText } from 'node:util';
import { redactSecrets } from './redact.js';

export type Logger = ConsolaInstance;

/** Where text goes: a stream, or the CLI's direct write to standard error. */
export interface TextSink {
  write(text: string): unknown;
}
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
  const tag = logObj.tag ? `[${logObj.tag}] ` : '';
  // One event, one line: journald would store every physical line as its own entry; NUL, CR and ESC from
  // page text would split it, forge a `<0>` priority or drive a terminal, a bidi control would reorder it.
  return singleLine(redactSecrets(`${tag}${text}`, secrets));
}

export interface LoggerOptions {
  format: LogFormat;
  level: LogLevelName;
  stream?: TextSink;
  /** Live secret values to mask wherever they appear. */
  secrets?: readonly string[];
}

const PRETTY_STYLE: Record<number, Parameters<typeof styleText>[0]> = { 2: 'red', 3: 'red', 4: 'yellow', 5: 'green', 6: 'cyan', 7: 'gray' };
const PRETTY_ICON: Record<number, string> = { 2: '✖', 3: '✖', 4: '⚠', 5: '✔', 6: 'ℹ', 7: '⚙' };

export function createLogger(options: LoggerOptions): Logger {
  const stream = options.stream ?? process.stderr;
  const secrets = options.secrets ?? [];
  const reporters: Record<LogFormat, ConsolaReporter> = {
    journal: { log: (o) => void stream.write(`<${PRIORITY[o.type] ?? 6}>${render(o, secrets)}\n`) },
    plain: {
      log: (o) => {
        const label = LABEL[PRIORITY[o.type] ?? 6] ?? 'INFO';
        stream.write(`${o.date.toISOString()} ${label.padEnd(6)} ${render(o, secrets)}\n`);
      },
    },
    pretty: {
      log: (o) => {
        const priority = PRIORITY[o.type] ?? 6;
        const time = styleText('gray', o.date.toTimeString().slice(0, 8));
        stream.write(`${time} ${styleText(PRETTY_STYLE[priority] ?? 'cyan', PRETTY_ICON[priority] ?? 'ℹ')} ${render(o, secrets)}\n`);
      },
    },
  };
  return createConsola({ level: CONSOLA_LEVEL[options.level], reporters: [reporters[options.format]] });
}

/**
 * SPEC: `journal` when JOURNAL_STREAM is set, `pretty` on a TTY, `plain` otherwise. `isTTY` is asked only
 * without JOURNAL_STREAM: asking Node whether a pipe or journald's socket is a terminal loads its stream stack.
 */
export function defaultLogFormat(env: { JOURNAL_STREAM?: string | undefined }, isTTY: () => boolean): LogFormat {
  if (env.JOURNAL_STREAM) return 'journal';
  return isTTY() ? 'pretty' : 'plain';
}
