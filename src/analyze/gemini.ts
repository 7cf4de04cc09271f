// The Gemini analyzer of one tick: quota checks before sending (daily count in SQLite, requests per
// minute in memory), one request per batch through @google/genai, answers validated in code. An unusable
// answer splits its batch (truncated → halves, refused → one by one, a missing id → alone), at most three
// requests per posting; what the model will not score is handed back as declined, never retried forever.
// 429s are parsed (per minute → snooze for RetryInfo; per day → no request until the Pacific midnight),
// 5xx retried twice, 400 permanent for the input, 401/403 stop analysis for the tick.

import { randomBytes } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type { Analyzer } from './analyzer.js';
import { PermanentError, RetryableError, SnoozeError, TaskError } from '../core/errors.js';
import { clipAtWord } from '../core/text.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { parseModelAnswer } from './parse.js';
import { outputCapFor, readAnswer, thinkingFor, type AnswerOutcome, type GenerateResponseShape } from './generation.js';
import type { CandidateProfile } from './profile.js';
import { BATCH_SIZE, buildUserContent, looksLikeInjection, MAX_CV_CHARS, PROMPT_VERSION, RESPONSE_SCHEMA, SYSTEM_INSTRUCTION, type BatchPosting } from './prompt.js';
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

/** Requests one posting may be part of, whatever goes wrong (a batch, its half, then alone). */
export const MAX_REQUESTS_PER_POSTING = 3;

export function createGeminiAnalyzer(config: Config, store: Store, clock: Clock): Analyzer {
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
      const t = clock.now();
      while (sentAt.length && t - sentAt[0]! >= 60_000) sentAt.shift();
      if (sentAt.length < config.gemini.rpm) break;
      await clock.sleep(60_000 - (t - sentAt[0]!) + 50, signal);
    }
    const sent = clock.now();
    sentAt.push(sent);
    countRequest(store, model, sent);
  }

  const thinking = thinkingFor(model);

  async function generate(user: string, postings: number, signal: AbortSignal): Promise<AnswerOutcome> {
    const ai = await client();
    for (let attempt = 1; ; attempt++) {
      await beforeSend(signal);
      try {
        const res = await ai.models.generateContent({
          model,
          contents: [{ role: 'user', parts: [{ text: user }] }],
          config: {
            systemInstruction: SYSTEM_INSTRUCTION, responseMimeType: 'application/json', responseJsonSchema: RESPONSE_SCHEMA,
            temperature: 0, maxOutputTokens: outputCapFor(model, postings), abortSignal: signal,
            ...(thinking ? { thinkingConfig: thinking as import('@google/genai').ThinkingConfig } : {}),
          },
        });
        const answer = readAnswer(res as GenerateResponseShape);
        addTokens(store, model, clock.now(), answer.usage);
        return answer;
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
        if (status === 400) throw new PermanentError('http_4xx', `Gemini (${model}) refused this request (HTTP 400)`);
        if (status !== undefined && status >= 500 && attempt < 3) {
          await clock.sleep(attempt * 1000, signal);
          continue;
        }
        if (status !== undefined && status >= 500) throw new RetryableError('http_5xx', `Gemini (${model}) failed (HTTP ${status}) three times`);
        throw err;
      }
    }
  }

  return {
    name: 'gemini',
    model,
    version: PROMPT_VERSION,
    batchSize: BATCH_SIZE,
    async analyze(postings, profile, cvText, sink, signal) {
      // Only the first MAX_CV_CHARS of the redacted CV are sent: redacting four times that keeps every match that
      // can reach them, without reading a CV of megabytes for every request.
      const cv = cvText ? redactPersonalData(clipAtWord(cvText, 4 * MAX_CV_CHARS)) : null;
      const asked = new Map<string, number>();
      let requests = 0;
      const decline = (batch: readonly BatchPosting[], why: string) => {
        for (const p of batch) sink.declined(p.localId, `Gemini (${model}) did not score it: ${why}`);
      };
      // Batches still to ask; a batch that cannot be asked again without passing the bound is declined.
      const work: (readonly BatchPosting[])[] = [postings];
      const push = (batch: readonly BatchPosting[], why: string) => {
        const spent = batch.filter((p) => (asked.get(p.localId) ?? 0) >= MAX_REQUESTS_PER_POSTING);
        decline(spent, why);
        const left = batch.filter((p) => !spent.includes(p));
        if (left.length) work.push(left);
      };
      for (let batch = work.shift(); batch; batch = work.shift()) {
        for (const p of batch) asked.set(p.localId, (asked.get(p.localId) ?? 0) + 1);
        requests++;
        const answer = await generate(buildUserContent(batch, profile, cv, randomBytes(9).toString('hex')), batch.length, signal);
        let parsed: ReturnType<typeof parseModelAnswer> | null = null;
        let why = answer.kind === 'text' ? '' : answer.why;
        if (answer.kind === 'text') {
          try {
            parsed = parseModelAnswer(answer.text, batch.map((p) => p.localId));
          } catch (err) {
            why = (err as Error).message;
          }
        }
        if (!parsed) {
          if (batch.length === 1) decline(batch, why);
          else if (answer.kind === 'truncated') [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))].forEach((half) => push(half, why));
          else batch.forEach((p) => push([p], why)); // refused or unreadable: find the one it is about
          continue;
        }
        for (const p of batch) {
          const r = parsed.results.get(p.localId);
          if (!r) {
            push([p], 'the model left it out of its answer');
            continue;
          }
          sink.scored(p.localId, {
            score: r.score, verdict: verdictFor(r.score), reasons: r.reasons, concerns: r.concerns, analyzer: 'gemini', model,
            promptVersion: PROMPT_VERSION, flagged: r.injectionSuspected || looksLikeInjection(`${p.title}\n${p.descriptionText ?? ''}`),
          });
        }
      }
      return { requests };
    },
  };
}
