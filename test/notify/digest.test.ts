// The digest rules: priority, title, escaping of untrusted text, the ntfy size cap, per-channel
// filtering, warning keys, and where credentials in a notify URL go.
import { describe, expect, it } from 'vitest';
import { ntfyTarget } from '../../src/notify/channels.js';
import {
  MAX_PLACES_LISTED, NTFY_MAX_ACTIONS, NTFY_MAX_BYTES, NTFY_MAX_MATCH_MESSAGES, closedKey, digestKeys, digestTitle, discordMessage, matchKey, ntfyMessage,
  ntfyMessages, priorityFor, renderDigestHtml, renderDigestText, slackMessage, untold, webhookMessage, type Digest, type DigestMatch,
} from '../../src/notify/digest.js';
import { companyWarning, quotaWarning } from '../../src/notify/warnings.js';

const match = (id: number, score: number, over: Partial<DigestMatch> = {}): DigestMatch => ({
  key: matchKey(id), savedJobId: id, userId: 1, user: 'me@example.com', company: 'Acme', title: `Engineer ${id}`, score,
  reasons: ['TypeScript matches', 'Remote in the EU', 'Senior level', 'a fourth reason'], location: 'Berlin', workplace: 'remote',
  url: `https://acme.example.com/jobs/${id}`, ageDays: 3, stale: false, repost: null, ...over,
});
const digest = (over: Partial<Digest> = {}): Digest => ({ matches: [], closed: [], warnings: [], ...over });

