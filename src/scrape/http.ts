// The HTTP client every feed fetcher uses: a clear User-Agent, a timeout, redirects followed by hand so
// each hop passes the URL-safety check, connections through the egress guard (decided on the connected
// address), one request at a time per host with a polite gap, and status codes turned into typed errors.
// SCOUTLY_ATS_BASE_URL reroutes ATS API hosts (demo and tests).

import type { Clock } from '../core/clock.js';
import { fetch, type Response } from 'undici';
import { PermanentError, RetryableError, TimeoutError } from '../core/errors.js';
import type { SourceKind } from '../db/enums.js';
import { errorForResponse } from './httpErrors.js';
import { quickCheck, safeForMessage } from './urlSafety.js';
import { egressRefusal, guardedAgent, type EgressPolicy } from './egress.js';
import type { HttpClient, RequestOptions } from './types.js';
import { measureCpu, type ScrapeCost } from './cost.js';
import { timeoutSignal } from '../core/timeoutSignal.js';

export const USER_AGENT = 'Scoutly/0.1 (personal job scout; low frequency; +https://github.com/scoutly)';
const MAX_REDIRECTS = 5;
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface HttpOptions extends EgressPolicy {
  clock: Clock;
  requestTimeoutMs?: number;
  /** Minimum gap between two requests to the same host. */
  politenessMs?: number;
  atsBaseUrl?: string | null;
}

export function createHttpClient(options: HttpOptions): HttpClient {
  const timeoutMs = options.requestTimeoutMs ?? 20_000;
  const gapMs = options.politenessMs ?? 250;
  // Per host: the promise of the last request's turn, so requests to one host queue up.
  const hostTurns = new Map<string, Promise<void>>();
  const dispatcher = guardedAgent(options);
  const atsBase = options.atsBaseUrl?.replace(/\/$/, '') ?? null;
  /** Whose turn a request waits for: its host, or for a rerouted ATS request the real host it stands for (`/<kind>/<host>`). */
  const turnOf = (target: string) =>
    atsBase && target.startsWith(`${atsBase}/`) ? target.slice(atsBase.length).split('/').slice(0, 3).join('/') : new URL(target).host;

  /** Waits for the host's turn (bounded: a turn never waits longer than a whole request may take). */
  async function politely<T>(host: string, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
    const previous = hostTurns.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    hostTurns.set(host, previous.then(() => mine));
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        void previous.then(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        });
      });
      return await fn();
    } finally {
      // Not unref'd: a request waiting for its turn must keep the process alive (probe awaits it at top level).
      setTimeout(release, gapMs);
    }
  }

  async function request(method: 'GET' | 'POST', url: string, body: unknown, signal: AbortSignal | undefined, accept: string, headers: Record<string, string> = {}, cost?: ScrapeCost) {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const problem = quickCheck(current, options);
      if (problem) throw new PermanentError('invalid_url', `refused ${safeForMessage(current)}: ${problem}`);
      const target = current;
      // Deadlines that hold their timers: one for the wait for the host's turn (another request may be
      // stalled ahead), one for the request with its body, which frees the host's turn when it stalls.
      const turn = timeoutSignal(timeoutMs * 2, signal);
      let deadline: ReturnType<typeof timeoutSignal> | undefined;
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await politely(turnOf(target), turn.signal, async () => {
          turn.dispose();
          deadline = timeoutSignal(timeoutMs, signal);
          const r = await fetch(target, {
            method,
            redirect: 'manual',
            headers: { 'user-agent': USER_AGENT, accept, 'accept-language': 'en', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: deadline.signal,
            dispatcher,
          });
          const redirected = r.status >= 300 && r.status < 400 && r.headers.get('location');
          if (redirected) await r.body?.cancel();
          return { response: r, text: redirected ? '' : await readCapped(r, cost) };
        }));
      } catch (err) {
        const refusal = egressRefusal(err);
        if (refusal) throw new PermanentError('invalid_url', `refused ${safeForMessage(target)}: ${refusal.message}`);
        if (turn.timedOut()) throw new TimeoutError(`${safeForMessage(target)}: waited ${(timeoutMs * 2) / 1000} s for an earlier request to the same host`);
        if (deadline?.timedOut()) throw new TimeoutError(`${safeForMessage(target)}: no answer within ${timeoutMs / 1000} s`);
        throw err;
      } finally {
        turn.dispose();
        deadline?.dispose();
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, target).toString();
        continue;
      }
      const error = errorForResponse(response.status, response.headers, text, safeForMessage(target), options.clock.now());
      if (error) throw error;
      return { url: target, status: response.status, text };
    }
    throw new RetryableError('redirect_loop', `${safeForMessage(url)}: more than ${MAX_REDIRECTS} redirects (a loop)`);
  }

  return {
    getText: (url, opts) => request('GET', url, undefined, opts?.signal, 'text/html,application/xhtml+xml,*/*;q=0.8', opts?.headers, opts?.cost),
    async getJson<T>(url: string, opts?: RequestOptions): Promise<T> {
      const r = await request('GET', url, undefined, opts?.signal, 'application/json', {}, opts?.cost);
      return measureCpu(opts?.cost, () => parseJson<T>(r.text, url));
    },
    async postJson<T>(url: string, body: unknown, opts?: RequestOptions): Promise<T> {
      const r = await request('POST', url, body, opts?.signal, 'application/json', {}, opts?.cost);
      return measureCpu(opts?.cost, () => parseJson<T>(r.text, url));
    },
    atsUrl(kind: SourceKind, host: string, path: string): string {
      return options.atsBaseUrl ? `${options.atsBaseUrl.replace(/\/$/, '')}/${kind}/${host}${path}` : `https://${host}${path}`;
    },
  };
}

/** The body as text, at most MAX_BODY_BYTES (the rest is not read); the bytes received are added to `cost`. */
/** The client as one scrape uses it: every request meters into that scrape's cost. */
export function meteredHttp(http: HttpClient, cost: ScrapeCost): HttpClient {
  return {
    getText: (url, opts) => http.getText(url, { ...opts, cost }),
    getJson: (url, opts) => http.getJson(url, { ...opts, cost }),
    postJson: (url, body, opts) => http.postJson(url, body, { ...opts, cost }),
    atsUrl: (kind, host, path) => http.atsUrl(kind, host, path),
  };
}

async function readCapped(response: Response, cost?: ScrapeCost): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (cost) cost.bytes += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson<T>(text: string, url: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new RetryableError('extraction_drift', `${safeForMessage(url)}: the answer is not JSON (did the feed change?)`);
  }
}

