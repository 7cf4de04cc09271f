// Validates Gemini's answer in code (the response schema is a request, not a guarantee). Pure.

import { z } from 'zod';
import { PermanentError } from '../core/errors.js';

const resultSchema = z.object({
  id: z.string(),
  score: z.number(),
  verdict: z.string(),
  reasons: z.array(z.string()).default([]),
  concerns: z.array(z.string()).default([]),
  injectionSuspected: z.boolean().default(false),
});

export interface ModelResult {
  score: number;
  reasons: string[];
  concerns: string[];
  injectionSuspected: boolean;
}

const trimList = (items: string[]) => items.slice(0, 5).map((s) => s.replace(/https?:\/\/\S+/g, '[link]').slice(0, 300));

/**
 * The results by local id, for the ids we sent only, scores clamped to 0–100; `missing` lists ids the
 * model left out. The text of an answer that finished normally (generation.ts decides that); output that
 * is not JSON or not the shape asked for is a `model_output` error for that batch.
 */
export function parseModelAnswer(text: string, expectedIds: readonly string[]): { results: Map<string, ModelResult>; missing: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.trim().replace(/^```(?:json)?/, '').replace(/```$/, ''));
  } catch {
    throw new PermanentError('model_output', 'the model did not answer with JSON');
  }
  const parsed = z.object({ results: z.array(z.unknown()) }).safeParse(data);
  if (!parsed.success) throw new PermanentError('model_output', 'the model\'s answer has no results list');
  const results = new Map<string, ModelResult>();
  for (const item of parsed.data.results) {
    const r = resultSchema.safeParse(item);
    if (!r.success || !expectedIds.includes(r.data.id) || results.has(r.data.id)) continue; // unknown ids are ignored
    results.set(r.data.id, {
      score: Math.max(0, Math.min(100, Math.round(r.data.score))),
      reasons: trimList(r.data.reasons), concerns: trimList(r.data.concerns), injectionSuspected: r.data.injectionSuspected,
    });
  }
  return { results, missing: expectedIds.filter((id) => !results.has(id)) };
}
