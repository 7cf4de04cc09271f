// Personio: the XML feed of a tenant's positions (no URLs in it: built from the position id).
import { decodeEntities, htmlToText } from '../normalize.js';
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decodeEntities(m[1]!.replace(/^<!\[CDATA\[|\]\]>$/g, '').trim()) : null;
};

/** Pure: positions of a Personio XML feed. */
export function parsePersonioXml(xml: string, host: string): RawPosting[] {
  const positions = xml.match(/<position>[\s\S]*?<\/position>/g) ?? [];
  return positions.map((p) => {
    const id = tag(p, 'id');
    const descriptions = (p.match(/<jobDescription>[\s\S]*?<\/jobDescription>/g) ?? [])
      .map((d) => `${tag(d, 'name') ?? ''}\n${htmlToText(tag(d, 'value') ?? '')}`).join('\n\n');
    return {
      sourceId: id, title: tag(p, 'name') ?? '', url: `https://${host}/job/${id}`, location: tag(p, 'office'),
      department: tag(p, 'department'), descriptionText: descriptions || null, publishedAt: dateMs(tag(p, 'createdAt')),
    };
  });
}

export async function fetchPersonio(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const r = await ctx.http.getText(ctx.http.atsUrl('personio', token, '/xml?language=en'), { signal: ctx.signal });
  return parsePersonioXml(r.text, token);
}
