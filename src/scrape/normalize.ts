// Pure posting normalisation: canonical URLs, HTML → text, the posting key and the content hash.

import { createHash } from 'node:crypto';
import type { RawPosting } from './types.js';

const TRACKING_PARAMS = /^(utm_[a-z]+|gh_src|lever-source|source|ref|src|fbclid|gclid)$/i;

/** Drops fragments and tracking parameters, sorts the rest, so one advert has one URL. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
    u.searchParams.sort();
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
    return u.toString();
  } catch {
    return url.trim();
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Visible text of an HTML fragment: no scripts, styles or comments; block elements become line breaks. */
export function htmlToText(html: string): string {
  const text = decodeEntities(
    decodeEntities(html) // some ATS double-encode their HTML
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|ul|ol|section|tr)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '• ')
      .replace(/<\/(td|th|dt|dd)>/gi, ' ')
      .replace(/<[^<>]+>/g, ''), // inline tags join their text: "<b>Node.js</b>," stays "Node.js,"; a stray `<` ("5 < 10") is text
  );
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

export interface NormalizedPosting {
  postingKey: string;
  sourceId: string | null;
  title: string;
  url: string;
  location: string | null;
  workplaceType: string | null;
  department: string | null;
  descriptionText: string | null;
  publishedAt: number | null;
  compensation: string | null;
  contentHash: string;
}

/** One line of plain text: entities decoded (feeds and pages leave `&amp;` and `&nbsp;` in names), spaces folded. */
const clean = (v: string | null | undefined, max: number) => {
  const t = v ? decodeEntities(v).replace(/\s+/g, ' ').trim() : null;
  return t ? t.slice(0, max) : null;
};

export function normalizePosting(raw: RawPosting): NormalizedPosting {
  const url = canonicalUrl(raw.url);
  const title = clean(raw.title, 300) ?? '(untitled)';
  const descriptionText = raw.descriptionText?.trim() ? raw.descriptionText.trim().slice(0, 50_000) : null;
  const location = clean(raw.location, 300);
  const contentHash = createHash('sha256').update(JSON.stringify([title, location, descriptionText ?? ''])).digest('hex');
  return {
    postingKey: raw.sourceId ? `id:${raw.sourceId}` : `url:${url}`,
    sourceId: raw.sourceId, title, url, location, workplaceType: clean(raw.workplaceType, 50), department: clean(raw.department, 200),
    descriptionText, publishedAt: raw.publishedAt ?? null, compensation: clean(raw.compensation, 200), contentHash,
  };
}

/** More than this from one scrape is a page gone wrong (or hostile), not a company's openings. */
export const MAX_POSTINGS_PER_SCRAPE = 2000;
/** Longer URLs are not postings' addresses (one of 50 KB once pushed every other item out of a digest). */
export const MAX_URL_LENGTH = 2048;

/** Normalises and drops duplicates (same key), keeping the first; at most MAX_POSTINGS_PER_SCRAPE. */
export function normalizeAll(raws: readonly RawPosting[]): NormalizedPosting[] {
  const seen = new Set<string>();
  const out: NormalizedPosting[] = [];
  for (const raw of raws) {
    if (out.length >= MAX_POSTINGS_PER_SCRAPE) break;
    if (!raw.title?.trim() || !raw.url || raw.url.length > MAX_URL_LENGTH) continue;
    const p = normalizePosting(raw);
    if (seen.has(p.postingKey)) continue;
    seen.add(p.postingKey);
    out.push(p);
  }
  return out;
}
