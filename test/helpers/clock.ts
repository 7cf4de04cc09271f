// Controllable time for domain logic: no fake timers needed. sleep() advances this clock and yields once.
import type { Clock } from '../../src/core/clock.js';

export interface SteppableClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

export function steppableClock(start = Date.UTC(2026, 10, 23, 8, 0, 0)): SteppableClock {
  let now = start;
  return {
    now: () => now,
    set: (ms) => void (now = ms),
    advance: (ms) => void (now += ms),
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      now += Math.max(0, ms);
    },
  };
}
