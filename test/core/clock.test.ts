// The system clock's sleep (a plain timer, not node:timers/promises): resolves, or rejects with the signal's reason.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { monotonicMs } from '../../src/core/deadline.js';

describe('systemClock.sleep', () => {
  it('resolves after the time', async () => {
    await expect(systemClock.sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the signal\'s reason when aborted while waiting, or at once when already aborted', async () => {
    const controller = new AbortController();
    const waiting = systemClock.sleep(60_000, controller.signal);
    controller.abort('budget');
    await expect(waiting).rejects.toBe('budget');
    await expect(systemClock.sleep(60_000, AbortSignal.abort('stop'))).rejects.toBe('stop');
  });
});

describe('monotonicMs', () => {
  it('counts from the process start and never goes back', () => {
    const a = monotonicMs();
    const b = monotonicMs();
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThanOrEqual(a);
    expect(a).toBeLessThan(process.uptime() * 1000 + 1);
  });
});
