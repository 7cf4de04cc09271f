// Pure posting normalisation: canonical URLs, HTML → text, entities decoded until stable, the posting key and
// the content hash.

import { createHash } from 'node:crypto';
import { decodeHTMLStrict } from 'entities';
import { parseMarkup } from './markup.js';
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

/**
 * How many times text is unescaped at most. Feeds escape their HTML once (Greenhouse), some boards escape
 * text twice more (`&amp;amp;nbsp;` in a pay block); each round is linear, so the bound keeps it so.
 */
export const MAX_DECODE_ROUNDS = 4;
/** htmlToText reads at most this much of one fragment: a stored description keeps 50,000 characters of text. */
export const MAX_HTML_CHARS = 1_000_000;
/** htmlToText stops collecting text beyond this (twice what is stored, for the spaces folded away). */
const MAX_TEXT_CHARS = 100_000;

/** Decodes while that changes anything and `more` holds, at most MAX_DECODE_ROUNDS times. */
function decodeRounds(text: string, more: (current: string) => boolean): string {
  let current = text;
  for (let round = 0; round < MAX_DECODE_ROUNDS && current.includes('&') && more(current); round++) {
    const next = decodeHTMLStrict(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Text with HTML's character references decoded, again while that changes anything (at most
 * MAX_DECODE_ROUNDS): "R&amp;amp;D" becomes "R&D". Only references with their semicolon count, so a
 * decoded "&not" in "&notify" stays as written.
 */
export const decodeEntities = (text: string): string => decodeRounds(text, () => true);

/** Content that is never rendered as text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
/** Elements whose end starts a new line, and table and definition cells whose end leaves a space. */
const LINE_END = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'section', 'tr']);
const CELL_END = new Set(['td', 'th', 'dt', 'dd']);

/**
 * Visible text of an HTML fragment: no scripts, styles or comments; block elements become line breaks,
 * inline tags join their text ("<b>Node.js</b>," stays "Node.js,"). One pass of the HTML parser (depth
 * capped, see markup.ts); markup that arrives escaped (no real tag, `&lt;p&gt;`) is unescaped first.
 */
export function htmlToText(html: string): string {
  const source = decodeRounds(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, (s) => !s.includes('<'));
  const parts: string[] = [];
  let length = 0;
  let hidden = 0;
  const add = (text: string) => {
    if (hidden > 0 || length > MAX_TEXT_CHARS) return;
    parts.push(text);
    length += text.length;
  };
  parseMarkup(source, {
    onopentag(name) {
      if (NOT_TEXT.has(name)) hidden++;
      else if (name === 'li') add('• ');
      else if (name === 'br') add('\n');
    },
    onclosetag(name) {
      if (NOT_TEXT.has(name)) hidden--;
      else if (LINE_END.has(name)) add('\n');
      else if (CELL_END.has(name)) add(' ');
    },
    ontext: add,
  });
  // Text the parser decoded once may still hold a reference escaped twice ("&amp;mdash;" → "&mdash;").
  return decodeEntities(parts.join('')).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
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

/**
 * A field is cut to this many times its stored length before it is decoded: decoding and folding spaces only
 * shrink it, and a 10 MB "title" is not decoded to keep 300 characters of it.
 */
const READ_FACTOR = 8;

/** Plain text: entities decoded until stable (feeds and pages leave `&amp;` and `&nbsp;` in names, some twice), at most `max` characters. */
const plain = (v: string | null | undefined, max: number, fold: (s: string) => string) => {
  const t = v ? fold(decodeEntities(v.trim().slice(0, max * READ_FACTOR))).trim() : null;
  return t ? t.slice(0, max) : null;
};
/** One line: spaces folded. */
const clean = (v: string | null | undefined, max: number) => plain(v, max, (s) => s.replace(/\s+/g, ' '));

export function normalizePosting(raw: RawPosting): NormalizedPosting {
  const url = canonicalUrl(raw.url);
  const title = clean(raw.title, 300) ?? '(untitled)';
  const descriptionText = plain(raw.descriptionText, 50_000, (s) => s);
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
