// Digests end to end in-process: a real SQLite file, an ntfy/webhook stand-in over HTTP and a real SMTP
// server on 127.0.0.1. Checks what each server received, retries after a refusal, and no duplicates.
import { PassThrough } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, secretValues, type Config } from '../../src/config/config.js';
import { createLogger } from '../../src/core/log.js';
import { quotaDay } from '../../src/core/quotaDay.js';
import type { Store } from '../../src/db/client.js';
import { configuredSenders } from '../../src/notify/channels.js';
import { sendDigests } from '../../src/notify/send.js';
import { recordScrape } from '../../src/postings/repo.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';

let store: Store;
let logText: string;
let servers: { close(): Promise<void> }[];
const clock = steppableClock();

beforeEach(async () => {
  store = await openTestStore();
  logText = '';
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  cleanupTempDirs([store]);
});

async function fakeServer(statuses: number[]): Promise<TestServer> {
  // Answers each request with the next status (the last one repeats), like a server that recovers.
  let i = 0;
  const server = await serve((_req, res) => json(res, { id: 'msg1' }, statuses[Math.min(i++, statuses.length - 1)]));
  servers.push(server);
  return server;
}

interface Mail { from: string; to: string[]; raw: string }
async function smtpServer(refuseFirst: number): Promise<{ url: (auth: string) => string; mails: Mail[]; attempts: () => number }> {
  const mails: Mail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true, allowInsecureAuth: true, disabledCommands: ['STARTTLS'], logger: false,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username }),
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => void (raw += c.toString()));
      stream.on('end', () => {
        attempts += 1;
        if (attempts <= refuseFirst) return cb(Object.assign(new Error('mailbox temporarily full'), { responseCode: 452 }));
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return { url: (auth) => `smtp://${auth}127.0.0.1:${port}`, mails, attempts: () => attempts };
}

function send(config: Config, timeoutMs?: number) {
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => void (logText += c.toString()));
  return sendDigests({
    store, senders: configuredSenders(config), log: createLogger({ format: 'plain', level: 'debug', stream, secrets: secretValues(config) }),
    now: () => clock.now(), runId: null, ...(timeoutMs ? { timeoutMs } : {}), gemini: config.gemini, staleDays: config.staleDays,
  });
}

const notified = () => store.sqlite.prepare('SELECT id, notified_at AS at FROM saved_jobs ORDER BY id').all() as { id: number; at: number | null }[];
const bodies = (s: TestServer) => s.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);

