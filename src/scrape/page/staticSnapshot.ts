// Pure reading of a careers page's HTML without a browser: the same snapshot Chromium's path takes (JSON-LD,
// links inside the company's selector or on the whole page, each with the title a person reads), so both
// paths share one extraction (extract.ts). What CSS alone decides (sizes, visibility) is read from markup cues.

import { selectAll, selectOne } from 'css-select';
import { hasChildren, isTag, isText, type AnyNode, type ChildNode, type Document, type Element } from 'domhandler';
import { parseHtmlDocument } from '../markup.js';
import type { PageLink, PageSnapshot } from './extract.js';

/** A selector the HTML reader cannot apply (Chromium may): the page is read in the browser instead. */
export class SelectorUnsupportedError extends Error {
  override readonly name = 'SelectorUnsupportedError';
}

const NEVER_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul']);
const HEADING = /^h[1-6]$/;
/** Classes that hide an element visually in every common stylesheet (screen-reader labels, utility classes). */
const HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|hidden|d-none|is-hidden|u-hidden)(\s|$)/i;
/** Markup that names the title among a card's texts, where the browser would see the larger font. */
const TITLE_CLASS = /title|heading|position|job-?name|role-?name|posting-?name/i;
const MAX_LINKS = 5000;
/**
 * A link's title is read from at most this many of its nodes: a job card has tens. Without a bound, a link
 * wrapping the whole page (or 256 links nested in one another) would have the page read again per link.
 */
const MAX_NODES_PER_LINK = 2000;
/** "Next", "›": a pagination link is a few nodes; a bigger one is not read for it. */
const MAX_NODES_PER_PAGER = 20;

const all = (query: string, root: AnyNode): Element[] => selectAll<AnyNode, Element>(query, root);
const one = (query: string, root: AnyNode): Element | null => selectOne<AnyNode, Element>(query, root);

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || NEVER_RENDERED.has(el.name)) return true;
  const style = (a.style ?? '').replace(/\s+/g, '').toLowerCase();
  return /display:none|visibility:hidden/.test(style) || HIDDEN_CLASS.test(a.class ?? '');
}

/**
 * Walks the nodes below `root` in document order, at most `limit` of them, without recursion. `visit`
 * returns null to skip a node's children, else the context its children get and what to do after them.
 */
function walkBelow<C>(root: Element, context: C, limit: number, visit: (node: ChildNode, context: C) => { into: C; after?: () => void } | null): void {
  const frames: { nodes: ChildNode[]; next: number; context: C; after?: () => void }[] = [{ nodes: root.children, next: 0, context }];
  for (let seen = 0; frames.length > 0;) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      frames.pop();
      frame.after?.();
      continue;
    }
    if (++seen > limit) return;
    const node = frame.nodes[frame.next++]!;
    const entered = visit(node, frame.context);
    if (entered && hasChildren(node)) frames.push({ nodes: node.children, next: 0, context: entered.into, after: entered.after });
    else entered?.after?.();
  }
}

