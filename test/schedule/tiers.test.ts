import { describe, expect, it } from 'vitest';
import {
  DAY_MS, RANK_TIERS, effectiveRank, intervalMsForRank, parseRank, rankForLegacyPriority,
} from '../../src/schedule/tiers.js';

describe('rank tiers', () => {
  it.each([
    [1, 5], [10, 5], [11, 4], [30, 4], [31, 3], [50, 3], [60, 3], [61, 2], [80, 2], [81, 1], [100, 1],
  ])('rank %i is scraped every %i day(s)', (rank, days) => {
    expect(intervalMsForRank(rank)).toBe(days * DAY_MS);
  });

  it('covers 1–100 exactly once', () => {
    for (let rank = 1; rank <= 100; rank++) {
      expect(RANK_TIERS.filter((t) => rank >= t.minRank && rank <= t.maxRank)).toHaveLength(1);
    }
  });

  it.each([0, 101, 50.5, -1, Number.NaN])('refuses the rank %s', (rank) => {
    expect(() => intervalMsForRank(rank)).toThrow(RangeError);
    expect(parseRank(rank).ok).toBe(false);
  });

  it.each(['abc', '', ' ', '50.5', '0', '101', '1e2', '10abc'])('refuses the typed rank %j with a message', (text) => {
    const result = parseRank(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('whole number from 1 to 100');
  });

  it.each([['1', 1], ['100', 100], [' 42 ', 42], [77, 77]])('accepts %j', (input, rank) => {
    expect(parseRank(input)).toEqual({ ok: true, rank });
  });

  it('maps legacy priorities', () => {
    expect(rankForLegacyPriority('high')).toBe(90);
    expect(rankForLegacyPriority('medium')).toBe(50);
    expect(rankForLegacyPriority('low')).toBe(10);
  });

  it('takes the highest rank among tracking users as the effective rank', () => {
    expect(effectiveRank([{ rank: 20, tracking: true }, { rank: 90, tracking: false }, { rank: 45, tracking: true }])).toBe(45);
    expect(effectiveRank([{ rank: 20, tracking: false }])).toBeNull();
    expect(effectiveRank([])).toBeNull();
  });
});
