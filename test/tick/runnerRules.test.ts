// The runner's pure pieces on their own: the network gate, the slots with lending, the deadline and
// budget rules, and task payload schemas.
import { describe, expect, it } from 'vitest';
import { attemptLimitMs, budgetWithinUnit, MAX_BUDGET_MS, parseBudget, startDeadline } from '../../src/core/deadline.js';
import { idsPayload } from '../../src/tasks/payload.js';
import { analyzeDedupeKey } from '../../src/tasks/kinds/analyzePostings.js';
import { dedupeKeyOf } from '../../src/tasks/kinds/index.js';
import { scrapeDedupeKey } from '../../src/tasks/kinds/scrapeCompany.js';
import { NETWORK_DOWN_AFTER, NetworkGate } from '../../src/tick/runner/networkGate.js';
import { Slots } from '../../src/tick/runner/slots.js';

describe('network gate', () => {
  it('holds network failures until a site is reached, then hands them over once', () => {
    const gate = new NetworkGate<string>();
    expect(gate.hold('a')).toBe(true);
    expect(gate.hold('b')).toBe(true);
    expect(gate.looksDown()).toBe(false);
    expect(gate.reached()).toEqual(['a', 'b']);
    expect(gate.hold('c')).toBe(false); // proven: a failure is the company's like any other
    expect(gate.reached()).toEqual([]);
    expect(gate.takeHeld()).toEqual([]);
  });

  it(`says the network looks down after ${NETWORK_DOWN_AFTER} held failures with none through`, () => {
    const gate = new NetworkGate<number>();
    for (let i = 1; i < NETWORK_DOWN_AFTER; i++) gate.hold(i);
    expect(gate.looksDown()).toBe(false);
    gate.hold(NETWORK_DOWN_AFTER);
    expect(gate.looksDown()).toBe(true);
    expect(gate.takeHeld()).toHaveLength(NETWORK_DOWN_AFTER);
    expect(gate.looksDown()).toBe(false);
  });
});

describe('slots', () => {
  it('a parked task lends its slot, never beyond twice the slots claimed', async () => {
    const slots = new Slots(2);
    expect(slots.free()).toBe(2);
    slots.taken();
    slots.taken();
    expect(slots.free()).toBe(0);
    let release!: () => void;
    const waiting = slots.park(new Promise<void>((r) => (release = r)));
    expect(slots.free()).toBe(1); // one working, one parked
    slots.taken();
    expect(slots.free()).toBe(0);
    const second = slots.park(new Promise<void>(() => {}));
    slots.taken();
    expect(slots.busy).toBe(4);
    expect(slots.free()).toBe(0); // 2 working of 2, and 4 claimed of at most 4
    release();
    await waiting;
    expect(slots.free()).toBe(0);
    void second;
  });

  it('wakes a waiting claim loop when a task settles, parks, or the tick stops', async () => {
    const slots = new Slots(1);
    const stop = new AbortController();
    slots.taken();
    const woke = slots.changed(stop.signal);
    slots.released();
    await expect(woke).resolves.toBeUndefined();
    const onStop = slots.changed(stop.signal);
    stop.abort();
    await expect(onStop).resolves.toBeUndefined();
    await expect(slots.changed(stop.signal)).resolves.toBeUndefined(); // already stopped: at once
  });
});

describe('the deadline and the budget rule', () => {
  it('one rule for the flag and the variable: 1 s to 24 h, with what is accepted on bad input', () => {
    expect(parseBudget('90s')).toEqual({ ok: true, ms: 90_000 });
    expect(parseBudget('24h')).toEqual({ ok: true, ms: MAX_BUDGET_MS });
    for (const bad of ['25h', '500ms', 'soon', '']) expect(parseBudget(bad)).toMatchObject({ ok: false, accepted: expect.stringContaining('between 1s and 24h') });
  });

  it('caps the budget 30 s below the unit\'s TimeoutStartSec, and says from what', () => {
    expect(budgetWithinUnit(600_000, 720_000)).toEqual({ budgetMs: 600_000, cappedFrom: null });
    expect(budgetWithinUnit(3_600_000, 720_000)).toEqual({ budgetMs: 690_000, cappedFrom: 3_600_000 });
    expect(budgetWithinUnit(3_600_000, null)).toEqual({ budgetMs: 3_600_000, cappedFrom: null });
  });

  it('counts from when it started on a monotonic clock, and aborts its signal when it passes', async () => {
    let t = 1_000;
    const deadline = startDeadline(5_000, { startedAt: 0, monotonic: () => t });
    expect(deadline.remainingMs()).toBe(4_000); // the process had already spent a second
    t = 6_000;
    expect(deadline.remainingMs()).toBe(-1_000);
    deadline.dispose();
    const short = startDeadline(5);
    await new Promise<void>((resolve) => short.signal.addEventListener('abort', () => resolve(), { once: true }));
    expect(short.signal.aborted).toBe(true);
  });

  it('an attempt gets its kind\'s limit, never more than half the budget', () => {
    expect(attemptLimitMs(90_000, { budgetMs: 600_000 })).toBe(90_000);
    expect(attemptLimitMs(90_000, { budgetMs: 60_000 })).toBe(30_000);
    expect(attemptLimitMs(90_000, { budgetMs: 1 })).toBe(1);
  });
});

describe('task payloads and keys', () => {
  it('validates ids by name, dropping what the kind does not know', () => {
    const schema = idsPayload('companyId', 'userId');
    expect(schema.parse({ companyId: 3, userId: 4, extra: 'x' })).toEqual({ ok: true, value: { companyId: 3, userId: 4 } });
    expect(schema.parse({ companyId: '3', userId: 4 })).toEqual({ ok: false, message: 'companyId: expected a positive whole number, got "3"' });
    expect(schema.parse({ companyId: 3 })).toEqual({ ok: false, message: 'userId: expected a positive whole number, got nothing' });
    expect(schema.parse([1])).toMatchObject({ ok: false });
    expect(schema.parse(null)).toMatchObject({ ok: false });
  });

  it('derives dedupe keys from the kind, refusing a payload its schema refuses', () => {
    expect(dedupeKeyOf('scrape_company', { companyId: 7 })).toBe(scrapeDedupeKey({ companyId: 7 }));
    expect(dedupeKeyOf('analyze_postings', { companyId: 7, userId: 2 })).toBe(analyzeDedupeKey({ companyId: 7, userId: 2 }));
    expect(() => dedupeKeyOf('analyze_postings', { companyId: 7 })).toThrow(/userId/);
  });
});
