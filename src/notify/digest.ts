// The digest: what one notification tells (new matches, one role's places together, age marks, closed saved
// postings, health warnings) and how it reads on each channel (ntfy markdown, e-mail text and HTML, webhook JSON,
// Slack and Discord incoming-webhook bodies within their documented limits), with each match's actions (Applied,
// Not for me, Open) when the dashboard is reachable: ntfy buttons, links to the confirm page elsewhere. Pure.

import { clip, escapeControls, escapeHtml as escapeHtmlText, isWebUrl, roleKey } from '../core/text.js';

/**
 * What a match's reader can do from the digest: the single-use tokens that set it to "applied" or
 * "discarded" (Not for me), on the dashboard at `webUrl` (SCOUTLY_WEB_URL, no trailing slash).
 */
export interface MatchActions {
  webUrl: string;
  appliedToken: string;
  discardToken: string;
}

export interface DigestMatch {
  key: string;
  savedJobId: number;
  userId: number;
  user: string;
  company: string;
  title: string;
  score: number | null;
  reasons: string[];
  location: string | null;
  workplace: string | null;
  url: string;
  /** Days open (from the published date, else first seen; a repost's from its first posting). */
  ageDays: number;
  /** Open longer than SCOUTLY_STALE_DAYS. */
  stale: boolean;
  /** A repost told because it changed materially: what changed, and where the user's earlier match stood. */
  repost: { change: string | null; earlierStatus: string | null } | null;
  /** Present when the dashboard's address is known (SCOUTLY_WEB_URL) and tokens were made for this send. */
  actions?: MatchActions;
}

export interface DigestClosed {
  key: string;
  savedJobId: number;
  user: string;
  company: string;
  title: string;
  /** Where the application stood when the posting closed. */
  status: string;
  url: string;
  closedAt: number;
}

export interface DigestWarning {
  key: string;
  text: string;
}

export interface Digest {
  matches: DigestMatch[];
  closed: DigestClosed[];
  warnings: DigestWarning[];
  /** Replaces the counted title (the test message of `scoutly notify --test`). */
  headline?: string;
}

export const isEmptyDigest = (d: Digest) => d.matches.length + d.closed.length + d.warnings.length === 0;

export const digestKeys = (d: Digest): string[] => [...d.matches, ...d.closed, ...d.warnings].map((i) => i.key);

/** Keeps what a channel has not been told yet. */
export function untold(d: Digest, told: ReadonlySet<string>): Digest {
  return {
    ...(d.headline ? { headline: d.headline } : {}),
    matches: d.matches.filter((m) => !told.has(m.key)),
    closed: d.closed.filter((c) => !told.has(c.key)),
    warnings: d.warnings.filter((w) => !told.has(w.key)),
  };
}

/** What `scoutly notify --test` sends: shaped like a digest, so it travels the real path of each channel. */
export function testDigest(host: string, nowMs: number): Digest {
  return {
    matches: [], closed: [], headline: 'Scoutly: test message',
    warnings: [{ key: 'test', text: `Test message from scoutly notify --test on ${host} at ${new Date(nowMs).toISOString()}: this channel works.` }],
  };
}

export const matchKey = (savedJobId: number) => `match:${savedJobId}`;
export const closedKey = (savedJobId: number, closedAt: number) => `closed:${savedJobId}:${closedAt}`;

/**
 * A match's action addresses. Tokens are base64url and the base URL is the validated SCOUTLY_WEB_URL, so
 * nothing here needs escaping. `confirm…` open a page that asks before acting: a mail scanner or a chat
 * preview that follows links must not set anything. `api…` act at once (ntfy's buttons POST there).
 */
export function actionUrls(m: DigestMatch & { actions: MatchActions }) {
  const { webUrl, appliedToken, discardToken } = m.actions;
  return {
    confirmApplied: `${webUrl}/act/${appliedToken}`,
    confirmDiscard: `${webUrl}/act/${discardToken}`,
    apiApplied: `${webUrl}/api/v1/actions/${appliedToken}`,
    apiDiscard: `${webUrl}/api/v1/actions/${discardToken}`,
    open: `${webUrl}/matches#match-${m.savedJobId}`,
  };
}

