// What runs inside a careers page: the DOM-change counter every document of a lane gets, the probe a read polls
// while the page settles, the "load more" control finder and the snapshot of links and JSON-LD postings. Playwright
// sends each function's source to the page, so each is self-contained. Every walk is iterative and capped in the
// page: whatever a hostile page builds, at most SNAPSHOT_CAPS crosses into Node.

import type { PageSnapshot } from '../page/extract.js';
import { MAX_POSTINGS_PER_SCRAPE, MAX_URL_LENGTH } from '../normalize.js';

/** The window property the DOM-change counter is read through (defined read-only before the page's scripts run). */
export const DOM_WATCH_KEY = '__scoutlyDomWatch';

/** Every cap of the in-page walks, each with its reason. */
export const SNAPSHOT_CAPS = {
  /** Links sent: a page with 100,000 links is not 100,000 postings (normalisation keeps 2,000). */
  links: 5_000,
  /** Links looked at, sent or not (outside the selector, addresses too long): the walk's own bound. */
  linksExamined: 50_000,
  /** Longer addresses are never postings' (normalisation drops them): skipped, not sent. */
  urlChars: MAX_URL_LENGTH,
  /** A title is cut here after its spaces are folded; longer than 200 is never a posting's title anyway. */
  titleChars: 1_000,
  /** Elements inside one link looked at for its title: a card has a dozen, a hostile link millions. */
  titleNodes: 64,
  /** Ancestors looked at to tell a link in nav, header or footer (a closest() on a deep DOM walks them all). */
  chromeDepth: 64,
  /** JobPosting items sent: one scrape keeps 2,000 postings. */
  postings: MAX_POSTINGS_PER_SCRAPE,
  /** JSON-LD text parsed, all blocks together; a block that does not fit is skipped unparsed. */
  jsonLdChars: 4_000_000,
  /** JSON values of one block visited looking for JobPosting items (a 500,000-item array is not walked to its end). */
  jsonNodes: 200_000,
  /** Depth of a JobPosting kept (its places' country names sit at 5); deeper values are dropped. */
  jsonDepth: 6,
  /** Items of an array inside a JobPosting kept (its places). */
  jsonArrayItems: 100,
  /** Keys of an object inside a JobPosting kept. */
  jsonKeys: 100,
  /** Characters of one JSON-LD string kept (normalisation keeps 50,000 of a description's text). */
  jsonStringChars: 100_000,
  /** Characters of every string sent, together: what one snapshot may cost Node, whatever the page holds. */
  snapshotChars: 8_000_000,
  /** Candidate "load more" controls looked at. */
  controls: 500,
} as const;
export type SnapshotCaps = typeof SNAPSHOT_CAPS;

/** The rendered HTML sent for board detection is cut here (the static path reads at most 10 MB of a page). */
export const RENDERED_HTML_CHARS = 4_000_000;

/**
 * Installed in every document of a lane before its scripts: counts nodes added or removed and text changed
 * (attributes are left out: an animation toggling classes is no list being built) and when the last change was,
 * and how many links the document had once parsed (what its scripts add later comes after).
 */
