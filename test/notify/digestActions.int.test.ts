// Acting from the digest, end to end: the real dashboard on 127.0.0.1 over a real SQLite file, an ntfy
// stand-in, a Slack stand-in and a real SMTP server. A button or link is used exactly as the phone
// would use it (ntfy's http action as documented; a link opened, its confirm page's form sent), and
// what counts is the match's status in the database afterwards.
import { PassThrough } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createLogger } from '../../src/core/log.js';
import { configuredSenders } from '../../src/notify/channels.js';
import { sendDigests } from '../../src/notify/send.js';
import { cleanupTempDirs } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { addUser, Client, signedIn, startTestWeb, type TestWeb } from '../web/helpers.js';

let web: TestWeb;
let closers: (() => Promise<void>)[];
let logText: string;

beforeEach(async () => {
  web = await startTestWeb();
  closers = [];
  logText = '';
});
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  await web.close();
  cleanupTempDirs();
});

async function standIn(answer: (n: number) => number, reply: (res: Parameters<Parameters<typeof serve>[0]>[1]) => void = (res) => json(res, { id: 'm1' })): Promise<TestServer> {
  let n = 0;
  const server = await serve((_req, res) => {
    const status = answer(n++);
    if (status === 200) reply(res);
    else json(res, { error: 'try later' }, status);
  });
  closers.push(() => server.close());
  return server;
}

function send(config: Config) {
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => void (logText += c.toString()));
  return sendDigests({
    store: web.store, senders: configuredSenders(config), gemini: config.gemini, staleDays: config.staleDays, runId: null, now: () => web.clock.now(), webUrl: config.web.url,
    log: createLogger({ format: 'plain', level: 'debug', stream }),
  });
}

const statusOf = (id: number) => (web.store.sqlite.prepare('SELECT status FROM saved_jobs WHERE id = ?').get(id) as { status: string }).status;
const historyOf = (id: number) => web.store.sqlite.prepare('SELECT status, via FROM application_history WHERE saved_job_id = ? ORDER BY id').all(id);

interface NtfyAction { action: string; label: string; url: string; method?: string; headers?: Record<string, string>; body?: string; clear?: boolean }
interface NtfyBody { title: string; message: string; click?: string; actions?: NtfyAction[] }