const withActions = (m: DigestMatch): m is DigestMatch & { actions: MatchActions } => m.actions !== undefined;

/** The labels people see on the buttons and links, in this order. */
export const ACTION_LABELS = { applied: 'Applied', discard: 'Not for me', open: 'Open' } as const;

/** ntfy priority 1–5: a 90+ match may buzz, health news alone stays quiet. */
export function priorityFor(d: Digest): number {
  const best = Math.max(-1, ...d.matches.map((m) => m.score ?? 0));
  if (best >= 90) return 5;
  if (best >= 80) return 4;
  if (best >= 0 || d.warnings.length > 0) return 3;
  return 2;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Untrusted text on one line, for every channel: whitespace runs (line breaks too) fold to a space, and
 * control, bidi and invisible format characters show as escapes (core/text.ts). Each channel then
 * escapes its own markup on top.
 */
const plain = (s: string) => escapeControls(s.replace(/\s+/g, ' ').trim(), true);

// `-`, `+` and `!` only act at a line start or before `[`; untrusted text never starts a line here.
const MD_SPECIAL = /[\\`*_{}[\]()#|<>~]/g;
/** Untrusted text (titles, reasons come from careers pages) must not turn into markup or links. */
const escapeMarkdown = (s: string) => plain(s).replace(MD_SPECIAL, (c) => `\\${c}`);
/** A link target that cannot end the markdown link early: `(`, `)`, spaces and angle brackets percent-encoded. */
const mdUrl = (url: string) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * Slack's mrkdwn has no backslash escapes: `&`, `<` and `>` are the characters it asks to encode, which is
 * what keeps page text from forming links or `<!channel>` mentions. Formatting marks in a title stay as they are.
 */
const escapeSlack = (s: string) => plain(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A link target that cannot close Slack's `<url|label>` early. */
const slackUrl = (url: string) => url.replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** The digest in one line: our words, with the page's (a single match's title and company) through `esc`, plain text by default. */
export function digestTitle(d: Digest, esc: (pageText: string) => string = plain): string {
  if (d.headline) return d.headline;
  const parts: string[] = [];
  // Counted as roles: one role in three cities is one match to the reader.
  const roles = groupByRole(d.matches);
  if (roles.length === 1) {
    const m = roles[0]!.lead;
    const places = roles[0]!.members.length;
    parts.push(`new match ${m.score ?? '?'}: ${esc(clip(m.title, 80))} at ${esc(clip(m.company, 40))}${places > 1 ? ` (${places} places)` : ''}`);
  } else if (roles.length > 1) {
    parts.push(`${plural(roles.length, 'new match', 'new matches')} (best ${Math.max(...d.matches.map((m) => m.score ?? 0))})`);
  }
  if (d.closed.length) parts.push(`${plural(d.closed.length, 'saved posting')} closed`);
  if (d.warnings.length) parts.push(plural(d.warnings.length, 'health warning'));
  return `Scoutly: ${parts.join(', ')}`;
}

/** The URL a tap on the notification opens: the best new match's posting (none without matches). */
function clickUrl(d: Digest): string | null {
  const url = d.matches[0]?.url;
  return url && isWebUrl(url) ? url : null;
}

const WORKPLACE_LABELS: Record<string, string> = { remote: 'Remote', fullyremote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', inoffice: 'On-site' };

/** ATS feeds and the company's work model spell the workplace differently (`remote`, `FULLY_REMOTE` …). */
function workplaceLabel(raw: string | null): string | null {
  if (!raw) return null;
  return WORKPLACE_LABELS[raw.toLowerCase().replace(/[^a-z]/g, '')] ?? raw;
}

const whereOf = (m: DigestMatch) => {
  const workplace = workplaceLabel(m.workplace);
  const location = m.location && m.location.toLowerCase() !== workplace?.toLowerCase() ? m.location : null;
  return [workplace, location].filter((v): v is string => Boolean(v)).join(' · ');
};

/**
 * One role (same user, company and title) in one or more places: the postings stay distinct and each was
 * judged on its own place, so the places listed are those the user's analysis allowed. In the items' order
 * (best score first), each group led by its first; `apart` keeps items apart that it tells apart.
 */
export interface RoleGroup<T> {
  lead: T;
  members: T[];
}
type MatchGroup = RoleGroup<DigestMatch>;

export function groupByRole<T extends { user: string; company: string; title: string }>(items: readonly T[], apart?: (item: T) => unknown): RoleGroup<T>[] {
  const groups = new Map<string, RoleGroup<T>>();
  for (const m of items) {
    const key = JSON.stringify([m.user, m.company, roleKey(m.title), apart?.(m) ?? null]);
    const group = groups.get(key);
    if (group) group.members.push(m);
    else groups.set(key, { lead: m, members: [m] });
  }
  return [...groups.values()];
}

/** Places listed under one role; a role in more (a chain hiring in every city) counts the rest, so one item cannot fill a message. */
export const MAX_PLACES_LISTED = 8;

/** The oldest place's age, and whether any place is stale. */
const ageOf = (g: MatchGroup) => ({ days: Math.max(...g.members.map((m) => m.ageDays)), stale: g.members.some((m) => m.stale) });

/** `open 75 days · stale`, `reposted, changed: pay · your earlier match: applied`: our words, nothing from the page but the status. */
function notesOf(g: MatchGroup): string[] {
  const notes: string[] = [];
  const age = ageOf(g);
  if (age.stale) notes.push(`open ${plural(age.days, 'day')} · stale`);
  const repost = g.lead.repost;
  if (repost) {
    notes.push(`reposted${repost.change ? `, changed: ${repost.change}` : ''}${repost.earlierStatus ? ` · your earlier match: ${repost.earlierStatus.replace(/_/g, ' ')}` : ''}`);
  }
  return notes;
}

export interface RenderOptions {
  /** `markdown` escapes untrusted text and links; `slack` is Slack's mrkdwn; `text` is for plain e-mail. */
  style: 'markdown' | 'slack' | 'text';
  /** Budget of the body in UTF-8 bytes; items past it are counted, not listed. */
  maxBytes?: number;
  /** Shown next to each item when several users share the box. */
  showUser: boolean;
}

/** One block of lines per item, so a size cap drops whole items. */
function itemBlocks(d: Digest, o: RenderOptions): { section: string; blocks: string[] }[] {
  const md = o.style === 'markdown';
  const slack = o.style === 'slack';
  const t = md ? escapeMarkdown : slack ? escapeSlack : plain;
  const bold = (s: string) => (md ? `**${s}**` : slack ? `*${s}*` : s);
  const link = (label: string, url: string) => (md ? `[${label}](${mdUrl(url)})` : slack ? `<${slackUrl(url)}|${label}>` : url);
  const who = (user: string) => (o.showUser ? ` (for ${t(user)})` : '');
  const groups = groupByRole(d.matches);
  return [
    {
      section: bold(`New ${groups.length === 1 ? 'match' : 'matches'}`),
      blocks: groups.map((g) => {
        const m = g.lead;
        const lines = [`- ${bold(String(m.score ?? '?'))} ${t(m.company)}: ${t(clip(m.title, 120))}${who(m.user)}`];
        if (g.members.length === 1) {
          const where = whereOf(m);
          if (where) lines.push(`  ${t(clip(where, 100))}`);
        }
        for (const note of notesOf(g)) lines.push(`  ${t(note)}`);
        for (const r of m.reasons.slice(0, 3)) lines.push(`  + ${t(clip(r, 140))}`);
        // Each place is a posting of its own: its actions act on that place's match.
        const actionLinks = (p: DigestMatch, withOpen: boolean): string[] => {
          if (!withActions(p)) return [];
          const u = actionUrls(p);
          const links: [string, string][] = [[ACTION_LABELS.applied, u.confirmApplied], [ACTION_LABELS.discard, u.confirmDiscard]];
          if (withOpen) links.push([ACTION_LABELS.open, u.open]);
          // Plain text has no link labels: one labelled address per line, so each stays whole and tappable.
          return md || slack ? [links.map(([label, url]) => link(label, url)).join(' · ')] : links.map(([label, url]) => `${label}: ${url}`);
        };
        if (g.members.length === 1) {
          if (isWebUrl(m.url)) lines.push(`  ${link('Open the posting', m.url)}`);
          lines.push(...actionLinks(m, true).map((l) => `  ${l}`));
        } else {
          lines.push(`  ${plural(g.members.length, 'place')}:`);
          for (const p of g.members.slice(0, MAX_PLACES_LISTED)) {
            const where = t(clip(whereOf(p) || 'place not given', 100));
            lines.push(`  · ${isWebUrl(p.url) ? (o.style === 'text' ? `${where}: ${p.url}` : link(where, p.url)) : where}`);
            lines.push(...actionLinks(p, false).map((l) => `    ${l}`));
          }
          if (g.members.length > MAX_PLACES_LISTED) lines.push(`  · and ${plural(g.members.length - MAX_PLACES_LISTED, 'more place')}`);
        }
        return lines.join('\n');
      }),
    },
    {
      section: bold('Closed among your saved postings'),
      blocks: d.closed.map((c) => `- ${t(c.company)}: ${t(clip(c.title, 120))} (${c.status.replace(/_/g, ' ')})${who(c.user)}`),
    },
    { section: bold('Health'), blocks: d.warnings.map((w) => `- ${t(w.text)}`) },
  ].filter((s) => s.blocks.length > 0);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The digest body for ntfy (markdown) or a plain e-mail; listed best first, the rest counted. */
export function renderDigestText(d: Digest, o: RenderOptions): string {
  const dashboard = d.matches.find(withActions)?.actions.webUrl;
  const footer = (n: number) => `…and ${plural(n, 'more item')}: ${dashboard ? `see your matches at ${dashboard}/matches` : 'run `scoutly matches list` or open the report'}.`;
  const reserve = bytes(footer(9999)) + 2;
  const out: string[] = [];
  let used = 0;
  let left = 0;
  for (const s of itemBlocks(d, o)) {
    const header = `${out.length ? '\n' : ''}${s.section}`;
    let headerWritten = false;
    for (const block of s.blocks) {
      const cost = (headerWritten ? 0 : bytes(header) + 1) + bytes(block) + 1;
      if (left > 0 || (o.maxBytes !== undefined && used + cost > o.maxBytes - reserve)) {
        left += 1;
        continue;
      }
      if (!headerWritten) {
        out.push(header);
        headerWritten = true;
      }
      out.push(block);
      used += cost;
    }
  }
  if (left > 0) out.push('', footer(left));
  return out.join('\n');
}

/** The e-mail's HTML part: the same content, every untrusted string escaped. */
export function renderDigestHtml(d: Digest, showUser: boolean): string {
  const escapeHtml = (s: string) => escapeHtmlText(plain(s));
  const who = (user: string) => (showUser ? ` <small>(for ${escapeHtml(user)})</small>` : '');
  const href = (url: string) => (isWebUrl(url) ? escapeHtml(url) : '#');
  const parts: string[] = [`<h2 style="font-family:sans-serif">${escapeHtml(digestTitle(d))}</h2>`];
  if (d.matches.length) {
    const actionLinks = (m: DigestMatch, withOpen: boolean) => {
      if (!withActions(m)) return '';
      const u = actionUrls(m);
      const links = [[ACTION_LABELS.applied, u.confirmApplied], [ACTION_LABELS.discard, u.confirmDiscard], ...(withOpen ? [[ACTION_LABELS.open, u.open]] : [])];
      return links.map(([label, url]) => `<a href="${escapeHtml(url!)}">${label}</a>`).join(' · ');
    };
    const place = (m: DigestMatch) => {
      const actions = actionLinks(m, false);
      return `<a href="${href(m.url)}">${escapeHtml(whereOf(m) || 'place not given')}</a>${actions ? ` (${actions})` : ''}`;
    };
    const more = (n: number) => (n > MAX_PLACES_LISTED ? ` · and ${plural(n - MAX_PLACES_LISTED, 'more place')}` : '');
    parts.push('<h3>New matches</h3><ul>', ...groupByRole(d.matches).map((g) => {
      const m = g.lead;
      const single = g.members.length === 1;
      const where = single ? whereOf(m)
        : `${plural(g.members.length, 'place')}: ${g.members.slice(0, MAX_PLACES_LISTED).map(place).join(' · ')}${more(g.members.length)}`;
      const actions = single ? actionLinks(m, true) : '';
      return `<li><b>${m.score ?? '?'}</b> ${escapeHtml(m.company)}: <a href="${href(m.url)}">${escapeHtml(m.title)}</a>${who(m.user)}`
        + `${where ? `<br><small>${single ? escapeHtml(where) : where}</small>` : ''}`
        + notesOf(g).map((n) => `<br><small>${escapeHtml(n)}</small>`).join('')
        + `${m.reasons.length ? `<ul>${m.reasons.slice(0, 3).map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : ''}${actions ? `<br>${actions}` : ''}</li>`;
    }), '</ul>');
  }
  if (d.closed.length) {
    parts.push('<h3>Closed among your saved postings</h3><ul>',
      ...d.closed.map((c) => `<li>${escapeHtml(c.company)}: ${escapeHtml(c.title)} (${escapeHtml(c.status.replace(/_/g, ' '))})${who(c.user)}</li>`), '</ul>');
  }
  if (d.warnings.length) parts.push('<h3>Health</h3><ul>', ...d.warnings.map((w) => `<li>${escapeHtml(w.text)}</li>`), '</ul>');
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.4">${parts.join('\n')}</body></html>`;
}

