// Task payload schemas: validated at claim, so a malformed payload is a permanent error for that task,
// never a crash loop. Payloads are small records of ids, checked by hand (zod costs 120 ms at start-up).

export type PayloadCheck<P> = { ok: true; value: P } | { ok: false; message: string };

export interface PayloadSchema<P> {
  parse(raw: unknown): PayloadCheck<P>;
}

/** A payload of positive whole-number ids, e.g. `{ companyId }`; other fields are dropped. */
export function idsPayload<const F extends string>(...fields: F[]): PayloadSchema<Record<F, number>> {
  return {
    parse(raw) {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: '(root): expected an object' };
      const value = {} as Record<F, number>;
      for (const field of fields) {
        const v = (raw as Record<string, unknown>)[field];
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) {
          return { ok: false, message: `${field}: expected a positive whole number, got ${v === undefined ? 'nothing' : JSON.stringify(v)}` };
        }
        value[field] = v;
      }
      return { ok: true, value };
    },
  };
}
