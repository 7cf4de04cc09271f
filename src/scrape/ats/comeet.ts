// Comeet (Spark Hire Recruit) Careers API: a company's published positions in one list, read with the
// company's UID and its public careers token. A hosted careers URL (`www.comeet.com/jobs/SLUG/UID`) gives
// the UID only: the token is read from the hosted page's COMPANY_DATA at each scrape, as the page itself
// does. An embed on a company's own page (`COMEET.init({token, "company-uid"})`) gives both. No paging,
// no server-side filters.

import { z } from 'zod';
import { boardToken, firstBoardIn, tokenShape } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, identityOrLink, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { scriptTexts } from '../markup.js';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = /^(www\.)?comeet\.(com|co)$/;
/** Company UIDs are two hex digits, a dot, three more ("61.005", "D6.000"). */
const COMPANY_UID = /^[0-9A-F]{2}\.[0-9A-F]{3}$/i;

const text = z.string().nullish();
// A position needs a name and one of its pages' URLs (the hosted page, else the active page).
const positions = postingList(identityOrLink(z.object({
  uid: text, name: z.string(), department: text, url_comeet_hosted_page: text, url_active_page: text,
  time_updated: text, workplace_type: text, is_internal: z.boolean().nullish(),
  location: z.object({ name: text, city: text, state: text, country: text, is_remote: z.boolean().nullish() }).nullish(),
  details: z.array(z.object({ name: text, value: text, order: z.number().nullish() })).nullish(),
}), 'url_comeet_hosted_page', 'url_active_page'));

interface Credentials { uid: string; token: string }

const companyUid = (v: string | null | undefined) => (v && COMPANY_UID.test(v) ? v.toUpperCase() : null);
/** The UID and careers token when both have their shapes. */
function credentialsOf(uid: string | null | undefined, token: string | null | undefined): Credentials | null {
  const u = companyUid(uid);
  const t = tokenShape(token);
  return u && t ? { uid: u, token: t } : null;
}
/** A board read directly, without the hosted page: `UID|TOKEN`. */
const direct = (c: Credentials | null) => (c ? `${c.uid}|${c.token}` : null);

function fromUrl(url: URL): BoardRef | null {
  if (!HOST.test(url.hostname.toLowerCase())) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  let token: string | null = null;
  if (segs[0] === 'careers-api' && segs[2] === 'company') {
    // www.comeet.co/careers-api/2.0/company/UID/positions?token=TOKEN
    token = direct(credentialsOf(segs[3], url.searchParams.get('token')));
  } else if (segs[0] === 'jobs' && companyUid(segs[1])) {
    // The application form, www.comeet.co/jobs/UID/POSITION/apply?token=TOKEN, names no slug.
    token = direct(credentialsOf(segs[1], url.searchParams.get('token')));
  } else if (segs[0] === 'jobs') {
    // The hosted careers site: /jobs/SLUG/UID[/position-slug/POSITION_UID]
    const slug = boardToken(segs[1]);
    const uid = companyUid(segs[2]);
    token = slug && uid ? `${slug}/${uid}` : null;
  }
  return token ? { token, filter: filterFromUrl(url, ['token', 'details']) } : null;
}

/** The value of `key` in a JS object literal (quoted or bare key, either quote) in `part`. */
const literal = (part: string, key: string) =>
  new RegExp(`(?<![\\w-])["']?${key}["']?\\s*:\\s*["']([^"']*)["']`).exec(part)?.[1] ?? null;

/** The company's UID and token from a page's `COMEET.init({...})` or `COMPANY_DATA = {...}` (a hosted page on the company's domain). */
function pageConfig(html: string): Credentials | null {
  for (const [marker, uidKey] of [[/COMEET\.init\s*\(/, 'company-uid'], [/COMPANY_DATA\s*=/, 'company_uid']] as const) {
    const at = html.search(marker);
    const part = at < 0 ? null : html.slice(at, at + 4000);
    const found = part ? credentialsOf(literal(part, uidKey), literal(part, 'token')) : null;
    if (found) return found;
  }
  return null;
}

function fromHtml(html: string): BoardRef | null {
  const config = direct(pageConfig(html));
  if (config) return { token: config, filter: null };
  return firstBoardIn(html, /https?:\/\/(?:www\.)?comeet\.(?:com|co)\/(?:jobs|careers-api)\/[^"'\s<>]+/g, fromUrl);
}

/** UID and token for a board: as stored, or from the hosted page, which must be the same company's. */
async function credentials(ref: BoardRef, ctx: ScrapeContext): Promise<Credentials> {
  const [uidPart, tokenPart] = ref.token.split('|');
  const stored = tokenPart === undefined ? null : credentialsOf(uidPart, tokenPart);
  if (stored) return stored;
  const [slug, uid] = ref.token.split('/');
  if (!boardToken(slug) || !companyUid(uid)) {
    throw new PermanentError('invalid_payload', 'a comeet board is SLUG/UID (as in www.comeet.com/jobs/SLUG/UID) or UID|TOKEN; ' +
      'set it again with `scoutly companies set-source SLUG https://www.comeet.com/jobs/SLUG/UID`');
  }
  const url = ctx.http.atsUrl('comeet', 'www.comeet.com', `/jobs/${encodeURIComponent(slug!)}/${encodeURIComponent(uid!)}`);
  // Read from the page's scripts (capped parser), where COMPANY_DATA is set, not from the whole answer.
  const config = scriptTexts((await ctx.http.getText(url, { signal: ctx.signal })).text).map(pageConfig).find((c) => c !== null) ?? null;
  if (!config || config.uid !== uid!.toUpperCase()) {
    throw new RetryableError('extraction_drift', `comeet ${ref.token}: the hosted careers page no longer carries this company's UID and careers token`);
  }
  return config;
}

async function fetchComeet(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const { uid, token } = await credentials(ref, ctx);
  const url = ctx.http.atsUrl('comeet', 'www.comeet.co',
    `/careers-api/2.0/company/${encodeURIComponent(uid)}/positions?token=${encodeURIComponent(token)}&details=true`);
  const data = parseFeed(positions, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  // Internal positions are for employees only.
  return data.filter((p) => p.is_internal !== true).map((p) => {
    const l = p.location;
    const details = [...(p.details ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return {
      sourceId: p.uid ?? null, title: p.name,
      // The hosted page is per position; the active page may be one careers URL for every position.
      url: (p.url_comeet_hosted_page || p.url_active_page)!,
      location: joinPlaces([l?.name ?? ([l?.city, l?.state, l?.country].filter(Boolean).join(', ') || null)]),
      // workplace_type is authoritative: is_remote (deprecated) is also set for hybrid positions.
      workplaceType: workplaceFromText(p.workplace_type) ?? (l?.is_remote ? 'Remote' : null),
      department: p.department ?? null,
      descriptionText: details.map((d) => `${d.name ?? ''}\n${htmlToText(d.value ?? '')}`.trim()).filter(Boolean).join('\n\n') || null,
      publishedAt: dateMs(p.time_updated),
    };
  });
}

export const comeetSource: FeedSource = {
  kind: 'comeet', fromUrl, fromHtml, fetch: fetchComeet, filterParams: [], pageParams: {},
};