/** ntfy's default message limit is 4,096 bytes; larger bodies turn into attachments. */
export const NTFY_MAX_BYTES = 4000;

/** The JSON publish body (POSTed to the server root) for one ntfy topic. */
export function ntfyMessage(d: Digest, topic: string, showUser: boolean): Record<string, unknown> {
  const click = clickUrl(d);
  return {
    topic,
    title: digestTitle(d),
    message: renderDigestText(d, { style: 'markdown', maxBytes: NTFY_MAX_BYTES, showUser }),
    markdown: true,
    priority: priorityFor(d),
    tags: [d.matches.length ? 'briefcase' : d.warnings.length ? 'warning' : 'wastebasket'],
    ...(click ? { click } : {}),
  };
}

/** ntfy shows at most three action buttons on a message. */
export const NTFY_MAX_ACTIONS = 3;
/** Matches that get a message of their own (with buttons) per digest, best first; more would bury the phone. */
export const NTFY_MAX_MATCH_MESSAGES = 5;

/** ntfy's buttons for one match: two API calls (no session: the token is the permission) and the dashboard. */
function ntfyActions(m: DigestMatch & { actions: MatchActions }): Record<string, unknown>[] {
  const u = actionUrls(m);
  // POST without headers or body: ntfy's web app sends it as a simple cross-origin request, no preflight.
  // `clear` drops the notification once the dashboard accepted; a refusal (a used token) leaves it.
  return [
    { action: 'http', label: ACTION_LABELS.applied, url: u.apiApplied, method: 'POST', clear: true },
    { action: 'http', label: ACTION_LABELS.discard, url: u.apiDiscard, method: 'POST', clear: true },
    { action: 'view', label: ACTION_LABELS.open, url: u.open },
  ].slice(0, NTFY_MAX_ACTIONS);
}

