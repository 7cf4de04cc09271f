// Every task kind, by name: what enqueuers read dedupe keys and schemas from. Light: handlers load lazily.

import type { Store } from '../../db/client.js';
import type { TaskKind } from '../../db/enums.js';
import type { OutcomeHook } from '../../queue/queue.js';
import type { TaskKindModule } from '../kind.js';
import { analyzePostingsKind } from './analyzePostings.js';
import { scrapeCompanyKind } from './scrapeCompany.js';

export const KIND_MODULES = {
  scrape_company: scrapeCompanyKind,
  analyze_postings: analyzePostingsKind,
} satisfies Record<TaskKind, TaskKindModule<unknown, unknown>>;

/** The dedupe key of a payload of `kind`; a payload its schema refuses is reported by name. */
export function dedupeKeyOf(kind: TaskKind, payload: unknown): string {
  const module = KIND_MODULES[kind] as unknown as TaskKindModule<unknown, unknown>;
  const parsed = module.payloadSchema.parse(payload);
  if (!parsed.ok) throw new Error(`invalid ${kind} payload: ${parsed.message}`);
  return module.dedupeKey(parsed.value);
}

/** Every kind's outcome hook over `store`: for recovery outside a tick (`queue reset-stuck`). */
export function outcomeHooks(store: Store): OutcomeHook {
  return (task, outcome, nowMs) => (KIND_MODULES[task.kind] as TaskKindModule<unknown, unknown>).onOutcome?.(store, task, outcome, nowMs);
}
