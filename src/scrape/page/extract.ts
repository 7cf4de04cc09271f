// Pure choice of postings among what a careers page shows: JSON-LD JobPosting first, then links inside
// the company's selector, else job-like links outside navigation, footers and blogs.

import { joinPlaces } from '../feed.js';
import { decodeEntities, htmlToText, MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import type { RawPosting } from '../types.js';

export interface PageLink {
  text: string;
  href: string;
  /** Inside nav, header or footer. */
  inChrome: boolean;
}

export interface PageSnapshot {
  jsonLd: unknown[];
  /** Links inside the selector when one was given and found, else every link on the page. */
  links: PageLink[];
  selectorFound: boolean;
}

const NOT_A_POSTING = /\b(log ?in|sign ?(in|up)|cookie|privacy|terms|imprint|legal|about( us)?|contact|help|support|blog|news|press|events?|faq|benefits|our (team|story|values)|life at|culture|home|apply now|all jobs|view all|see all|newsletter|subscribe|investors?|next( page)?|prev(ious)?( page)?|load more|show more|page \d+)\b/i;
/** Controls, never postings, wherever they are: paging and "more" buttons. */
const PAGINATION = /^(next|next page|prev(ious)?|prev(ious)? page|load more|show more|more jobs|see all( jobs)?|view all( jobs)?|all jobs|page \d+|\d+|[‹›«»<>]+)$/i;
const JOB_PATH = /\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|roles?|opportunit(y|ies))\/[^/?#]+|[?&](gh_jid|ashby_jid|jobid|job_id)=/i;
const ROLE_WORD = /\b(engineer|developer|designer|manager|lead|head of|director|analyst|scientist|architect|specialist|consultant|intern|associate|writer|editor|recruiter|marketer|administrator|representative|officer|coordinator|technician|sre|devops|product|support engineer)\b/i;

/** "Berlin, DE" from a schema.org PostalAddress (its country may be a Country object or a code). */
function placeText(address: unknown): string | null {
  if (typeof address === 'string') return address;
  if (!address || typeof address !== 'object') return null;
  const a = address as { addressLocality?: unknown; addressRegion?: unknown; addressCountry?: unknown };
  const country = typeof a.addressCountry === 'object' && a.addressCountry ? (a.addressCountry as { name?: unknown }).name : a.addressCountry;
  return [a.addressLocality, a.addressRegion, country].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(', ') || null;
}

/** JobPosting items of a page's JSON-LD blocks (in arrays and `@graph`s), walked without recursion: a block nested a million deep is no stack overflow. */
function jobPostingsFromJsonLd(items: unknown[], pageUrl: string): RawPosting[] {
  const out: RawPosting[] = [];
  // Last in, first out: an object's `@graph` is pushed after the object itself, so its postings come first.
  const stack: { node: unknown; graphDone?: boolean }[] = [{ node: items }];
  while (stack.length > 0) {
    const { node, graphDone } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i] });
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const o = node as Record<string, unknown>;
    if (!graphDone && Array.isArray(o['@graph'])) {
      stack.push({ node, graphDone: true }, { node: o['@graph'] });
      continue;
    }
    const type = o['@type'];
    const posting = type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting')) ? jobPosting(o, pageUrl) : null;
    // One more than is kept is enough to warn that a page shows too many (each costs its description's parse).
    if (posting && out.push(posting) > MAX_POSTINGS_PER_SCRAPE) break;
  }
  return out;
}

/** A JobPosting item as a posting; null when its `url` is no URL. */
function jobPosting(o: Record<string, unknown>, pageUrl: string): RawPosting | null {
  const places = (Array.isArray(o.jobLocation) ? o.jobLocation : [o.jobLocation]) as ({ address?: unknown } | undefined)[];
  let url = pageUrl;
  try {
    if (typeof o.url === 'string') url = new URL(o.url, pageUrl).toString();
  } catch {
    return null;
  }
  const identifier = o.identifier as { value?: unknown } | string | undefined;
  return {
    sourceId: typeof identifier === 'string' ? identifier : identifier?.value !== undefined ? String(identifier.value) : null,
    title: decodeEntities(String(o.title ?? '')), url,
    location: joinPlaces(places.map((p) => placeText(p?.address))),
    workplaceType: o.jobLocationType === 'TELECOMMUTE' || (Array.isArray(o.jobLocationType) && o.jobLocationType.includes('TELECOMMUTE')) ? 'Remote' : null,
    descriptionText: typeof o.description === 'string' ? htmlToText(o.description) : null,
    publishedAt: typeof o.datePosted === 'string' && Number.isFinite(Date.parse(o.datePosted)) ? Date.parse(o.datePosted) : null,
  };
}

export function postingsFromSnapshot(snapshot: PageSnapshot, pageUrl: string): RawPosting[] {
  const fromLd = jobPostingsFromJsonLd(snapshot.jsonLd, pageUrl);
  if (fromLd.length > 0) return fromLd;
  const page = new URL(pageUrl);
  return snapshot.links
    .filter((l) => {
      const text = l.text.replace(/\s+/g, ' ').trim();
      if (text.length < 4 || text.length > 200 || PAGINATION.test(text)) return false;
      // The user's selector says what a posting is; the word list only keeps the guesser off navigation.
      if (!snapshot.selectorFound && NOT_A_POSTING.test(text)) return false;
      let href: URL;
      try {
        href = new URL(l.href);
      } catch {
        return false;
      }
      if (!/^https?:$/.test(href.protocol)) return false;
      if (href.origin === page.origin && href.pathname === page.pathname && href.search === page.search) return false; // same-page anchors
      if (snapshot.selectorFound) return true;
      return !l.inChrome && (JOB_PATH.test(href.pathname + href.search) || ROLE_WORD.test(text));
    })
    .map((l) => ({ sourceId: null, title: l.text.replace(/\s+/g, ' ').trim(), url: l.href }));
}
