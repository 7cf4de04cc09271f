// Pure reading of a careers page's HTML without a browser: the same snapshot Chromium's path takes (JSON-LD,
// links inside the company's selector or on the whole page, each with the title a person reads), so both
// paths share one extraction (extract.ts). What CSS alone decides (sizes, visibility) is read from markup cues.

import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
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

const all = (query: string, root: AnyNode): Element[] => selectAll<AnyNode, Element>(query, root);
const one = (query: string, root: AnyNode): Element | null => selectOne<AnyNode, Element>(query, root);

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || NEVER_RENDERED.has(el.name)) return true;
  const style = (a.style ?? '').replace(/\s+/g, '').toLowerCase();
  return /display:none|visibility:hidden/.test(style) || HIDDEN_CLASS.test(a.class ?? '');
}

/** Visible text as innerText gives it, whitespace folded: blocks and line breaks separate words, inline tags do not. */
function visibleText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (isText(n)) return void parts.push(n.data);
    if (!isTag(n) || hidden(n)) return;
    const block = BLOCK.has(n.name);
    if (block) parts.push(' ');
    for (const child of n.children) walk(child);
    if (block) parts.push(' ');
  };
  if (isTag(node)) for (const child of node.children) walk(child);
  else walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
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
  const heading = one('h1,h2,h3,h4,h5,h6,[role=heading]', a);
  if (heading && !hidden(heading)) {
    const text = visibleText(heading);
    if (text) return text;
  }
  const label = a.attribs['aria-label']?.trim();
  if (label) return label;
  const chunks: { text: string; weight: number }[] = [];
  const walk = (el: Element, inherited: number) => {
    if (hidden(el)) return;
    const weight = el === a ? 10 : Math.max(inherited, prominence(el));
    const own = el.children.filter(isText).map((t) => t.data).join(' ').replace(/\s+/g, ' ').trim();
    if (own) chunks.push({ text: own, weight });
    for (const child of el.children) if (isTag(child)) walk(child, weight);
  };
  walk(a, 10);
  if (chunks.length <= 1) return chunks[0]?.text ?? visibleText(a);
  const top = Math.max(...chunks.map((c) => c.weight));
  return chunks.filter((c) => c.weight === top).map((c) => c.text).join(' ');
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

/** Reads one page's HTML (fetched from `pageUrl`) the way the browser path reads the rendered page. */
export function staticSnapshot(html: string, pageUrl: string, selector: string | null): StaticPage {
  const doc = parseDocument(html);
  const baseHref = one('base[href]', doc)?.attribs.href;
  const base = (baseHref && absolute(baseHref, pageUrl)) || pageUrl;
  const scoped = selector ? select(selector, doc) : [];
  const roots: (Element | Document)[] = scoped.length ? scoped : [one('body', doc) ?? doc];
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
    const anchor = one('a[rel~="next"]', root) ?? all('a[href]', root).find((a) => /^\s*(next|next page|›|»)\s*$/i.test(visibleText(a)));
    const href = anchor?.attribs.href ? absolute(anchor.attribs.href, base) : null;
    if (href) {
      next = href === pageUrl ? null : href;
      break;
    }
  }
  return { snapshot: { jsonLd, links, selectorFound: scoped.length > 0 }, next };
}