export function watchDom(key: string): void {
  let changes = 0;
  let last = performance.now();
  let linksWhenParsed: number | null = null;
  document.addEventListener('DOMContentLoaded', () => {
    linksWhenParsed = document.links.length;
  }, { once: true });
  const observer = new MutationObserver((records) => {
    changes += records.length;
    last = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  try {
    Object.defineProperty(window, key, { value: () => [changes, performance.now() - last, linksWhenParsed], writable: false, configurable: false, enumerable: false });
  } catch {
    // already there (the script ran twice in one document): the first counter stays
  }
}

export interface PageProbe {
  /** DOM changes so far (null when the counter is missing: a page that broke it). */
  changes: number | null;
  /** Milliseconds since the last DOM change. */
  quietForMs: number;
  /** Links in the document (document.links: a live collection, cheap to count). */
  links: number;
  /** Links the document had when parsed (null before, or when the counter is missing). */
  linksWhenParsed: number | null;
  /** The company's selector holds a link. */
  listed: boolean;
}

/** The cheap state a settling read polls. */
export function probePage([key, sel]: [string, string | null]): PageProbe {
  const watch = (window as unknown as Record<string, unknown>)[key];
  const state = typeof watch === 'function' ? (watch as () => [number, number, number | null])() : null;
  let listed = false;
  if (sel) {
    try {
      listed = document.querySelector(`:is(${sel}) a[href]`) !== null;
    } catch {
      listed = false; // a selector :is() cannot hold: the snapshot reads it the slow way
    }
  }
  return { changes: state ? state[0] : null, quietForMs: state ? state[1] : 0, links: document.links.length, linksWhenParsed: state ? state[2] : null, listed };
}

/**
 * Waits in the page, without polling from Node, drawing frames as a visible tab does (a list built in idle
 * callbacks is built only between frames): true once the document holds more than `moreThanLinks` links (or,
 * when null, once any node is added, removed or its text changed), false after `ms`. `changesSeen` is the DOM
 * watch's count (watchDom, under `key`) when the caller last read the page: a change made between that read and
 * this wait (on a busy machine, a list built in that gap) counts at once instead of being waited for in vain.
 */
export function waitForDomChange([moreThanLinks, ms, key, changesSeen]: [number | null, number, string, number | null]): Promise<boolean> {
  return new Promise((resolve) => {
    // Frames asked for all along, as a tab on screen draws them: headless Chromium draws none unless asked, and
    // idle callbacks run only in the time left after a frame.
    let frame = requestAnimationFrame(function keepDrawing() {
      frame = requestAnimationFrame(keepDrawing);
    });
    const done = (changed: boolean) => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      clearTimeout(timer);
      resolve(changed);
    };
    const observer = new MutationObserver(() => {
      if (moreThanLinks === null || document.links.length > moreThanLinks) done(true);
    });
    const timer = setTimeout(() => done(false), ms);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    if (moreThanLinks !== null && document.links.length > moreThanLinks) done(true);
    else if (moreThanLinks === null && changesSeen !== null) {
      const watch = (window as unknown as Record<string, unknown>)[key];
      const changes = typeof watch === 'function' ? (watch as () => [number])()[0] : null;
      if (changes !== null && changes > changesSeen) done(true);
    }
  });
}

/** The first visible "load more" / "show more" control (not a link to another page), inside the selector when it matches. */
export function findMoreControl([sel, caps]: [string | null, SnapshotCaps]): Element | null {
  const MORE = /\b(load|show|see|view) more\b|\bmore (jobs|positions|openings|roles|vacancies|results)\b/i;
  const kinds = ['button', '[role=button]', 'a:not([href])', 'a[href="#"]', 'a[href^="javascript:" i]'];
  const scoped = sel !== null && document.querySelector(sel) !== null;
  let candidates: NodeListOf<Element>;
  try {
    candidates = document.querySelectorAll(kinds.map((k) => (scoped ? `:is(${sel}) ${k}` : k)).join(', '));
  } catch {
    return null;
  }
  for (let i = 0; i < candidates.length && i < caps.controls; i++) {
    const el = candidates[i]!;
    // A control's label is short: read at most 80 characters of it, a few nodes deep.
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = 0, node = walker.nextNode(); node && n < 16 && text.length <= 80; n++, node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data.slice(0, 81);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text.length > 80 || !MORE.test(text) || (el as HTMLButtonElement).disabled) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none') return el;
  }
  return null;
}

/** What a read takes from the page: its snapshot and the next page's address (rel=next or a "Next" link). */
export interface PageReadout {
  snapshot: PageSnapshot;
  next: string | null;
}

/**
 * Links with the title a person reads (a heading inside the link, else its aria-label, else its most prominent
 * visible text; visually hidden labels and smaller metadata left out), JSON-LD JobPosting items, and the next
 * page's link. Inside the selector's elements when it matches any, else the whole page.
 */
