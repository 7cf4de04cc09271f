// `make bench`, part 3: Gemini requests and input tokens per new posting over a farm of 20 companies
// (6 postings each, then one new posting per company per day for 5 days), ours against the original
// Scoutly design (a screening request per company scrape with every link, then one request per 5
// shortlisted postings carrying the raw page HTML), both counted by the same fake Gemini server.
// Tokens are estimated as characters / 4 (Gemini's rule of thumb). Prints figures; asserts nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { systemClock, type Clock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { startDeadline } from '../../src/core/deadline.js';

const COMPANIES = 20;
const INITIAL = 6;
const DAYS = 5;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);
const words = 'We build reliable distributed systems in TypeScript and Go, ship weekly, review every change, and care about on-call health. '.repeat(25);
const description = (c: number, j: number) => `Role ${j} at company ${c}. ${words}`; // ≈ 3,000 characters, a typical job description
const boilerplate = `<style>${'.c{margin:0;padding:0;color:#333}'.repeat(1500)}</style><script>${'window.__data={"k":[1,2,3]};'.repeat(2000)}</script>`; // ≈ 100 KB of a real careers page's weight
const SYSTEM_ROLE = 'x'.repeat(3_700); // the original app's systemRole.md
const FIRST_SELECTION = 'x'.repeat(1_500);
const DEEP_DIVE = 'x'.repeat(5_500); // jobPostDeepDive.md
const PROFILE_XML = 'x'.repeat(1_500);
const CV = `Senior engineer. ${'TypeScript, Node.js, PostgreSQL, Kubernetes. '.repeat(80)}`;