export interface NtfyPart {
  /** The digest items this message carries (what is recorded as told once it is accepted). */
  digest: Digest;
  body: Record<string, unknown>;
}

/**
 * The ntfy messages for a digest. Without actions, one message as `ntfyMessage` makes it. With them, a
 * button acts on one match and a message has at most three buttons, so each of the best
 * NTFY_MAX_MATCH_MESSAGES matches gets a message of its own with Applied, Not for me and Open; whatever
 * remains (further matches, with their links to the confirm page; closed postings; warnings) follows in one message.
 */
export function ntfyMessages(d: Digest, topic: string, showUser: boolean): NtfyPart[] {
  const own = d.matches.filter(withActions).slice(0, NTFY_MAX_MATCH_MESSAGES);
  const ownIds = new Set(own.map((m) => m.savedJobId));
  const parts: NtfyPart[] = own.map((m) => {
    const single: Digest = { matches: [m], closed: [], warnings: [] };
    return { digest: single, body: { ...ntfyMessage(single, topic, showUser), actions: ntfyActions(m) } };
  });
  const rest: Digest = { ...d, matches: d.matches.filter((m) => !ownIds.has(m.savedJobId)) };
  if (!isEmptyDigest(rest)) parts.push({ digest: rest, body: ntfyMessage(rest, topic, showUser) });
  return parts;
}

