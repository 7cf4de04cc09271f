// Payload schemas per task kind, validated at claim time: a malformed payload is a permanent
// error for that task, never a crash loop.

import { z } from 'zod';
import type { TaskKind } from '../db/enums.js';

export const PAYLOAD_SCHEMAS = {
  scrape_company: z.object({ companyId: z.number().int().positive() }),
  analyze_postings: z.object({ companyId: z.number().int().positive(), userId: z.number().int().positive() }),
} satisfies Record<TaskKind, z.ZodType>;

export type Payload<K extends TaskKind> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;

/** Returns the parsed payload or a message naming the bad field. */
export function parsePayload<K extends TaskKind>(kind: K, payload: unknown): { ok: true; value: Payload<K> } | { ok: false; message: string } {
  const result = PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (result.success) return { ok: true, value: result.data as Payload<K> };
  const issue = result.error.issues[0];
  return { ok: false, message: `invalid ${kind} payload: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
}
