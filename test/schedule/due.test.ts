import { describe, expect, it } from 'vitest';
import { drainPriority, isDue, nextDueAt } from '../../src/schedule/due.js';
import { DAY_MS } from '../../src/schedule/tiers.js';

const now = Date.UTC(2026, 10, 23, 12);

describe('due selection', () => {
  it('a company that never succeeded is due from the moment it is tracked', () => {
    expect(isDue({ effectiveRank: 5, lastSuccessAt: null, trackedSince: now - 1 }, now)).toBe(true);
    expect(isDue({ effectiveRank: 5, lastSuccessAt: null, trackedSince: now + 1 }, now)).toBe(false);
  });

  it('is due exactly when last success + interval has passed', () => {
    const input = { effectiveRank: 85, lastSuccessAt: now - DAY_MS, trackedSince: 0 };
    expect(isDue(input, now)).toBe(true);
    expect(isDue({ ...input, lastSuccessAt: now - DAY_MS + 1 }, now)).toBe(false);
    expect(nextDueAt({ ...input, effectiveRank: 5 })).toBe(now + 4 * DAY_MS);
  });

  it('after 30 days of downtime the due time is one moment, not 30 periods', () => {
    const input = { effectiveRank: 90, lastSuccessAt: now - 30 * DAY_MS, trackedSince: 0 };
    expect(nextDueAt(input)).toBe(now - 29 * DAY_MS);
  });
});

describe('drain order', () => {
  it('serves higher ranks first', () => {
    expect(drainPriority(90, now, now)).toBeLessThan(drainPriority(50, now, now));
    expect(drainPriority(100, now, now)).toBeLessThan(drainPriority(99, now, now));
  });

  it('serves a company overdue by more than twice its interval before any higher rank', () => {
    const rank5Interval = 5 * DAY_MS;
    const starving = drainPriority(5, now - 2 * rank5Interval - 1, now);
    const justOverdue = drainPriority(5, now - 2 * rank5Interval, now);
    expect(starving).toBeLessThan(drainPriority(100, now, now));
    expect(justOverdue).toBeGreaterThan(drainPriority(100, now, now));
  });
});