/** The generic webhook body: every item with its fields, plus the rendered text for chat tools. */
export function webhookMessage(d: Digest, nowMs: number, showUser: boolean): Record<string, unknown> {
  return {
    type: 'scoutly.digest',
    version: 1,
    sentAt: new Date(nowMs).toISOString(),
    // `title` and `text` are Markdown with page text escaped, for chat tools; the items' fields are the data.
    title: digestTitle(d, escapeMarkdown),
    priority: priorityFor(d),
    text: renderDigestText(d, { style: 'markdown', showUser }),
    matches: d.matches.map((m) => {
      const { key: _key, userId: _userId, actions: _actions, ...fields } = m;
      if (!withActions(m)) return fields;
      const u = actionUrls(m);
      return { ...fields, actions: { applied: u.confirmApplied, notForMe: u.confirmDiscard, open: u.open } };
    }),
    closed: d.closed.map(({ key: _key, closedAt, ...c }) => ({ ...c, closedAt: new Date(closedAt).toISOString() })),
    warnings: d.warnings.map((w) => w.text),
  };
}

/** Slack's documented limits for an incoming webhook: a section's text ≤ 3,000 characters, a header's ≤ 150. */
export const SLACK_SECTION_MAX = 3000;
export const SLACK_HEADER_MAX = 150;

