// Personio: the XML feed of a tenant's positions (no URLs in it: built from the position id). Values
// are CDATA sections, often with white space around them (as in Personio's own example), or escaped text.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, joinPlaces, parseFeed, postingList } from '../feed.js';
import { parseMarkup } from '../markup.js';
import { RetryableError } from '../../core/errors.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

/** The child elements of a `<position>` that Scoutly reads (the first of each). */
const FIELDS = ['id', 'name', 'office', 'department', 'createdAt'] as const;

/** One `<position>` as read from the XML: its own fields' texts, its other offices, its description sections. */
type PositionXml = Partial<Record<(typeof FIELDS)[number], string>> & {
  additionalOffices: string[];
  jobDescriptions: { name?: string; value?: string }[];
};

const text = z.string().transform((s) => s.trim());
const position = z.object({
  id: text.pipe(z.string().regex(/^\d+$/, 'expected a numeric id')), name: text.pipe(z.string().min(1, 'expected a name')),
  office: text.nullish(), department: text.nullish(), createdAt: text.nullish(),
  additionalOffices: z.array(text),
  jobDescriptions: z.array(z.object({ name: text.nullish(), value: z.string().nullish() })),
});

/**
 * The positions of a Personio XML feed, each with the texts of its own child elements (a nested list's
 * `<name>` and `<office>` never pass for the position's); CDATA is text as it is, other text has XML's
 * entities decoded. A `<position>` inside another is no position of its own. One pass of htmlparser2 in
 * XML mode (markup.ts: linear, depth capped, no DTD read, so no entity of the feed's own expands); each
 * position then goes through the same per-posting check as the JSON feeds (parsePersonioXml).
 */
export function readPersonioXml(xml: string): PositionXml[] {
  const positions: PositionXml[] = [];
  const open: string[] = [];
  /** The text of each open element, its own text only (children's text goes to their own). */
  const texts: string[] = [];
  let current: PositionXml | null = null;
  let at = -1; // where `current` opened in `open`
  let section: { name?: string; value?: string } | null = null;
  parseMarkup(xml, {
    onopentagname(name) {
      open.push(name);
      texts.push('');
      if (name === 'position' && !current) {
        current = { additionalOffices: [], jobDescriptions: [] };
        at = open.length - 1;
      } else if (current && name === 'jobDescription' && open.length - at === 3 && open[at + 1] === 'jobDescriptions') section = {};
    },
    ontext(data) {
      if (texts.length) texts[texts.length - 1] += data;
    },
    onclosetag(name) {
      const value = texts.pop() ?? '';
      const depth = open.length - 1 - at; // below the position: 1 = its own field
      open.pop();
      if (!current) return;
      const parent = open[open.length - 1];
      if (depth === 0) {
        positions.push(current);
        current = null;
      } else if (depth === 1) {
        const field = FIELDS.find((f) => f === name);
        if (field && current[field] === undefined) current[field] = value;
      } else if (depth === 2 && name === 'office' && parent === 'additionalOffices') current.additionalOffices.push(value);
      else if (depth === 3 && section && parent === 'jobDescription' && (name === 'name' || name === 'value')) section[name] = value;
      else if (depth === 2 && name === 'jobDescription' && section) {
        current.jobDescriptions.push(section);
        section = null;
      }
    },
  }, { xmlMode: true });
  return positions;
}

/** Pure: postings of a Personio XML feed (positions without an id or a name are dropped, as drift). */
export function parsePersonioXml(xml: string, host: string, url = `https://${host}/xml`): RawPosting[] {
  const { positions } = parseFeed(z.object({ positions: postingList(position) }), { positions: readPersonioXml(xml) }, url);
  return positions.map((p) => {
    const description = p.jobDescriptions.map((d) => `${d.name ?? ''}\n${htmlToText(d.value ?? '')}`.trim()).filter(Boolean).join('\n\n');
    return {
      sourceId: p.id, title: p.name, url: `https://${host}/job/${p.id}`,
      location: joinPlaces([p.office, ...p.additionalOffices]), department: p.department || null,
      descriptionText: description || null, publishedAt: dateMs(p.createdAt),
    };
  });
}

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.jobs\.personio\.(de|com)$/.exec(url.hostname.toLowerCase());
  return m && boardToken(m[1]) ? { token: url.hostname.toLowerCase(), filter: filterFromUrl(url, ['language']) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.jobs\.personio\.(?:de|com)(?:\/[^"'\s<>]*)?/g, fromUrl);

async function fetchPersonio(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('personio', ref.token, '/xml?language=en');
  const r = await ctx.http.getText(url, { signal: ctx.signal });
  if (!/<workzag-jobs[\s>]|<position[\s>]/.test(r.text) && !/<workzag-jobs\s*\/>/.test(r.text)) {
    throw new RetryableError('extraction_drift', `${ref.token}: the Personio feed is not the XML it used to be`);
  }
  return parsePersonioXml(r.text, ref.token, url);
}

export const personioSource: FeedSource = {
  kind: 'personio', fromUrl, fromHtml, fetch: fetchPersonio, filterParams: [], pageParams: {},
};
