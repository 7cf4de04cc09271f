// Personio: the XML feed of a tenant's positions (no URLs in it: built from the position id). Values
// are CDATA sections, often with white space around them (as in Personio's own example), or escaped text.

import { boardToken, firstBoardIn } from '../boardToken.js';
import { decodeEntities, htmlToText } from '../normalize.js';
import { dateMs, joinPlaces } from '../feed.js';
import { RetryableError } from '../../core/errors.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

/** An element's text: CDATA sections taken as they are, the rest with entities decoded. */
function textOf(inner: string): string {
  return inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) =>
    part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)).join('').trim();
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);
}

const first = (xml: string, name: string) => {
  const inner = elements(xml, name)[0];
  return inner === undefined ? null : textOf(inner) || null;
};

/** Pure: positions of a Personio XML feed. */
export function parsePersonioXml(xml: string, host: string): RawPosting[] {
  return elements(xml, 'position').map((p) => {
    // Nested lists are read on their own, so their <name> and <office> never pass for the position's.
    const descriptions = elements(p, 'jobDescriptions').join('');
    const additional = elements(p, 'additionalOffices').join('');
    const own = p.replace(/<jobDescriptions>[\s\S]*?<\/jobDescriptions>|<additionalOffices>[\s\S]*?<\/additionalOffices>/g, '');
    const id = first(own, 'id');
    const text = elements(descriptions, 'jobDescription')
      .map((d) => `${first(d, 'name') ?? ''}\n${htmlToText(first(d, 'value') ?? '')}`.trim()).filter(Boolean).join('\n\n');
    return {
      sourceId: id, title: first(own, 'name') ?? '', url: `https://${host}/job/${id}`,
      location: joinPlaces([first(own, 'office'), ...elements(additional, 'office').map(textOf)]),
      department: first(own, 'department'), descriptionText: text || null, publishedAt: dateMs(first(own, 'createdAt')),
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
  return parsePersonioXml(r.text, ref.token);
}

export const personioSource: FeedSource = {
  kind: 'personio', fromUrl, fromHtml, fetch: fetchPersonio, filterParams: [], pageParams: {},
};