export function readSnapshot([sel, caps]: [string | null, SnapshotCaps]): PageReadout {
  let budget = caps.snapshotChars;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

  // JSON-LD: each block parsed if it fits the text budget, walked without recursion for JobPosting items (arrays
  // and @graph, as the extraction reads them), each copied with its depth, arrays, keys and strings capped.
  const jsonLd: unknown[] = [];
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      const s = cut(value, caps.jsonStringChars);
      budget -= s.length;
      return s;
    }
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value !== 'object' || depth >= caps.jsonDepth) return undefined;
    if (Array.isArray(value)) return value.slice(0, caps.jsonArrayItems).map((v) => copy(v, depth + 1));
    const out: Record<string, unknown> = {};
    let keys = 0;
    for (const key of Object.keys(value)) {
      if (key === '@graph' || key === '__proto__') continue;
      if (++keys > caps.jsonKeys) break;
      budget -= key.length;
      out[key] = copy((value as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  const isPosting = (o: Record<string, unknown>) => o['@type'] === 'JobPosting' || (Array.isArray(o['@type']) && o['@type'].includes('JobPosting'));
  let ldChars = caps.jsonLdChars;
  const blocks = document.querySelectorAll('script[type="application/ld+json"]');
  for (let b = 0; b < blocks.length && jsonLd.length < caps.postings && budget > 0; b++) {
    const text = blocks[b]!.textContent ?? '';
    if (text.length > ldChars) continue;
    ldChars -= text.length;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // a broken block is skipped, the others still count
    }
    // [value, emit]: a JobPosting is emitted after its own @graph, in document order.
    const stack: [unknown, boolean][] = [[data, false]];
    let visits = 0;
    while (stack.length && jsonLd.length < caps.postings && visits < caps.jsonNodes && budget > 0) {
      const [node, emit] = stack.pop()!;
      visits++;
      if (emit) {
        const posting = copy(node, 0);
        if (budget >= 0) jsonLd.push(posting);
        continue;
      }
      if (Array.isArray(node)) {
        for (let i = Math.min(node.length, caps.jsonNodes - visits) - 1; i >= 0; i--) stack.push([node[i], false]);
      } else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (isPosting(o)) stack.push([o, true]);
        if (Array.isArray(o['@graph'])) stack.push([o['@graph'], false]);
      }
    }
  }

  // Links: one query for the links inside the selector's elements (nested matches give each link once).
  const scoped = sel !== null && document.querySelector(sel) !== null;
  let candidates: ArrayLike<Element>;
  let inScope = (_a: Element) => true;
  if (scoped) {
    try {
      candidates = document.querySelectorAll(`:is(${sel}) a[href]`);
    } catch {
      // A selector :is() cannot hold (a pseudo-element in its list): each link asks for a matching ancestor.
      candidates = document.querySelectorAll('a[href]');
      inScope = (a) => a.parentElement?.closest(sel!) != null;
    }
  } else {
    candidates = (document.body ?? document.documentElement)?.querySelectorAll('a[href]') ?? [];
  }
  const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';
  const hidden = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.getAttribute('aria-hidden') === 'true') return true;
    const clipped = /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip) || /inset\(50%\)/.test(style.clipPath);
    if (clipped || style.position !== 'absolute') return clipped;
    // Only an absolutely placed element is measured: a box of nested inline elements costs its whole depth to measure.
    const box = el.getBoundingClientRect();
    return box.width <= 1 && box.height <= 1;
  };
  /** The text under an element, at most `max` characters from at most caps.titleNodes nodes; `whole` when nothing was left out. */
  const textOf = (el: Element, max: number): { text: string; whole: boolean } => {
    let text = '';
    let n = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    for (; node && n < caps.titleNodes && text.length <= max; n++, node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data.slice(0, max + 1);
    }
    return { text: cut(text, max), whole: node === null && text.length <= max };
  };
  const titleOf = (a: Element): string => {
    // The first heading among the link's first nodes; innerText (what CSS shows) only on a small one.
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_ELEMENT);
    let heading: Element | null = null;
    for (let n = 0, el = walker.nextNode(); el && n < caps.titleNodes && !heading; n++, el = walker.nextNode()) {
      if ((el as Element).matches(HEADING)) heading = el as Element;
    }
    if (heading && !hidden(heading)) {
      const small = textOf(heading, caps.titleChars);
      const text = small.whole ? ((heading as HTMLElement).innerText ?? small.text) : small.text;
      if (text.trim()) return text;
    }
    const label = a.getAttribute('aria-label');
    if (label?.trim()) return cut(label, caps.titleChars * 2);
    // Text-bearing elements inside the link that are shown (a hidden one's subtree is skipped); the most prominent is the title.
    const chunks: { text: string; weight: number }[] = [];
    const shown = document.createTreeWalker(a, NodeFilter.SHOW_ELEMENT, { acceptNode: (el) => (hidden(el as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    let looked = 0;
    for (let el: Node | null = hidden(a) ? null : a; el && looked < caps.titleNodes; el = shown.nextNode(), looked++) {
      let own = '';
      let kids = 0;
      for (let child = el.firstChild; child && kids < caps.titleNodes && own.length <= caps.titleChars; child = child.nextSibling, kids++) {
        if (child.nodeType === Node.TEXT_NODE) own += ` ${(child as Text).data.slice(0, caps.titleChars + 1)}`;
      }
      own = fold(own);
      if (own) {
        const style = getComputedStyle(el as Element);
        chunks.push({ text: cut(own, caps.titleChars), weight: parseFloat(style.fontSize) * 1000 + (parseInt(style.fontWeight, 10) || 400) });
      }
    }
    if (chunks.length <= 1) return chunks[0]?.text ?? textOf(a, caps.titleChars).text;
    let top = -Infinity;
    for (const c of chunks) top = Math.max(top, c.weight);
    return chunks.filter((c) => c.weight === top).map((c) => c.text).join(' ');
  };
  const inChrome = (a: Element): boolean => {
    let el: Element | null = a;
    for (let d = 0; el && d < caps.chromeDepth; d++, el = el.parentElement) {
      if (el.matches('nav, header, footer, [role=navigation]')) return true;
    }
    return false;
  };

  const links: PageSnapshot['links'] = [];
  let relNext: string | null = null;
  let textNext: string | null = null;
  for (let i = 0; i < candidates.length && i < caps.linksExamined && links.length < caps.links && budget > 0; i++) {
    const a = candidates[i]!;
    if (!inScope(a) || (a.getAttribute('href')?.length ?? 0) > caps.urlChars) continue; // too long before it is even resolved
    const href = (a as HTMLAnchorElement).href;
    if (typeof href !== 'string' || href.length > caps.urlChars) continue; // an SVG link's href is no string
    if (!relNext && (a as HTMLAnchorElement).relList?.contains('next')) relNext = href;
    if (!textNext) {
      const label = textOf(a, 40);
      if (label.whole && /^\s*(next|next page|›|»)\s*$/i.test(label.text)) textNext = href;
    }
    const text = cut(fold(titleOf(a)), caps.titleChars);
    budget -= text.length + href.length;
    if (budget < 0) break;
    links.push({ text, href, inChrome: inChrome(a) });
  }
  return { snapshot: { jsonLd, links, selectorFound: scoped }, next: relNext ?? textNext };
}

/**
 * The rendered HTML (where embeds show their board), serialised as outerHTML does, node by node, until `max`
 * characters: a page's whole outerHTML can be gigabytes. It ends after a tag, never inside a token (a cut inside
 * an address would name a board the page never named: `for=acmecorp` read as `for=acme`); an attribute too
 * long to be a board's address is left out whole.
 */
export function renderedHtml(max: number): string {
  const ATTRIBUTE_CHARS = 4_096;
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
  const RAW_TEXT = /^(script|style|xmp|iframe|noembed|noframes|plaintext|noscript)$/;
  const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escapeAttribute = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
  const root = document.documentElement;
  if (!root) return '';
  const out: string[] = [];
  let size = 0;
  const emit = (text: string) => {
    if (size + text.length > max) return false;
    out.push(text);
    size += text.length;
    return true;
  };
  const isElement = (n: Node): n is Element => n.nodeType === Node.ELEMENT_NODE;
  const start = (n: Node): boolean => {
    if (isElement(n)) {
      let tag = `<${n.localName}`;
      for (const a of n.attributes) if (a.value.length <= ATTRIBUTE_CHARS) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
      return emit(`${tag}>`);
    }
    if (n.nodeType === Node.TEXT_NODE) {
      const text = (n as Text).data;
      if (size + text.length > max) return false; // escaping only lengthens it
      return emit(RAW_TEXT.test(n.parentElement?.localName ?? '') ? text : escapeText(text));
    }
    return n.nodeType !== Node.COMMENT_NODE || emit(`<!--${(n as Comment).data}-->`);
  };
  const end = (el: Element) => VOID.test(el.localName) || emit(`</${el.localName}>`);
  // Pre-order along parent and sibling pointers: no stack to grow, no more nodes visited than fit in the output.
  let node: Node = root;
  let whole = false;
  walk: for (;;) {
    if (!start(node)) break;
    if (isElement(node) && node.firstChild && !VOID.test(node.localName)) {
      node = node.firstChild;
      continue;
    }
    if (isElement(node) && !end(node)) break;
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (!end(node as Element)) break walk;
    }
    if (node === root) {
      whole = true;
      break;
    }
    node = node.nextSibling!;
  }
  const html = out.join('');
  return whole ? html : html.slice(0, html.lastIndexOf('>') + 1);
}