const listen = (server: Server) => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scoutly-analysis-bench-'));
  const postingsOf = new Map<number, number>(); // company index → number of postings
  for (let c = 0; c < COMPANIES; c++) postingsOf.set(c, INITIAL);
  let counting: 'ours' | 'original' = 'ours';
  const count = { ours: { requests: 0, chars: 0 }, original: { requests: 0, chars: 0 } };

  const farm = createServer((req, res) => {
    const m = /\/v1\/boards\/co(\d+)\/jobs/.exec(req.url ?? '');
    const c = Number(m?.[1]);
    const jobs = Array.from({ length: postingsOf.get(c) ?? 0 }, (_, j) => ({
      id: c * 1000 + j, title: `Engineer ${j}`, absolute_url: `https://boards.greenhouse.io/co${c}/jobs/${j}`, location: { name: 'Remote' }, content: description(c, j),
    }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jobs }));
  });
  const gemini = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => void (body += d.toString()));
    req.on('end', () => {
      const request = JSON.parse(body) as { contents: { parts: { text: string }[] }[]; systemInstruction?: { parts: { text: string }[] } };
      const text = [...request.contents, request.systemInstruction ?? { parts: [] }].flatMap((c) => c.parts.map((p) => p.text)).join('');
      count[counting].requests++;
      count[counting].chars += text.length;
      const ids = [...text.matchAll(/<posting id="(J\d+)"/g)].map((x) => x[1]!);
      const results = ids.map((id) => ({ id, score: 70, verdict: 'good', reasons: ['fits'], concerns: [], injectionSuspected: false }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        candidates: [{ content: { role: 'model', parts: [{ text: JSON.stringify({ results }) }] }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: Math.ceil(text.length / 4), candidatesTokenCount: 50 },
      }));
    });
  });
  const [farmUrl, geminiUrl] = await Promise.all([listen(farm), listen(gemini)]);

  // Ours: real ticks (scrape, then analysis with Gemini) over a steppable clock, one per day.
  let now = Date.UTC(2026, 10, 23, 16);
  const clock: Clock = { now: () => now, sleep: systemClock.sleep }; // the tick's waits stay real
  const store = await openStore(join(dir, 'bench.db'));
  const user = upsertUser(store, { email: 'bench@example.com', profile: { skills: ['TypeScript'], titles: ['Engineer'] }, cv: { fileName: 'cv.md', text: CV, bytes: Buffer.from(CV) } }, now);
  const { ids } = upsertCompanies(store, Array.from({ length: COMPANIES }, (_, c) => ({
    slug: `co${c}`, name: `Company ${c}`, careersUrl: `https://boards.greenhouse.io/co${c}`, selector: null, workModel: null, headquarters: null,
    officeLocations: [], fields: [], openToApplication: null, rank: null,
  })), now);
  ids.forEach((id) => setPreference(store, user.id, id, 90, now));
  const config = loadConfig({ env: { GEMINI_API_KEY: 'bench-key-0000000000', GEMINI_BASE_URL: geminiUrl, GEMINI_RPM: '1000', GEMINI_DAILY_REQUESTS: '100000',
    SCOUTLY_ATS_BASE_URL: farmUrl, SCOUTLY_ALLOW_PRIVATE_URLS: '1' } });
  const log = createLogger({ format: 'plain', level: 'error', stream: new PassThrough() });
  let newPostings = 0;
  for (let day = 0; day <= DAYS; day++) {
    if (day > 0) for (let c = 0; c < COMPANIES; c++) postingsOf.set(c, postingsOf.get(c)! + 1);
    newPostings += day === 0 ? COMPANIES * INITIAL : COMPANIES;
    await runTick(buildTickDeps(config, store, log, { clock }), { deadline: startDeadline(10 * 60_000), concurrency: 5, only: null, stopSignal: new AbortController().signal });
    now += 86_400_000;
  }
  closeStore(store);

  // The original design, replayed against the same server with the same postings.
  counting = 'original';
  const send = async (text: string) => {
    await fetch(`${geminiUrl}/v1beta/models/gemini-2.0-flash-lite:generateContent`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text }] }] }),
    });
  };
  for (let day = 0; day <= DAYS; day++) {
    for (let c = 0; c < COMPANIES; c++) {
      const total = INITIAL + day;
      const fresh = day === 0 ? Array.from({ length: INITIAL }, (_, j) => j) : [total - 1];
      const links = Array.from({ length: total + 15 }, (_, j) => `Title: Link ${j}\nURL: https://co${c}.example/${j}\nContext: ${'x'.repeat(200)}`).join('\n');
      await send(`${SYSTEM_ROLE}${FIRST_SELECTION}<CandidateProfile>${PROFILE_XML}</CandidateProfile><CVContent>${CV}</CVContent>${links}`);
      const shortlisted = fresh.slice(0, Math.max(1, Math.ceil(fresh.length / 2)));
      for (let i = 0; i < shortlisted.length; i += 5) {
        const pages = shortlisted.slice(i, i + 5).map((j) => `<Job><Content><html><body>${boilerplate}<main>${description(c, j)}</main></body></html></Content></Job>`).join('');
        await send(`${SYSTEM_ROLE}${DEEP_DIVE}<CandidateProfile>${PROFILE_XML}</CandidateProfile><CVContent>${CV}</CVContent><JobsToAnalyze>${pages}</JobsToAnalyze>`);
      }
    }
  }
  await Promise.all([farm, gemini].map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });

  const per = (n: number) => (n / newPostings).toFixed(3);
  const tokens = (chars: number) => chars / 4;
  console.log(`\nGemini cost per new posting: ${COMPANIES} companies, ${INITIAL} postings each, then 1 new per company per day for ${DAYS} days (${newPostings} new postings)`);
  line('ours: requests per new posting', per(count.ours.requests));
  line('original design: requests per new posting (half shortlisted)', per(count.original.requests));
  line('ratio ours / original, requests (goal ≤ 0.20)', (count.ours.requests / count.original.requests).toFixed(3));
  line('ours: input tokens per new posting', per(tokens(count.ours.chars)));
  line('original design: input tokens per new posting', per(tokens(count.original.chars)));
  line('ratio ours / original, input tokens (goal ≤ 0.10)', (count.ours.chars / count.original.chars).toFixed(3));
}

await main();