/** Slack's incoming-webhook body: `text` (the notification and fallback) and Block Kit blocks with the digest. */
export function slackMessage(d: Digest, showUser: boolean): Record<string, unknown> {
  const title = digestTitle(d);
  // Bytes bound characters from above, so a byte budget keeps the section under its character limit.
  const body = renderDigestText(d, { style: 'slack', maxBytes: SLACK_SECTION_MAX - 100, showUser });
  return {
    text: digestTitle(d, escapeSlack),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(title, SLACK_HEADER_MAX - 1), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: body } },
    ],
    unfurl_links: false,
  };
}

/** Discord's documented limits: `content` ≤ 2,000 characters; an embed's title ≤ 256, description ≤ 4,096, all embeds ≤ 6,000. */
export const DISCORD_CONTENT_MAX = 2000;
export const DISCORD_TITLE_MAX = 256;
export const DISCORD_DESCRIPTION_MAX = 4096;

/** Discord's execute-webhook body: a one-line `content`, one embed with the digest, and no pings from page text. */
export function discordMessage(d: Digest, showUser: boolean): Record<string, unknown> {
  // Discord renders Markdown and masked links in `content` as in the embed: a single match's title is page text.
  const title = digestTitle(d, escapeMarkdown);
  const click = clickUrl(d);
  return {
    content: clip(title, DISCORD_CONTENT_MAX - 1),
    embeds: [{
      title: clip(title, DISCORD_TITLE_MAX - 1),
      description: renderDigestText(d, { style: 'markdown', maxBytes: DISCORD_DESCRIPTION_MAX - 200, showUser }),
      ...(click ? { url: click } : {}),
      color: d.matches.length ? 0x2e7d32 : d.warnings.length ? 0xf9a825 : 0x757575,
    }],
    // A title saying "@everyone" must not ping a server.
    allowed_mentions: { parse: [] },
  };
}
