import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/core/duration.js';

describe('durations', () => {
  it.each([['90s', 90_000], ['10m', 600_000], ['1h', 3_600_000], ['1h30m', 5_400_000], ['500ms', 500], ['2d', 172_800_000], ['1.5s', 1500]])(
    'parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms),
  );
  it.each(['', '10', 'ten minutes', '10x', 'm10', '-5s', '10m banana'])('refuses %j', (text) => expect(parseDuration(text)).toBeNull());
  it('prints short forms', () => {
    expect(formatDuration(420)).toBe('420ms');
    expect(formatDuration(4_200)).toBe('4.2s');
    expect(formatDuration(125_000)).toBe('2m5s');
    expect(formatDuration(3_600_000)).toBe('1h');
  });
});
