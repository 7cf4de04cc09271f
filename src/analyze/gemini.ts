// The Gemini analyzer of one tick: quota checks before sending (daily count in SQLite, requests per
// minute in memory), one request per batch through @google/genai, answers validated in code, a missing
// id retried alone. 429s are parsed (per minute → snooze for RetryInfo; per day → no request until the
// Pacific midnight), 5xx retried twice, 400 permanent for the input, 401/403 stop analysis for the tick.

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../core/clock.js';
import { PermanentError, RetryableError, SnoozeError, TaskError } from '../core/errors.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { parseModelAnswer } from './parse.js';
import type { CandidateProfile } from './profile.js';
import { buildUserContent, looksLikeInjection, PROMPT_VERSION, RESPONSE_SCHEMA, SYSTEM_INSTRUCTION, type BatchPosting } from './prompt.js';
import { nextPacificMidnight, parseQuotaError } from './quota.js';
import { redactPersonalData } from './redact.js';
import { verdictFor, type Analysis } from './types.js';
import { addTokens, countRequest, markExhausted, usageToday } from './usage.js';

/** The key was refused: analysis stops for this tick and the tick exits 78 (a configuration problem). */
export class KeyRefusedError extends TaskError {
  constructor(message: string) {
    super('auth', 'config', message);
  }
}

interface GenerateResult {
  text: string | undefined;
  finishReason: string | undefined;
  usage: { input: number; output: number };
}

export interface GeminiAnalyzer {
  readonly model: string;
  analyze(postings: readonly BatchPosting[], profile: CandidateProfile, cvText: string | null, signal: AbortSignal): Promise<{ analyses: Map<string, Analysis>; requests: number }>;
}

export function createGeminiAnalyzer(config: Config, store: Store, clock: Clock): GeminiAnalyzer {
  const apiKey = config.gemini.apiKey!;
  const model = config.gemini.model;
  const sentAt: number[] = []; // monotonic-ish times of requests in the last minute (RPM)
  let keyRefused: string | null = null;
  let clientPromise: Promise<import('@google/genai').GoogleGenAI> | null = null;
  const client = () =>
    (clientPromise ??= import('@google/genai').then(({ GoogleGenAI }) =>
      new GoogleGenAI({ apiKey, httpOptions: { baseUrl: config.gemini.baseUrl, timeout: 60_000 } })));

  async function beforeSend(signal: AbortSignal): Promise<void> {
    if (keyRefused) throw new KeyRefusedError(keyRefused);
    const now = clock.now();
    const usage = usageToday(store, model, now);
    if (usage.exhaustedUntil && usage.exhaustedUntil > now) {
      throw new SnoozeError('quota', `Gemini's daily quota is spent until ${new Date(usage.exhaustedUntil).toISOString()}`, usage.exhaustedUntil - now);
    }
    if (usage.requests >= config.gemini.dailyRequests) {
      const until = nextPacificMidnight(now);
      throw new SnoozeError('quota', `GEMINI_DAILY_REQUESTS (${config.gemini.dailyRequests}) reached for ${usage.day}`, until - now);
    }
    // Requests per minute: wait for a free place in the window (it frees within a minute).
    for (;;) {
      const t = Date.now();
      while (sentAt.length && t - sentAt[0]! >= 60_000) sentAt.shift();
      if (sentAt.length < config.gemini.rpm) break;
      await sleep(60_000 - (t - sentAt[0]!) + 50, undefined, { signal });
    }
    sentAt.push(Date.now());
    countRequest(store, model, clock.now());
  }

  async function generate(user: string, signal: AbortSignal): Promise<GenerateResult> {
    const ai = await client();
    for (let attempt = 1; ; attempt++) {
      await beforeSend(signal);
      try {
        const res = await ai.models.generateContent({
          model,
          contents: [{ role: 'user', parts: [{ text: user }] }],
          config: {
            systemInstruction: SYSTEM_INSTRUCTION, responseMimeType: 'application/json', responseJsonSchema: RESPONSE_SCHEMA,
            temperature: 0, maxOutputTokens: 4096, abortSignal: signal,
          },
        });
        const usage = { input: res.usageMetadata?.promptTokenCount ?? 0, output: res.usageMetadata?.candidatesTokenCount ?? 0 };
        addTokens(store, model, clock.now(), usage.input, usage.output);
        return { text: res.text, finishReason: res.candidates?.[0]?.finishReason, usage };
      } catch (err) {
        const status = (err as { status?: number }).status;
        const message = (err as Error).message ?? '';
        if (status === 429) {
          const quota = parseQuotaError(message);
          if (quota.scope === 'day') {
            const until = nextPacificMidnight(clock.now());
            markExhausted(store, model, clock.now(), until);
            throw new SnoozeError('quota', 'Gemini answered that the daily quota is spent', until - clock.now());
          }
          throw new SnoozeError('rate_limited', 'Gemini asked to slow down (429)', quota.retryDelayMs ?? 60_000);
        }
        if (status === 401 || status === 403 || (status === 400 && /API key/i.test(message))) {
          keyRefused = `Gemini refused the API key (HTTP ${status}): fix the key in the credential file or GEMINI_API_KEY`;
          throw new KeyRefusedError(keyRefused);
        }
        if (status === 404) throw new KeyRefusedError(`Gemini has no model "${model}": set GEMINI_MODEL to a current model id`);
        if (status === 400) throw new PermanentError('http_4xx', 'Gemini refused this request (HTTP 400)');
        if (status !== undefined && status >= 500 && attempt < 3) {
          await sleep(attempt * 1000, undefined, { signal });
          continue;
        }
        if (status !== undefined && status >= 500) throw new RetryableError('http_5xx', `Gemini failed (HTTP ${status}) three times`);
        throw err;
      }
    }
  }

  return {
    model,
    async analyze(postings, profile, cvText, signal) {
      const cv = cvText ? redactPersonalData(cvText) : null;
      const analyses = new Map<string, Analysis>();
      let requests = 0;
      const ask = async (batch: readonly BatchPosting[]) => {
        const nonce = randomBytes(9).toString('hex');
        requests++;
        const answer = await generate(buildUserContent(batch, profile, cv, nonce), signal);
        return parseModelAnswer(answer.text, answer.finishReason, batch.map((p) => p.localId));
      };
      const first = await ask(postings);
      let results = first.results;
      for (const id of first.missing) {
        const retry = await ask(postings.filter((p) => p.localId === id));
        results = new Map([...results, ...retry.results]);
      }
      for (const p of postings) {
        const r = results.get(p.localId);
        if (!r) continue; // still missing after its own retry: left for the next tick
        analyses.set(p.localId, {
          score: r.score, verdict: verdictFor(r.score), reasons: r.reasons, concerns: r.concerns, analyzer: 'gemini', model,
          promptVersion: PROMPT_VERSION, flagged: r.injectionSuspected || looksLikeInjection(`${p.title}\n${p.descriptionText ?? ''}`),
        });
      }
      return { analyses, requests };
    },
  };
}