describe('digest rules', () => {
  it('derives the ntfy priority from the best score; health news alone stays at default, closings alone low', () => {
    expect(priorityFor(digest({ matches: [match(1, 70), match(2, 93)] }))).toBe(5);
    expect(priorityFor(digest({ matches: [match(1, 84)] }))).toBe(4);
    expect(priorityFor(digest({ matches: [match(1, 61)] }))).toBe(3);
    expect(priorityFor(digest({ warnings: [{ key: 'w', text: 'x' }] }))).toBe(3);
    expect(priorityFor(digest({ closed: [{ key: 'c', savedJobId: 1, user: 'u', company: 'A', title: 'T', status: 'applied', url: 'https://a/', closedAt: 1 }] }))).toBe(2);
  });

  it('titles a single match by name and several by count and best score', () => {
    expect(digestTitle(digest({ matches: [match(1, 88)] }))).toBe('Scoutly: new match 88: Engineer 1 at Acme');
    expect(digestTitle(digest({ matches: [match(1, 70), match(2, 91)], warnings: [{ key: 'w', text: 'x' }] })))
      .toBe('Scoutly: 2 new matches (best 91), 1 health warning');
  });

  it('lists company, title, score, at most three reasons, place and link for each match', () => {
    const text = renderDigestText(digest({ matches: [match(1, 88)] }), { style: 'markdown', showUser: false });
    expect(text).toContain('**88** Acme: Engineer 1');
    expect(text).toContain('Remote · Berlin');
    expect(text).toContain('+ Senior level');
    expect(text).not.toContain('a fourth reason');
    expect(text).toContain('[Open the posting](https://acme.example.com/jobs/1)');
  });

  it('escapes markdown and HTML that a careers page put into a title or reason', () => {
    const evil = match(1, 90, { title: '[Win a prize](https://evil.example) **now** <img src=x onerror=alert(1)>', reasons: ['<script>alert(1)</script>'],
      url: 'https://acme.example.com/jobs/(1) x' });
    const md = renderDigestText(digest({ matches: [evil] }), { style: 'markdown', showUser: false });
    expect(md).toContain('\\[Win a prize\\]\\(https://evil.example\\) \\*\\*now\\*\\*');
    expect(md).toContain('(https://acme.example.com/jobs/%281%29%20x)');
    const sneaky = renderDigestText(digest({ matches: [match(2, 90, { url: 'javascript:alert(1)' })] }), { style: 'markdown', showUser: false });
    expect(sneaky).not.toContain('javascript:');
    expect(ntfyMessage(digest({ matches: [match(2, 90, { url: 'javascript:alert(1)' })] }), 't', false)).not.toHaveProperty('click');
    const html = renderDigestHtml(digest({ matches: [evil] }), false);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('every channel escapes its own markup in page text, in the title and notification text as well as the body', () => {
    // One match, so its title is in every channel's title line; a company name from an old import with a line break.
    const evil = match(1, 90, { title: '[Verify your account](https://evil.example/login) @everyone <!channel> <@&123> \u202egnp.exe\u202c', company: 'Evil\nCorp ~~x~~',
      reasons: ['=cmd|x', '\u2066hidden\u2069 reason'], location: 'Utrecht\u2028Netherlands' });
    const d = digest({ matches: [evil] });
    const unseen = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
    const oneLine = (s: string) => expect(s, s).not.toMatch(/[\n\r]/);
    const noMarkdownLink = (s: string) => expect(s, s).not.toMatch(/(^|[^\\])\[Verify your account(?:[^\\]|\\\\)*\]\(/);

    const discord = discordMessage(d, false) as { content: string; embeds: { title: string; description: string }[]; allowed_mentions: unknown };
    for (const text of [discord.content, discord.embeds[0]!.title, discord.embeds[0]!.description]) {
      noMarkdownLink(text);
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
      expect(text).not.toMatch(/(^|[^\\])<[@#!]/); // no mention or channel syntax left whole
    }
    oneLine(discord.content);
    expect(discord.content).toContain('\\[Verify your account\\]\\(https://evil.example/login\\)');
    expect(discord.allowed_mentions).toEqual({ parse: [] });

    const slack = slackMessage(d, false) as { text: string; blocks: { text: { text: string } }[] };
    // `<…>` is Slack's link and mention syntax in mrkdwn and in `text`: page text never opens one. (The header is
    // plain_text, which Slack shows as it is.)
    for (const text of [slack.text, slack.blocks[1]!.text.text]) expect(text).not.toMatch(/<[!@#]|<https?:\/\/evil/);
    for (const text of [slack.text, slack.blocks[0]!.text.text, slack.blocks[1]!.text.text]) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    oneLine(slack.text);
    oneLine(slack.blocks[0]!.text.text);

    const ntfy = ntfyMessage(d, 'topic', false) as { title: string; message: string };
    oneLine(ntfy.title);
    expect(ntfy.title).not.toMatch(unseen);
    noMarkdownLink(ntfy.message);
    expect(ntfy.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);

    const hook = webhookMessage(d, 0, false) as { title: string; text: string; matches: { title: string }[] };
    for (const text of [hook.title, hook.text]) noMarkdownLink(text);
    oneLine(hook.title);
    expect(hook.title).not.toMatch(unseen);
    expect(hook.matches[0]!.title).toBe(evil.title); // the fields are data, for the receiver to escape in its own medium

    const title = digestTitle(d);
    oneLine(title);
    expect(title).not.toMatch(unseen);
    expect(digestTitle(digest({ matches: [match(2, 90, { title: 'Backend \u202egnp.exe\u202c' })] }))).toContain('Backend \\u202egnp.exe\\u202c');
    const mail = renderDigestText(d, { style: 'text', showUser: false });
    expect(mail).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(mail.split('\n')).toHaveLength(6); // the heading, the match, its place, two reasons, the link: no line from page text
    expect(renderDigestHtml(d, false)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  });

  it('keeps the ntfy body under its limit, listing the best matches first and counting the rest', () => {
    const many = Array.from({ length: 60 }, (_, i) => match(i + 1, 99 - i, { title: `Staff Platform Engineer, Developer Productivity ${i + 1}` }));
    const body = ntfyMessage(digest({ matches: many }), 'topic', false);
    const message = body.message as string;
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(NTFY_MAX_BYTES);
    expect(message).toContain('Developer Productivity 1\n');
    const listed = message.match(/^- /gm)!.length;
    expect(listed).toBeLessThan(60);
    expect(message).toContain(`…and ${60 - listed} more items`);
    expect(body).toMatchObject({ topic: 'topic', markdown: true, priority: 5, click: 'https://acme.example.com/jobs/1' });
  });

  it('spells the workplace one way and does not repeat it as the location', () => {
    const where = (workplace: string, location: string) =>
      renderDigestText(digest({ matches: [match(1, 70, { workplace, location, reasons: [] })] }), { style: 'text', showUser: false }).split('\n')[2];
    expect(where('FULLY_REMOTE', 'Remote')).toBe('  Remote');
    expect(where('on-site', 'Zürich')).toBe('  On-site · Zürich');
    expect(where('Flexible', 'Lisbon')).toBe('  Flexible · Lisbon');
  });

  it('names the user on each item only when several users share the box', () => {
    expect(renderDigestText(digest({ matches: [match(1, 70)] }), { style: 'text', showUser: true })).toContain('(for me@example.com)');
    expect(renderDigestText(digest({ matches: [match(1, 70)] }), { style: 'text', showUser: false })).not.toContain('me@example.com');
  });

  it('gives a webhook every item with its fields, without internal keys', () => {
    const body = webhookMessage(digest({ matches: [match(1, 75)], warnings: [{ key: 'w', text: 'acme failed' }] }), Date.UTC(2026, 10, 23), false);
    expect(body).toMatchObject({ type: 'scoutly.digest', version: 1, sentAt: '2026-11-23T00:00:00.000Z', warnings: ['acme failed'] });
    expect((body.matches as Record<string, unknown>[])[0]).toEqual(expect.objectContaining({ savedJobId: 1, score: 75, company: 'Acme', location: 'Berlin' }));
    expect((body.matches as Record<string, unknown>[])[0]).not.toHaveProperty('key');
  });

  it('tells one role in several places once, every channel, each place linked; other roles and users stay apart', () => {
    const berlin = match(1, 90, { title: 'Backend Engineer (m/w/d)', location: 'Berlin', workplace: 'hybrid' });
    const munich = match(2, 85, { title: 'backend engineer', location: 'Munich <b>', workplace: 'hybrid' });
    const other = match(3, 70, { title: 'Frontend Engineer' });
    const herBerlin = match(4, 88, { title: 'Backend Engineer', user: 'her@example.com' });
    const d = digest({ matches: [berlin, munich, other, herBerlin] });
    expect(digestTitle(digest({ matches: [berlin, munich] }))).toBe('Scoutly: new match 90: Backend Engineer (m/w/d) at Acme (2 places)');
    expect(digestTitle(d)).toBe('Scoutly: 3 new matches (best 90)');
    const md = renderDigestText(d, { style: 'markdown', showUser: true });
    expect(md.match(/Backend Engineer/gi)).toHaveLength(2); // his and hers
    expect(md).toContain('  2 places:\n  · [Hybrid · Berlin](https://acme.example.com/jobs/1)\n  · [Hybrid · Munich \\<b\\>](https://acme.example.com/jobs/2)');
    expect(renderDigestText(d, { style: 'text', showUser: false })).toContain('  · Hybrid · Berlin: https://acme.example.com/jobs/1');
    expect(renderDigestText(d, { style: 'slack', showUser: false })).toContain('  · <https://acme.example.com/jobs/2|Hybrid · Munich &lt;b&gt;>');
    const html = renderDigestHtml(d, false);
    expect(html).toContain('2 places: <a href="https://acme.example.com/jobs/1">Hybrid · Berlin</a> · <a href="https://acme.example.com/jobs/2">Hybrid · Munich &lt;b&gt;</a>');
    expect((webhookMessage(d, 0, false).matches as unknown[])).toHaveLength(4); // the data stays per posting
    const everywhere = Array.from({ length: MAX_PLACES_LISTED + 3 }, (_, i) => match(10 + i, 80, { title: 'Backend Engineer', location: `City ${i}` }));
    const long = renderDigestText(digest({ matches: everywhere }), { style: 'text', showUser: false });
    expect(long).toContain(`${MAX_PLACES_LISTED + 3} places:`);
    expect(long.match(/ {2}· /g)).toHaveLength(MAX_PLACES_LISTED + 1);
    expect(long).toContain('  · and 3 more places');
    expect(renderDigestHtml(digest({ matches: everywhere }), false)).toContain(' · and 3 more places');
  });

  it('marks a match open past the stale limit with its age, and says what a told repost changed', () => {
    const d = digest({ matches: [match(1, 80, { ageDays: 75, stale: true, repost: { change: 'pay, text', earlierStatus: 'interview_scheduled' } }), match(2, 70)] });
    const text = renderDigestText(d, { style: 'text', showUser: false });
    expect(text).toContain('  open 75 days · stale\n  reposted, changed: pay, text · your earlier match: interview scheduled');
    expect(text.match(/stale/g)).toHaveLength(1);
    expect(renderDigestHtml(d, false)).toContain('<br><small>open 75 days · stale</small>');
  });

  it('drops what a channel was already told', () => {
    const d = digest({ matches: [match(1, 70), match(2, 80)], closed: [{ key: closedKey(3, 5), savedJobId: 3, user: 'u', company: 'A', title: 'T', status: 'applied', url: 'https://a/', closedAt: 5 }] });
    const rest = untold(d, new Set([matchKey(2), closedKey(3, 5)]));
    expect(rest.matches.map((m) => m.savedJobId)).toEqual([1]);
    expect(rest.closed).toEqual([]);
  });
});

describe('acting from the digest', () => {
  const web = 'https://scoutly.example.ts.net';
  const acting = (id: number, score: number, over: Partial<DigestMatch> = {}) =>
    match(id, score, { actions: { webUrl: web, appliedToken: `applied-${id}`, discardToken: `discard-${id}` }, ...over });

  it('gives each of the best matches an ntfy message of its own with Applied, Not for me and Open; the rest follows in one message', () => {
    const matches = Array.from({ length: NTFY_MAX_MATCH_MESSAGES + 2 }, (_, i) => acting(i + 1, 95 - i));
    const warnings = [{ key: 'w', text: 'acme failed' }];
    const parts = ntfyMessages(digest({ matches, warnings }), 'jobs', false);
    expect(parts).toHaveLength(NTFY_MAX_MATCH_MESSAGES + 1);
    const first = parts[0]!.body as { title: string; priority: number; click: string; actions: Record<string, unknown>[] };
    expect(first).toMatchObject({ topic: 'jobs', title: 'Scoutly: new match 95: Engineer 1 at Acme', priority: 5, click: 'https://acme.example.com/jobs/1' });
    expect(first.actions.length).toBeLessThanOrEqual(NTFY_MAX_ACTIONS);
    expect(first.actions).toEqual([
      { action: 'http', label: 'Applied', url: `${web}/api/v1/actions/applied-1`, method: 'POST', clear: true },
      { action: 'http', label: 'Not for me', url: `${web}/api/v1/actions/discard-1`, method: 'POST', clear: true },
      { action: 'view', label: 'Open', url: `${web}/matches#match-1` },
    ]);
    // Each message carries exactly its items, so a failure part way tells the rest again and nothing twice.
    expect(parts.flatMap((p) => digestKeys(p.digest)).sort()).toEqual(digestKeys(digest({ matches, warnings })).sort());
    const rest = parts.at(-1)!;
    expect(rest.digest.matches.map((m) => m.savedJobId)).toEqual([6, 7]);
    expect(rest.body).not.toHaveProperty('actions');
    // Beyond the own messages, a match keeps its links to the confirm page in the text.
    expect(rest.body.message).toContain(`[Applied](${web}/act/applied-6) · [Not for me](${web}/act/discard-6) · [Open](${web}/matches#match-6)`);
  });

  it('sends one plain message, as before, when the dashboard is not known (no SCOUTLY_WEB_URL)', () => {
    const parts = ntfyMessages(digest({ matches: [match(1, 90), match(2, 80)] }), 'jobs', false);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.body).toEqual(ntfyMessage(digest({ matches: [match(1, 90), match(2, 80)] }), 'jobs', false));
    expect(JSON.stringify(parts[0]!.body)).not.toMatch(/\/act\/|actions/);
  });

  it('gives Slack, Discord, e-mail and the webhook the same three as links to the confirm page, escaped for each', () => {
    // An address a markdown or Slack link could end early at, and markup the HTML must not take.
    const odd = 'https://scoutly.example/a(b)<c>"d';
    const m = match(3, 88, { actions: { webUrl: odd, appliedToken: 'tok-a', discardToken: 'tok-d' } });
    const d = digest({ matches: [m] });
    const md = renderDigestText(d, { style: 'markdown', showUser: false });
    expect(md).toContain('[Applied](https://scoutly.example/a%28b%29%3Cc%3E"d/act/tok-a)');
    expect(md).toContain('[Not for me](https://scoutly.example/a%28b%29%3Cc%3E"d/act/tok-d)');
    const discord = discordMessage(d, false) as { embeds: { description: string }[] };
    expect(discord.embeds[0]!.description).toContain('[Open](https://scoutly.example/a%28b%29%3Cc%3E"d/matches#match-3)');
    const slack = (slackMessage(d, false) as { blocks: { text: { text: string } }[] }).blocks[1]!.text.text;
    expect(slack).toContain('<https://scoutly.example/a(b)%3Cc%3E"d/act/tok-a|Applied> · <https://scoutly.example/a(b)%3Cc%3E"d/act/tok-d|Not for me>');
    const html = renderDigestHtml(d, false);
    expect(html).toContain('<a href="https://scoutly.example/a(b)&lt;c&gt;&quot;d/act/tok-a">Applied</a>');
    expect(html).not.toContain('<c>');
    const text = renderDigestText(d, { style: 'text', showUser: false }).split('\n');
    expect(text.slice(-3)).toEqual([`  Applied: ${odd}/act/tok-a`, `  Not for me: ${odd}/act/tok-d`, `  Open: ${odd}/matches#match-3`]);
    const hook = webhookMessage(d, 0, false) as { matches: Record<string, unknown>[] };
    expect(hook.matches[0]).toMatchObject({ actions: { applied: `${odd}/act/tok-a`, notForMe: `${odd}/act/tok-d`, open: `${odd}/matches#match-3` } });
    expect(hook.matches[0]).not.toHaveProperty('userId');
  });

  it('points the overflow line at the dashboard when it is known', () => {
    const many = Array.from({ length: 60 }, (_, i) => acting(i + 1, 99 - i));
    const body = renderDigestText(digest({ matches: many }), { style: 'markdown', maxBytes: NTFY_MAX_BYTES, showUser: false });
    expect(body).toMatch(new RegExp(`…and \\d+ more items: see your matches at ${web}/matches\\.$`));
  });

  it('acts on each place of a role in several places: every place is a posting with its own match', () => {
    const role = [acting(1, 90, { location: 'Berlin' }), acting(2, 88, { location: 'Lisbon' })].map((m) => ({ ...m, title: 'Platform Engineer' }));
    const text = renderDigestText(digest({ matches: role }), { style: 'text', maxBytes: 100_000, showUser: false });
    for (const id of [1, 2]) {
      expect(text).toContain(`Applied: ${web}/act/applied-${id}`);
      expect(text).toContain(`Not for me: ${web}/act/discard-${id}`);
    }
    expect(text.indexOf('Lisbon')).toBeLessThan(text.indexOf(`/act/applied-2`));
    expect(text.indexOf(`/act/applied-1`)).toBeLessThan(text.indexOf('Lisbon'));
    const html = renderDigestHtml(digest({ matches: role }), false);
    for (const id of [1, 2]) expect(html).toContain(`<a href="${web}/act/applied-${id}">Applied</a>`);
    expect(html.match(/>Platform Engineer</g)).toHaveLength(1);
  });
});

describe('health warnings', () => {
  const failing = { id: 7, slug: 'acme', consecutiveFailures: 3, lastErrorKind: 'http_5xx', lastError: 'HTTP 503', lastSuccessAt: 1000, breakerOpenUntil: Date.UTC(2026, 10, 23, 9) };

  it('names one failure streak by the success before it, so a new streak warns again', () => {
    const w = companyWarning(failing);
    expect(w.text).toBe('acme failed 3 times in a row (http_5xx: HTTP 503); paused until 2026-11-23 09:00 UTC. See `scoutly companies show acme`.');
    expect(companyWarning({ ...failing, consecutiveFailures: 5 }).key).toBe(w.key);
    expect(companyWarning({ ...failing, lastSuccessAt: 2000 }).key).not.toBe(w.key);
  });

  it('warns when 80 % of the daily Gemini quota is used and again when it is spent, once per quota day', () => {
    const q = { day: '2026-11-23', model: 'm', requests: 399, dailyLimit: 500, exhaustedUntil: null, waitingAnalyses: 4 };
    expect(quotaWarning(q, 0)).toBeNull();
    expect(quotaWarning({ ...q, requests: 400 }, 0)).toMatchObject({ key: 'warning:quota:2026-11-23:low', text: expect.stringContaining('400 of 500') });
    expect(quotaWarning({ ...q, exhaustedUntil: 10 }, 5)).toMatchObject({ key: 'warning:quota:2026-11-23:spent', text: expect.stringContaining('4 analysis task(s) wait') });
    expect(quotaWarning({ ...q, requests: 500 }, 0)?.key).toBe('warning:quota:2026-11-23:spent');
  });
});

describe('notify URLs', () => {
  it('publishes ntfy JSON to the server root (keeping a path prefix) and moves credentials into a header', () => {
    expect(ntfyTarget('https://ntfy.sh/my-topic')).toEqual({ root: new URL('https://ntfy.sh/'), topic: 'my-topic', headers: {} });
    const t = ntfyTarget('https://bob:s%40cret@push.example.com/ntfy/jobs?x=1');
    expect(t.root.href).toBe('https://push.example.com/ntfy/?x=1');
    expect(t.headers.authorization).toBe(`Basic ${Buffer.from('bob:s@cret').toString('base64')}`);
    expect(ntfyTarget('https://:tk_abc@ntfy.sh/t').headers.authorization).toBe('Bearer tk_abc');
  });
});
