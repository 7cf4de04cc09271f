// The one source of "now" (ms since epoch). Domain code takes a Clock so tests can fix or step time.

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