describe('digests', () => {
  it('sends new matches to ntfy once the server accepts, retries after a 500, and never repeats them', async () => {
    seedMatches(store, 'acme', [
      { title: 'Senior TypeScript Engineer', score: 91, reasons: ['TypeScript and Node', 'Remote EU', 'Senior'], location: 'Berlin', workplaceType: 'remote' },
      { title: 'Platform Engineer', score: 72, reasons: ['Kubernetes'] },
      { title: 'Sales Lead', score: 20 },
    ], clock.now());
    const ntfy = await fakeServer([500, 200]);
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${ntfy.url}/scoutly-jobs`, SCOUTLY_NOTIFY_KIND: 'ntfy' } });

    expect(await send(config)).toEqual([expect.objectContaining({ channel: 'ntfy', status: 'failed', matches: 2, error: expect.stringContaining('HTTP 500') })]);
    expect(notified().every((r) => r.at === null)).toBe(true);
    expect(logText).toMatch(/WARN.*digest not delivered.*HTTP 500.*tried again at the next tick/);

    clock.advance(3_600_000);
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'sent', matches: 2 })]);
    expect(ntfy.requests).toHaveLength(2);
    const [failed, accepted] = bodies(ntfy);
    expect(accepted).toEqual(failed); // the retry carries the same digest
    expect(ntfy.requests[1]).toMatchObject({ method: 'POST', url: '/', headers: expect.objectContaining({ 'content-type': 'application/json' }) });
    expect(accepted).toMatchObject({
      topic: 'scoutly-jobs', title: 'Scoutly: 2 new matches (best 91)', priority: 5, markdown: true, click: 'https://acme.example.com/jobs/0',
    });
    const message = accepted!.message as string;
    expect(message).toContain('**91** acme: Senior TypeScript Engineer');
    expect(message).toContain('Remote · Berlin');
    expect(message).toContain('+ TypeScript and Node');
    expect(message).toContain('**72** acme: Platform Engineer');
    expect(message).not.toContain('Sales Lead');
    expect(notified().every((r) => r.at === clock.now())).toBe(true);

    clock.advance(3_600_000);
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'nothing_new' })]);
    expect(ntfy.requests).toHaveLength(2);
    const log = store.sqlite.prepare('SELECT channel, status, matches, error FROM digests ORDER BY id').all();
    expect(log).toEqual([
      { channel: 'ntfy', status: 'failed', matches: 2, error: expect.stringContaining('HTTP 500') },
      { channel: 'ntfy', status: 'sent', matches: 2, error: null },
    ]);
  });

  it('tells a webhook about closed saved postings and health warnings, each once', async () => {
    const start = clock.now();
    seedMatches(store, 'acme', [{ title: 'Backend Engineer', score: 80 }, { title: 'Data Engineer', score: 65 }], start);
    const hook = await fakeServer([200]);
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${hook.url}/hooks/scoutly`, GEMINI_API_KEY: 'AIzaTestKeyTestKeyTestKey123', GEMINI_DAILY_REQUESTS: '100' } });
    expect(config.notify.kind).toBe('webhook');
    await send(config);
    expect(bodies(hook)[0]).toMatchObject({ type: 'scoutly.digest', matches: [expect.objectContaining({ title: 'Backend Engineer', score: 80 }), expect.anything()] });

    // Two good scrapes without "Data Engineer" close it; the company then fails three times; Gemini is at 85 %.
    const companyId = (store.sqlite.prepare(`SELECT id FROM companies WHERE slug = 'acme'`).get() as { id: number }).id;
    const stillOpen = normalizeAll([{ sourceId: 'acme-0', title: 'Backend Engineer', url: 'https://acme.example.com/jobs/0', descriptionText: 'Backend Engineer at acme' }]);
    clock.advance(86_400_000);
    recordScrape(store, companyId, 'greenhouse', stillOpen, clock.now());
    clock.advance(86_400_000);
    recordScrape(store, companyId, 'greenhouse', stillOpen, clock.now());
    store.sqlite.prepare(`UPDATE companies SET consecutive_failures = 3, last_error_kind = 'http_5xx', last_error = 'HTTP 503 from the careers page',
      breaker_open_until = ? WHERE id = ?`).run(clock.now() + 3_600_000, companyId);
    store.sqlite.prepare(`INSERT INTO ai_usage (day, model, requests, updated_at) VALUES (?, ?, 85, ?)`)
      .run(quotaDay(clock.now()), config.gemini.model, clock.now());

    expect(await send(config)).toEqual([expect.objectContaining({ status: 'sent', matches: 0, closed: 1, warnings: 2 })]);
    const second = bodies(hook)[1]!;
    expect(second).toMatchObject({
      title: 'Scoutly: 1 saved posting closed, 2 health warnings', matches: [],
      closed: [expect.objectContaining({ company: 'acme', title: 'Data Engineer', status: 'want_to_apply', url: 'https://acme.example.com/jobs/1' })],
    });
    expect(second.warnings).toEqual([
      expect.stringMatching(/^acme failed 3 times in a row \(http_5xx: HTTP 503 from the careers page\); paused until/),
      expect.stringMatching(/^Gemini quota running out: 85 of 100 requests used/),
    ]);
    expect(second.text).toContain('Closed among your saved postings');

    // The same facts an hour later are not news; a worse failure streak of the same episode neither.
    clock.advance(3_600_000);
    store.sqlite.prepare('UPDATE companies SET consecutive_failures = 4 WHERE id = ?').run(companyId);
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'nothing_new' })]);
    expect(hook.requests).toHaveLength(2);
  });

  // Stand-ins that hold a body to the documented incoming-webhook rules and answer as the services do.
  async function slackStandIn(): Promise<TestServer> {
    const server = await serve((_req, res, body) => {
      const b = JSON.parse(body) as { text?: unknown; blocks?: { type: string; text?: { type: string; text: string } }[] };
      const blocks = b.blocks ?? [];
      const valid = typeof b.text === 'string' && b.text.length > 0 && b.text.length <= 40_000 && blocks.length <= 50 &&
        blocks.every((x) => (x.type === 'header' ? x.text?.type === 'plain_text' && x.text.text.length <= 150
          : x.type === 'section' ? x.text !== undefined && x.text.text.length > 0 && x.text.text.length <= 3000 : false));
      if (!valid) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    servers.push(server);
    return server;
  }
  async function discordStandIn(): Promise<TestServer> {
    const server = await serve((_req, res, body) => {
      const b = JSON.parse(body) as { content?: string; embeds?: { title?: string; description?: string }[]; allowed_mentions?: { parse?: unknown[] } };
      const embeds = b.embeds ?? [];
      const total = embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
      const valid = (b.content !== undefined || embeds.length > 0) && (b.content ?? '').length <= 2000 && embeds.length <= 10 && total <= 6000 &&
        embeds.every((e) => (e.title?.length ?? 0) <= 256 && (e.description?.length ?? 0) <= 4096);
      if (!valid) return json(res, { message: 'Invalid Form Body', code: 50035 }, 400);
      res.writeHead(204).end();
    });
    servers.push(server);
    return server;
  }
  // Many long matches (more than any limit holds) with titles that try to ping or link.
  const crowd = () => Array.from({ length: 60 }, (_, i) => ({
    title: `${i === 0 ? '@everyone <!channel> <https://evil.example|click> ' : ''}Senior Platform Engineer ${i} ${'x'.repeat(90)}`, score: 90 - (i % 20),
    reasons: ['Kubernetes and Go '.repeat(8), 'Remote in the EU '.repeat(6)],
  }));

  it('speaks Slack\'s incoming-webhook shape within its limits, chosen from the URL or SCOUTLY_NOTIFY_KIND', async () => {
    expect(loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX' } }).notify.kind).toBe('slack');
    seedMatches(store, 'acme', crowd(), clock.now());
    const slack = await slackStandIn();
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${slack.url}/services/T000/B000/XXXXXXXX`, SCOUTLY_NOTIFY_KIND: 'slack' } });
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'sent', matches: 60 })]);
    const body = bodies(slack)[0] as { text: string; blocks: { text: { text: string } }[] };
    expect(body.text).toBe('Scoutly: 60 new matches (best 90)');
    const section = body.blocks[1]!.text.text;
    expect(section).toContain('*New matches*');
    expect(section).toMatch(/…and \d+ more items/); // the rest counted, not cut mid-item
    expect(section).toContain('&lt;!channel&gt;'); // page text cannot mention a channel or form a link
    expect(section).not.toContain('<!channel>');
    expect(section).toContain('|Open the posting>');
    expect(logText).not.toContain('XXXXXXXX');
  });

  it('speaks Discord\'s execute-webhook shape within its limits, and page text pings nobody', async () => {
    expect(loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://discord.com/api/webhooks/123/abc-token' } }).notify.kind).toBe('discord');
    expect(loadConfig({ env: { SCOUTLY_NOTIFY_URL: 'https://discord.com/channels/1/2' } }).notify.kind).toBe('webhook');
    seedMatches(store, 'acme', crowd(), clock.now());
    const discord = await discordStandIn();
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${discord.url}/api/webhooks/123/abc-token`, SCOUTLY_NOTIFY_KIND: 'discord' } });
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'sent', matches: 60 })]);
    const body = bodies(discord)[0] as { content: string; embeds: { title: string; description: string; url?: string }[]; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBe('Scoutly: 60 new matches (best 90)');
    expect(body.embeds[0]!.description).toMatch(/…and \d+ more items/);
    expect(body.embeds[0]!.description).toContain('](https://acme.example.com/jobs/');
    expect(body.embeds[0]!.description).toContain('\\<!channel\\>'); // escaped, so no markup
  });

  it('mails the digest over SMTP; a refusing mail server does not make ntfy repeat itself', async () => {
    seedMatches(store, 'initech', [{ title: 'Engineer <b>bold</b> & co', score: 77, reasons: ['Node.js'] }], clock.now());
    const ntfy = await fakeServer([200]);
    const smtp = await smtpServer(1);
    const config = loadConfig({ env: {
      SCOUTLY_NOTIFY_URL: `${ntfy.url}/topic`, SCOUTLY_NOTIFY_KIND: 'ntfy',
      SCOUTLY_SMTP_URL: smtp.url('scout%40example.com:pw-secret-123@'), SCOUTLY_MAIL_TO: 'me@example.com',
    } });

    const first = await send(config);
    expect(first).toEqual([
      expect.objectContaining({ channel: 'ntfy', status: 'sent' }),
      expect.objectContaining({ channel: 'email', status: 'failed', error: expect.stringContaining('mailbox temporarily full') }),
    ]);
    expect(notified()[0]!.at).toBeNull(); // not every channel has it yet

    clock.advance(3_600_000);
    expect(await send(config)).toEqual([
      expect.objectContaining({ channel: 'ntfy', status: 'nothing_new' }),
      expect.objectContaining({ channel: 'email', status: 'sent', matches: 1 }),
    ]);
    expect(ntfy.requests).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail).toMatchObject({ from: 'scout@example.com', to: ['me@example.com'] });
    expect(mail.raw).toMatch(/^Subject: Scoutly: new match 77: Engineer <b>bold<\/b> & co at initech/m);
    expect(mail.raw).toContain('Engineer &lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(notified()[0]!.at).toBe(clock.now());
    expect(logText).not.toContain('pw-secret-123');
    expect(JSON.stringify(store.sqlite.prepare('SELECT error FROM digests').all())).not.toContain('pw-secret-123');
  });

  it('gives up on a channel that never answers after its timeout, and keeps the items for the next tick', async () => {
    seedMatches(store, 'acme', [{ title: 'Engineer', score: 70 }], clock.now());
    const silent = await serve(() => undefined); // reads the request, never answers
    servers.push(silent);
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${silent.url}/hook` } });
    expect(await send(config, 300)).toEqual([expect.objectContaining({ channel: 'webhook', status: 'failed', error: expect.stringContaining('no answer within 0.3s') })]);
    expect(silent.requests).toHaveLength(1);
    expect(notified()[0]!.at).toBeNull();
  });

  it('keeps the topic and token out of logs and the database when the server cannot be reached', async () => {
    seedMatches(store, 'acme', [{ title: 'Engineer', score: 70 }], clock.now());
    const ntfy = await fakeServer([401]);
    const url = `${ntfy.url.replace('http://', 'http://:tk_supersecret@')}/private-topic-xyz`;
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: url, SCOUTLY_NOTIFY_KIND: 'ntfy' } });
    await send(config);
    expect(ntfy.requests[0]!.headers.authorization).toBe('Bearer tk_supersecret');
    await ntfy.close();
    clock.advance(60_000);
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringContaining('could not reach ntfy (127.0.0.1:') })]);
    const stored = JSON.stringify(store.sqlite.prepare('SELECT error FROM digests').all());
    for (const secret of ['tk_supersecret', 'private-topic-xyz']) {
      expect(logText).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    expect(notified()[0]!.at).toBeNull();
  });
});
