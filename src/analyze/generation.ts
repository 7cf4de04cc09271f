// What a scoring request asks of the model (thinking, output cap) and what its answer amounts to
// (usable text, truncated, refused), with the tokens it was billed. Pure: read from Google's REST shapes.

/** Thinking settings sent with a scoring request; null sends none (the model does not think). */
export type ThinkingSettings = { thinkingBudget: number } | { thinkingLevel: 'MINIMAL' | 'LOW' } | null;

/**
 * Scoring is a short structured judgment, not a puzzle: thinking costs tokens and can eat the output cap
 * (a 2.5 model's thinking counts against maxOutputTokens). Off where the model allows it (2.5 Flash and
 * Flash-Lite: budget 0), the least it allows elsewhere (2.5 Pro: 128; Gemini 3: MINIMAL on Flash, LOW on
 * Pro, which knows no MINIMAL). Older and unknown models get no setting: one they do not know is a 400.
 */
export function thinkingFor(model: string): ThinkingSettings {
  const id = model.toLowerCase();
  if (/^gemini-2\.5-pro/.test(id)) return { thinkingBudget: 128 };
  if (/^gemini-2\.5-flash/.test(id)) return { thinkingBudget: 0 };
  if (/^gemini-[3-9]/.test(id)) return { thinkingLevel: /flash/.test(id) ? 'MINIMAL' : 'LOW' };
  return null;
}

/** Answer tokens one posting can need: id, score, verdict, five reasons and five concerns of ≤300 characters. */
const TOKENS_PER_POSTING = 800;
const TOKENS_OVERHEAD = 256;
/** Room for thinking that cannot be turned off, when it counts against the cap. */
const THINKING_ROOM: Record<string, number> = { MINIMAL: 1024, LOW: 2048 };

/** maxOutputTokens for a batch: what its answers can need plus the model's unavoidable thinking. */
export function outputCapFor(model: string, postings: number): number {
  const thinking = thinkingFor(model);
  const room = !thinking ? 0 : 'thinkingBudget' in thinking ? thinking.thinkingBudget : THINKING_ROOM[thinking.thinkingLevel]!;
  return TOKENS_OVERHEAD + TOKENS_PER_POSTING * Math.max(1, postings) + room;
}

/** The parts of a generateContent answer this reads (Google's REST shape; the SDK's object has the same fields). */
export interface GenerateResponseShape {
  candidates?: Array<{
    content?: { parts?: Array<{ text?: string; thought?: boolean }> };
    finishReason?: string;
    finishMessage?: string;
  }>;
  promptFeedback?: { blockReason?: string; blockReasonMessage?: string };
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number };
}

export interface TokenUsage {
  input: number;
  output: number;
  thinking: number;
}

/**
 * What an answer amounts to: `text` (finished normally, with the answer's text: thought parts left out),
 * `truncated` (MAX_TOKENS: the same question with fewer postings can fit) or `refused` (a blocked prompt,
 * SAFETY, RECITATION, OTHER…, or nothing to read: asking again the same way would not help). `why` names
 * Google's block or finish reason.
 */
export type AnswerOutcome =
  | { kind: 'text'; text: string; usage: TokenUsage }
  | { kind: 'truncated' | 'refused'; why: string; usage: TokenUsage };

export function readAnswer(res: GenerateResponseShape): AnswerOutcome {
  const usage: TokenUsage = {
    input: res.usageMetadata?.promptTokenCount ?? 0,
    output: res.usageMetadata?.candidatesTokenCount ?? 0,
    thinking: res.usageMetadata?.thoughtsTokenCount ?? 0,
  };
  const block = res.promptFeedback?.blockReason;
  if (block) {
    return { kind: 'refused', why: `the prompt was blocked (blockReason ${block}${res.promptFeedback?.blockReasonMessage ? `: ${res.promptFeedback.blockReasonMessage}` : ''})`, usage };
  }
  const candidate = res.candidates?.[0];
  if (!candidate) return { kind: 'refused', why: 'the answer has no candidate', usage };
  const finish = candidate.finishReason ?? 'no finish reason';
  const text = (candidate.content?.parts ?? []).filter((p) => !p.thought && typeof p.text === 'string').map((p) => p.text).join('');
  if (finish === 'MAX_TOKENS') {
    return { kind: 'truncated', why: `the answer hit the output cap (finishReason MAX_TOKENS${usage.thinking ? `, ${usage.thinking} tokens spent thinking` : ''})`, usage };
  }
  if (finish !== 'STOP') return { kind: 'refused', why: `the answer stopped with finishReason ${finish}${candidate.finishMessage ? ` (${candidate.finishMessage})` : ''}`, usage };
  if (!text.trim()) return { kind: 'refused', why: 'the answer finished with no text', usage };
  return { kind: 'text', text, usage };
}