/** Visible text as innerText gives it, whitespace folded: blocks and line breaks separate words, inline tags do not. */
function visibleText(el: Element, limit = MAX_NODES_PER_LINK): string {
  const parts: string[] = [];
  walkBelow(el, null, limit, (n) => {
    if (isText(n)) parts.push(n.data);
    if (!isTag(n) || hidden(n)) return null;
    if (!BLOCK.has(n.name)) return { into: null };
    parts.push(' ');
    return { into: null, after: () => void parts.push(' ') };
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The first heading inside a link (hidden or not, as a selector would find it), within the link's node budget. */
function headingIn(a: Element): Element | null {
  let found: Element | null = null;
  walkBelow(a, null, MAX_NODES_PER_LINK, (n) => {
    if (found || !isTag(n)) return null;
    if (HEADING.test(n.name) || n.attribs.role === 'heading') found = n;
    return found ? null : { into: null };
  });
  return found;
}

/** How prominent a text is, from markup: headings, then elements named as titles, then bold, then the rest. */
function prominence(el: Element): number {
  if (HEADING.test(el.name)) return 100 - Number(el.name[1]) * 10;
  if (el.attribs.role === 'heading') return 40;
  if (TITLE_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.itemprop ?? ''}`)) return 35;
  if (el.name === 'strong' || el.name === 'b') return 20;
  return 10;
}

function titleOf(a: Element): string {
  const heading = headingIn(a);
  if (heading && !hidden(heading)) {
    const text = visibleText(heading);
    if (text) return text;
  }
  const label = a.attribs['aria-label']?.trim();
  if (label) return label;
  if (hidden(a)) return visibleText(a);
  // Each element's own text (its text children, joined) with the prominence it has or inherits; in
  // document order of the elements, each chunk placed when its element is entered.
  const chunks: { texts: string[]; weight: number }[] = [];
  const own = { texts: [] as string[], weight: 10 };
  chunks.push(own);
  walkBelow(a, own, MAX_NODES_PER_LINK, (n, parent) => {
    if (isText(n)) parent.texts.push(n.data);
    if (!isTag(n) || hidden(n)) return null;
    const chunk = { texts: [] as string[], weight: Math.max(parent.weight, prominence(n)) };
    chunks.push(chunk);
    return { into: chunk };
  });
  const texts = chunks.map((c) => ({ text: c.texts.join(' ').replace(/\s+/g, ' ').trim(), weight: c.weight })).filter((c) => c.text);
  if (texts.length <= 1) return texts[0]?.text ?? visibleText(a);
  const top = Math.max(...texts.map((c) => c.weight));
  return texts.filter((c) => c.weight === top).map((c) => c.text).join(' ');
}

function closest(el: Element, test: (e: Element) => boolean): boolean {
  for (let n: Element | null = el; n; n = n.parent && isTag(n.parent) ? n.parent : null) if (test(n)) return true;
  return false;
}

const inChrome = (a: Element) => closest(a, (e) => e.name === 'nav' || e.name === 'header' || e.name === 'footer' || e.attribs.role === 'navigation');
const unrendered = (a: Element) => closest(a, (e) => e.name === 'template' || e.name === 'noscript');

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return null;
  }
}

function select(selector: string, doc: Document): Element[] {
  try {
    return all(selector, doc);
  } catch (err) {
    throw new SelectorUnsupportedError(`the selector "${selector}" cannot be applied without a browser (${(err as Error).message})`);
  }
}

export interface StaticPage {
  snapshot: PageSnapshot;
  /** The next page of the list (rel=next, or a "next" link), absolute; null when none. */
  next: string | null;
}

/** The roots not inside another one (a selector matching nested elements would have their links read once per level). */
function outermost(roots: Element[]): Element[] {
  const set = new Set(roots);
  return roots.filter((r) => {
    for (let p = r.parent; p; p = p.parent) if (isTag(p) && set.has(p)) return false;
    return true;
  });
}

/**
 * Reads one page's HTML (fetched from `pageUrl`) the way the browser path reads the rendered page, in
 * bounded work however hostile the page: the DOM is depth capped (markup.ts), our walks are iterative and
 * read a bounded number of nodes per link, and nested selector matches are walked once.
 */
export function staticSnapshot(html: string, pageUrl: string, selector: string | null): StaticPage {
  const doc = parseHtmlDocument(html);
  const baseHref = one('base[href]', doc)?.attribs.href;
  const base = (baseHref && absolute(baseHref, pageUrl)) || pageUrl;
  const scoped = selector ? select(selector, doc) : [];
  const roots: (Element | Document)[] = scoped.length ? outermost(scoped) : [one('body', doc) ?? doc];
  const jsonLd: unknown[] = [];
  for (const script of all('script', doc)) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.attribs.type ?? '')) continue;
    try {
      jsonLd.push(JSON.parse(script.children.filter(isText).map((t) => t.data).join('')));
    } catch {
      // a broken block is skipped, the others still count
    }
  }
  const seen = new Set<Element>();
  const links: PageLink[] = [];
  for (const root of roots) {
    for (const a of all('a[href]', root)) {
      if (links.length >= MAX_LINKS) break;
      if (seen.has(a) || unrendered(a)) continue;
      seen.add(a);
      const href = absolute(a.attribs.href!, base);
      if (href) links.push({ text: titleOf(a), href, inChrome: inChrome(a) });
    }
  }
  let next: string | null = null;
  for (const root of roots) {
    const anchor = one('a[rel~="next"]', root) ?? all('a[href]', root).find((a) => /^\s*(next|next page|›|»)\s*$/i.test(visibleText(a, MAX_NODES_PER_PAGER)));
    const href = anchor?.attribs.href ? absolute(anchor.attribs.href, base) : null;
    if (href) {
      next = href === pageUrl ? null : href;
      break;
    }
  }
  return { snapshot: { jsonLd, links, selectorFound: scoped.length > 0 }, next };
}