/** What ntfy's app does when a button is tapped: an `http` action sends its request (POST unless told otherwise). */
function tap(action: NtfyAction, browserOrigin?: string): Promise<Response> {
  if (action.action !== 'http') throw new Error(`${action.label} is a ${action.action} action, not a request`);
  // ntfy's web app sends it from its own page: a cross-site fetch without credentials.
  const fromWebApp: Record<string, string> = browserOrigin ? { origin: browserOrigin, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' } : {};
  return fetch(action.url, { method: action.method ?? 'POST', headers: { ...action.headers, ...fromWebApp }, body: action.body ?? null });
}

describe('acting from the digest', () => {
  it('ntfy: each match carries Applied, Not for me and Open; a button sets the match once, through the real API', async () => {
    const ids = seedMatches(web.store, 'acme', [{ title: 'Platform Engineer', score: 91 }, { title: 'Data Engineer', score: 74 }], web.clock.now());
    await addUser(web, 'me@example.com');
    const ntfy = await standIn(() => 200);
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${ntfy.url}/jobs`, SCOUTLY_NOTIFY_KIND: 'ntfy', SCOUTLY_WEB_URL: `${web.url}/` } });
    expect(await send(config)).toEqual([expect.objectContaining({ channel: 'ntfy', status: 'sent', matches: 2 })]);

    const messages = ntfy.requests.map((r) => JSON.parse(r.body) as NtfyBody);
    expect(messages.map((m) => m.title)).toEqual(['Scoutly: new match 91: Platform Engineer at acme', 'Scoutly: new match 74: Data Engineer at acme']);
    const [platform, data] = messages as [NtfyBody, NtfyBody];
    expect(platform.actions!.map((a) => a.label)).toEqual(['Applied', 'Not for me', 'Open']);
    expect(platform.click).toBe('https://acme.example.com/jobs/0'); // a tap on the notification itself still opens the posting

    const applied = await tap(platform.actions![0]!);
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ id: ids['Platform Engineer'], status: 'applied', title: 'Platform Engineer', company: 'acme' });
    expect(statusOf(ids['Platform Engineer']!)).toBe('applied');
    expect(historyOf(ids['Platform Engineer']!)).toEqual([{ status: 'applied', via: 'digest' }]);

    const again = await tap(platform.actions![0]!);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
    expect(historyOf(ids['Platform Engineer']!)).toHaveLength(1);

    // From ntfy's web app: another origin, and the answer must be readable there so it can clear the notification.
    const notForMe = await tap(data.actions![1]!, 'https://ntfy.sh');
    expect(notForMe.status).toBe(200);
    expect(notForMe.headers.get('access-control-allow-origin')).toBe('*');
    expect(statusOf(ids['Data Engineer']!)).toBe('discarded');

    // Open: the match on the dashboard (signed in), now showing where it stands.
    const open = data.actions![2]!;
    expect(open).toEqual({ action: 'view', label: 'Open', url: `${web.url}/matches#match-${ids['Data Engineer']}` });
    const browser = await signedIn(web, 'me@example.com');
    const page = await (await browser.request(open.url)).text();
    expect(page).toContain(`id="match-${ids['Data Engineer']}"`);
    expect(logText).not.toMatch(/\/actions\/[A-Za-z0-9_-]{20,}/); // tokens are not logged
  });

  it('a message that fails part way: what was accepted is told once, the rest goes out at the next send', async () => {
    seedMatches(web.store, 'acme', [{ title: 'First', score: 95 }, { title: 'Second', score: 85 }, { title: 'Third', score: 75 }], web.clock.now());
    let down = true;
    const ntfy = await standIn((n) => (n === 0 || !down ? 200 : 503));
    const config = loadConfig({ env: { SCOUTLY_NOTIFY_URL: `${ntfy.url}/jobs`, SCOUTLY_NOTIFY_KIND: 'ntfy', SCOUTLY_WEB_URL: web.url } });
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringContaining('HTTP 503') })]);
    expect(logText).toMatch(/digest delivered in part, 1 of 3 item\(s\), then: .*HTTP 503/);
    expect(web.store.sqlite.prepare('SELECT status, matches FROM digests ORDER BY id').all()).toEqual([{ status: 'sent', matches: 1 }, { status: 'failed', matches: 2 }]);

    down = false;
    web.clock.advance(15 * 60_000);
    expect(await send(config)).toEqual([expect.objectContaining({ status: 'sent', matches: 2 })]);
    const titles = ntfy.requests.map((r) => (JSON.parse(r.body) as NtfyBody).title);
    expect(titles.filter((t) => t.includes('First'))).toHaveLength(1);
    expect(titles.slice(-2)).toEqual(['Scoutly: new match 85: Second at acme', 'Scoutly: new match 75: Third at acme']);
  });

  it('Slack and e-mail carry the same as links to a confirm page: opening one changes nothing, confirming does, once', async () => {
    const ids = seedMatches(web.store, 'initech', [{ title: 'Backend <Engineer>', score: 82 }], web.clock.now());
    const slack = await standIn(() => 200, (res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    const mails: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => void (raw += c.toString()));
        stream.on('end', () => {
          mails.push(raw);
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
    const config = loadConfig({ env: {
      SCOUTLY_NOTIFY_URL: `${slack.url}/services/T0/B0/X`, SCOUTLY_NOTIFY_KIND: 'slack', SCOUTLY_WEB_URL: web.url,
      SCOUTLY_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`, SCOUTLY_MAIL_TO: 'me@example.com',
    } });
    expect((await send(config)).map((o) => o.status)).toEqual(['sent', 'sent']);

    const section = (JSON.parse(slack.requests[0]!.body) as { blocks: { text: { text: string } }[] }).blocks[1]!.text.text;
    const slackLinks = Object.fromEntries([...section.matchAll(/<([^|>]+)\|(Applied|Not for me|Open)>/g)].map((m) => [m[2], m[1]]));
    expect(Object.keys(slackLinks)).toEqual(['Applied', 'Not for me', 'Open']);
    // The mail's HTML part, quoted-printable as nodemailer wrote it.
    const html = mails[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    const mailLinks = Object.fromEntries([...html.matchAll(/<a href="([^"]+)">(Applied|Not for me|Open)<\/a>/g)].map((m) => [m[2], m[1]]));
    expect(mailLinks.Applied).toBe(slackLinks.Applied); // one token per action, whichever channel is used first
    expect(mailLinks['Not for me']).toMatch(new RegExp(`^${web.url}/act/`));

    const phone = new Client(web.url);
    const confirm = await phone.request(mailLinks['Not for me']!);
    expect(confirm.status).toBe(200);
    const form = await confirm.text();
    expect(form).toContain('Mark <strong>Backend &lt;Engineer&gt;</strong> at initech as <strong>Not for me</strong>?');
    expect(statusOf(ids['Backend <Engineer>']!)).toBe('want_to_apply'); // a link scanner that follows it sets nothing
    const done = await phone.request(mailLinks['Not for me']!, { form: {} });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('is now <strong>Not for me</strong>');
    expect(statusOf(ids['Backend <Engineer>']!)).toBe('discarded');
    expect((await phone.request(mailLinks['Not for me']!)).status).toBe(404);
    expect((await phone.request(mailLinks['Not for me']!, { form: {} })).status).toBe(404);
  });
});
