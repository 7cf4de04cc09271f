// The quota day: Gemini's daily quota turns over at midnight Pacific time, daylight saving included.
import { describe, expect, it } from 'vitest';
import { quotaDay } from '../../src/core/quotaDay.js';

describe('quotaDay', () => {
  it('turns at Pacific midnight: 08:00 UTC in winter (PST), 07:00 UTC in summer (PDT)', () => {
    expect(quotaDay(Date.UTC(2026, 10, 24, 7, 59, 59))).toBe('2026-11-23');
    expect(quotaDay(Date.UTC(2026, 10, 24, 8))).toBe('2026-11-24');
    expect(quotaDay(Date.UTC(2026, 6, 2, 6, 59, 59))).toBe('2026-07-01');
    expect(quotaDay(Date.UTC(2026, 6, 2, 7))).toBe('2026-07-02');
  });
});
