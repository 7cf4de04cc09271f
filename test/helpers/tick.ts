// Tick options for in-process ticks: a fresh deadline per tick, from the budget a test names.
import { startDeadline } from '../../src/core/deadline.js';
import type { TickOptions } from '../../src/tick/runTick.js';

export function tickOptions({ budgetMs = 5_000, ...rest }: Partial<Omit<TickOptions, 'deadline'>> & { budgetMs?: number } = {}): TickOptions {
  return { deadline: startDeadline(budgetMs), concurrency: 5, only: null, stopSignal: new AbortController().signal, ...rest };
}
