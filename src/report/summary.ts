// The end-of-tick summary: its data shape, the exit code it implies, and its text block. Pure.

import { formatDuration } from '../core/duration.js';
import { EXIT, type ExitCode } from '../core/exitCodes.js';

/** Why a tick stopped before its queue was empty. */
export type StopReason = 'budget' | 'signal' | 'unavailable' | 'database';

export interface TickSummary {
  runId: number;
  durationMs: number;
  enqueued: number;
  recovered: number;
  claimed: number;
  succeeded: number;
  failed: number;
  dead: number;
  deferred: number;
  failuresByKind: Record<string, number>;
  counters: Record<string, number>;
  stopReason: StopReason | null;
  /** The signal that stopped the tick, when one did. */
  signal: 'SIGINT' | 'SIGTERM' | null;
  stopMessage: string | null;
  /** A configuration problem a task met (a refused Gemini key): exit 78. */
  configError: string | null;
  pendingLeft: number;
  /** Gemini requests sent during the tick and tokens billed, by kind. */
  gemini: { requests: number; input: number; output: number; thinking: number };
}

export function exitCodeFor(summary: Pick<TickSummary, 'failed' | 'stopReason' | 'configError' | 'signal'>): ExitCode {
  if (summary.stopReason === 'database') return EXIT.database;
  if (summary.stopReason === 'unavailable') return EXIT.unavailable;
  // `scoutly tick && …` must not carry on after Ctrl-C; the unit counts 143 (a shutdown) as success.
  if (summary.stopReason === 'signal') return summary.signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
  if (summary.configError) return EXIT.config;
  return summary.failed > 0 ? EXIT.taskFailures : EXIT.ok;
}

const STOP_TEXT: Record<StopReason, string> = {
  budget: 'time budget spent',
  signal: 'stopped by a signal',
  unavailable: 'network unavailable for everyone',
  database: 'database error',
};

/** One line per fact, so each is its own journal entry and greps well. */
export function formatSummary(s: TickSummary): string[] {
  const n = (name: string) => s.counters[name] ?? 0;
  const reasons = Object.entries(s.failuresByKind).map(([k, v]) => `${k}×${v}`).join(', ');
  const lines = [
    `tick #${s.runId} finished in ${formatDuration(s.durationMs)}${s.stopReason ? ` (${STOP_TEXT[s.stopReason]})` : ''}`,
    `  enqueued ${s.enqueued}, recovered ${s.recovered}, claimed ${s.claimed}, still queued ${s.pendingLeft}`,
    `  succeeded ${s.succeeded}, failed ${s.failed}${reasons ? ` (${reasons})` : ''}${s.dead ? `, dead ${s.dead}` : ''}, deferred ${s.deferred}`,
    `  postings new ${n('postingsNew')}, closed ${n('postingsClosed')}; analyses ${n('analyses')}, matches ${n('matches')}`,
  ];
  if (s.gemini.requests > 0) {
    const declined = n('declinedByGemini');
    lines.push(`  Gemini requests ${s.gemini.requests}, tokens in ${s.gemini.input}, out ${s.gemini.output}, thinking ${s.gemini.thinking}${declined ? `; ${declined} posting(s) declined by the model, scored offline` : ''}`);
  }
  if (s.stopMessage) lines.push(`  stop reason: ${s.stopMessage}`);
  if (s.configError) lines.push(`  configuration: ${s.configError}`);
  lines.push(`  exit ${exitCodeFor(s)}`);
  return lines;
}
