import {
  UNLEARNT,
  learnFromComparison,
  planRead,
  staticReadDrifted
} from "./chunk-RHQ6R7RZ.js";
import {
  boardFilter,
  detectFromHtml,
  detectFromUrl,
  feedSource,
  selectAll,
  selectOne,
  unappliedFilter
} from "./chunk-BMFWJ45U.js";
import {
  describeFilter
} from "./chunk-TOKAQMRD.js";
import {
  measureCpu,
  postingsFromSnapshot
} from "./chunk-KEIMTC4G.js";
import {
  assertUsableSelector
} from "./chunk-2SW5SM2N.js";
import {
  hasChildren,
  isTag,
  isText,
  parseHtmlDocument,
  withFeedDrift
} from "./chunk-HSXQT5O5.js";
import {
  PermanentError,
  RetryableError,
  TaskError
} from "./chunk-ICS75TSL.js";

// dist/scrape/page/staticSnapshot.js
var SelectorUnsupportedError = class extends Error {
  name = "SelectorUnsupportedError";
};
var NEVER_RENDERED = /* @__PURE__ */ new Set(["script", "style", "template", "noscript", "head", "title"]);
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul"
]);
var HEADING = /^h[1-6]$/;
var HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|hidden|d-none|is-hidden|u-hidden)(\s|$)/i;
var TITLE_CLASS = /title|heading|position|job-?name|role-?name|posting-?name/i;
var MAX_LINKS = 5e3;
var MAX_NODES_PER_LINK = 2e3;
var MAX_NODES_PER_PAGER = 20;
var all = (query, root) => selectAll(query, root);
var one = (query, root) => selectOne(query, root);
function hidden(el) {
  const a = el.attribs;
  if ("hidden" in a || a["aria-hidden"] === "true" || NEVER_RENDERED.has(el.name))
    return true;
  const style = (a.style ?? "").replace(/\s+/g, "").toLowerCase();
  return /display:none|visibility:hidden/.test(style) || HIDDEN_CLASS.test(a.class ?? "");
}
function walkBelow(root, context, limit, visit) {
  const frames = [{ nodes: root.children, next: 0, context }];
  for (let seen = 0; frames.length > 0; ) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.nodes.length) {
      frames.pop();
      frame.after?.();
      continue;
    }
    if (++seen > limit)
      return;
    const node = frame.nodes[frame.next++];
    const entered = visit(node, frame.context);
    if (entered && hasChildren(node))
      frames.push({ nodes: node.children, next: 0, context: entered.into, after: entered.after });
    else
      entered?.after?.();
  }
}
function visibleText(el, limit = MAX_NODES_PER_LINK) {
  const parts = [];
  walkBelow(el, null, limit, (n) => {
    if (isText(n))
      parts.push(n.data);
    if (!isTag(n) || hidden(n))
      return null;
    if (!BLOCK.has(n.name))
      return { into: null };
    parts.push(" ");
    return { into: null, after: () => void parts.push(" ") };
  });
  return parts.join("").replace(/\s+/g, " ").trim();
}
function headingIn(a) {
  let found = null;
  walkBelow(a, null, MAX_NODES_PER_LINK, (n) => {
    if (found || !isTag(n))
      return null;
    if (HEADING.test(n.name) || n.attribs.role === "heading")
      found = n;
    return found ? null : { into: null };
  });
  return found;
}
function prominence(el) {
  if (HEADING.test(el.name))
    return 100 - Number(el.name[1]) * 10;
  if (el.attribs.role === "heading")
    return 40;
  if (TITLE_CLASS.test(`${el.attribs.class ?? ""} ${el.attribs.itemprop ?? ""}`))
    return 35;
  if (el.name === "strong" || el.name === "b")
    return 20;
  return 10;
}
function titleOf(a) {
  const heading = headingIn(a);
  if (heading && !hidden(heading)) {
    const text = visibleText(heading);
    if (text)
      return text;
  }
  const label2 = a.attribs["aria-label"]?.trim();
  if (label2)
    return label2;
  if (hidden(a))
    return visibleText(a);
  const chunks = [];
  const own = { texts: [], weight: 10 };
  chunks.push(own);
  walkBelow(a, own, MAX_NODES_PER_LINK, (n, parent) => {
    if (isText(n))
      parent.texts.push(n.data);
    if (!isTag(n) || hidden(n))
      return null;
    const chunk = { texts: [], weight: Math.max(parent.weight, prominence(n)) };
    chunks.push(chunk);
    return { into: chunk };
  });
  const texts = chunks.map((c) => ({ text: c.texts.join(" ").replace(/\s+/g, " ").trim(), weight: c.weight })).filter((c) => c.text);
  if (texts.length <= 1)
    return texts[0]?.text ?? visibleText(a);
  const top = Math.max(...texts.map((c) => c.weight));
  return texts.filter((c) => c.weight === top).map((c) => c.text).join(" ");
}
function closest(el, test) {
  for (let n = el; n; n = n.parent && isTag(n.parent) ? n.parent : null)
    if (test(n))
      return true;
  return false;
}
var inChrome = (a) => closest(a, (e) => e.name === "nav" || e.name === "header" || e.name === "footer" || e.attribs.role === "navigation");
var unrendered = (a) => closest(a, (e) => e.name === "template" || e.name === "noscript");
function absolute(href, base) {
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return null;
  }
}
function select(selector, doc) {
  try {
    return all(selector, doc);
  } catch (err) {
    throw new SelectorUnsupportedError(`the selector "${selector}" cannot be applied without a browser (${err.message})`);
  }
}
function outermost(roots) {
  const set = new Set(roots);
  return roots.filter((r) => {
    for (let p = r.parent; p; p = p.parent)
      if (isTag(p) && set.has(p))
        return false;
    return true;
  });
}
function staticSnapshot(html, pageUrl, selector) {
  const doc = parseHtmlDocument(html);
  const baseHref = one("base[href]", doc)?.attribs.href;
  const base = baseHref && absolute(baseHref, pageUrl) || pageUrl;
  const scoped = selector ? select(selector, doc) : [];
  const roots = scoped.length ? outermost(scoped) : [one("body", doc) ?? doc];
  const jsonLd = [];
  for (const script of all("script", doc)) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.attribs.type ?? ""))
      continue;
    try {
      jsonLd.push(JSON.parse(script.children.filter(isText).map((t) => t.data).join("")));
    } catch {
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const links = [];
  for (const root of roots) {
    for (const a of all("a[href]", root)) {
      if (links.length >= MAX_LINKS)
        break;
      if (seen.has(a) || unrendered(a))
        continue;
      seen.add(a);
      const href = absolute(a.attribs.href, base);
      if (href)
        links.push({ text: titleOf(a), href, inChrome: inChrome(a) });
    }
  }
  let next = null;
  for (const root of roots) {
    const anchor = one('a[rel~="next"]', root) ?? all("a[href]", root).find((a) => /^\s*(next|next page|›|»)\s*$/i.test(visibleText(a, MAX_NODES_PER_PAGER)));
    const href = anchor?.attribs.href ? absolute(anchor.attribs.href, base) : null;
    if (href) {
      next = href === pageUrl ? null : href;
      break;
    }
  }
  return { snapshot: { jsonLd, links, selectorFound: scoped.length > 0 }, next };
}

// dist/scrape/page/staticPage.js
var MAX_PAGES = 3;
async function readStaticPage(url, selector, ctx, first) {
  assertUsableSelector(selector);
  const postings = [];
  let html = "";
  let current = url;
  const visited = /* @__PURE__ */ new Set();
  for (let n = 0; current && n < MAX_PAGES && !visited.has(current); n++) {
    visited.add(current);
    const page = n === 0 && first ? first : await ctx.http.getText(current, { signal: ctx.signal });
    if (n === 0)
      html = page.text;
    const read = measureCpu(ctx.cost, () => {
      const { snapshot, next } = staticSnapshot(page.text, page.url, selector);
      return { found: postingsFromSnapshot(snapshot, page.url), next };
    });
    postings.push(...read.found);
    current = read.next;
  }
  return { postings, html };
}

// dist/scrape/page/readPage.js
var sameForBrowser = (err) => err instanceof Error && err.name === "TimeoutError" || err instanceof TaskError && (err.kind === "network" || err.kind === "invalid_url" || err.kind === "redirect_loop" || err.kind === "rate_limited");
async function readPage(target, ctx, pageTimeoutMs, first) {
  const { render } = target;
  const notes = [];
  const inBrowser = async () => (await ctx.browser()).extract(target.careersUrl, { selector: target.selector, signal: ctx.signal, timeoutMs: pageTimeoutMs, now: ctx.now, cost: ctx.cost, park: ctx.park });
  const tryStatic = async () => {
    try {
      return await readStaticPage(target.careersUrl, target.selector, ctx, first);
    } catch (err) {
      if (sameForBrowser(err) || ctx.signal.aborted)
        throw err;
      if (err instanceof TaskError)
        return { failed: err.message, answer: err };
      if (err instanceof SelectorUnsupportedError)
        return { failed: err.message, answer: null };
      throw err;
    }
  };
  const plan = planRead(render);
  if (plan === "browser") {
    return { ...await inBrowser(), used: "browser", next: { ...render, scrapesSinceCheck: render.scrapesSinceCheck + 1 }, notes };
  }
  if (plan === "static") {
    const read2 = await tryStatic();
    const pinned = render.origin === "user";
    if ("failed" in read2) {
      if (pinned && read2.answer)
        throw read2.answer;
      if (pinned)
        throw new RetryableError("extraction_drift", `the page could not be read without a browser (${read2.failed}); \`scoutly companies set-render SLUG auto\` lets Scoutly choose`);
      const browser3 = await inBrowser();
      notes.push(`the page could not be read without a browser (${read2.failed}); it is read in Chromium from now on`);
      return { ...browser3, used: "both", next: { mode: "browser", origin: "learned", scrapesSinceCheck: 0 }, notes };
    }
    if (pinned || !staticReadDrifted(read2.postings, target.openUrls))
      return { ...read2, used: "static", next: render, notes };
    const browser2 = await inBrowser();
    const next2 = learnFromComparison(render, read2.postings, browser2.postings);
    if (next2.mode === "browser")
      notes.push(`plain HTTP found ${read2.postings.length} posting(s), Chromium ${browser2.postings.length}: the page now builds its list in the browser and is read there`);
    return {
      ...next2.mode === "browser" ? browser2 : read2,
      used: "both",
      next: next2.mode === "auto" ? render : next2,
      notes,
      compared: { static: read2.postings, browser: browser2.postings }
    };
  }
  const read = await tryStatic();
  const browser = await inBrowser();
  const staticFound = "failed" in read ? null : read.postings;
  const next = learnFromComparison(render, staticFound, browser.postings);
  if (next.mode !== render.mode) {
    notes.push(next.mode === "static" ? `plain HTTP finds the same ${browser.postings.length} posting(s) as Chromium: the page is read without a browser from now on` : `the page builds its list in the browser (plain HTTP ${"failed" in read ? `failed: ${read.failed}` : `found ${read.postings.length}, Chromium ${browser.postings.length}`}): it is read in Chromium`);
  }
  return { ...browser, used: "both", next, notes, compared: { static: "failed" in read ? { failed: read.failed } : read.postings, browser: browser.postings } };
}

// dist/scrape/registry.js
var boardKey = (s) => `${s.kind}:${s.token}`;
var PAGE = { kind: "browser", token: null, filter: null };
var guessFailed = (err) => err instanceof TaskError && (err instanceof PermanentError && err.kind === "http_4xx" || err.kind === "extraction_drift" || err.kind === "invalid_url");
async function readFeed(source, ctx) {
  const feed = feedSource(source.kind);
  const token = source.token;
  if (!feed || !token)
    throw new PermanentError("invalid_payload", `no reader for source ${source.kind}`);
  const { value: postings, drift } = await withFeedDrift(() => feed.fetch({ token, filter: source.filter ?? null }, ctx));
  return drift ? { postings, drift } : { postings };
}
var label = (s) => `${s.kind}${s.token ? ` board ${s.token}` : ""}`;
async function scrape(target, known, ctx, pageTimeoutMs) {
  const notes = [];
  const pageFilter = target.filter ?? null;
  const failed = new Set(known?.kind === "browser" && known.token ? [known.token] : []);
  const pageRemembering = (board) => {
    failed.add(boardKey(board));
    return { kind: "browser", token: boardKey(board), origin: "page" };
  };
  let remember;
  const tryGuess = async (board, instead) => {
    try {
      return await readFeed(board, ctx);
    } catch (err) {
      if (!guessFailed(err))
        throw err;
      notes.push(`the ${label(board)} found on the page could not be read (${err.message}); ${instead}`);
      remember = pageRemembering(board);
      return null;
    }
  };
  let source = null;
  if (known)
    source = { ...known, filter: known.kind === "browser" ? null : boardFilter(known.kind, known.origin, pageFilter) };
  else {
    const fromUrl = detectFromUrl(target.careersUrl);
    if (fromUrl) {
      source = { ...fromUrl, filter: pageFilter ?? fromUrl.filter ?? null, origin: "url" };
      remember = { kind: fromUrl.kind, token: fromUrl.token, origin: "url" };
    }
  }
  if (source && source.kind !== "browser") {
    const unapplied = unappliedFilter(source);
    if (unapplied.length === 0) {
      const { origin, ...used } = source;
      const read = origin === "page" ? await tryGuess(used, "read the page instead") : await readFeed(used, ctx);
      if (read)
        return { source: used, ...read, remember, notes };
    } else {
      notes.push(`the ${source.kind} reader cannot apply the filter ${unapplied.join(", ")}; the page is read, which applies it`);
    }
    source = null;
  }
  let first;
  if (!known) {
    first = await ctx.http.getText(target.careersUrl, { signal: ctx.signal }).catch(() => void 0);
    const embedded = first ? detectFromHtml(first.text, target.careersUrl, pageFilter) : null;
    if (embedded?.filterNotCarried)
      notes.push(`found a ${label(embedded.source)}, but ${embedded.filterNotCarried}; the page is read`);
    else if (embedded) {
      const read = await tryGuess(embedded.source, "read the page instead");
      if (read)
        return { source: embedded.source, ...read, remember: { kind: embedded.source.kind, token: embedded.source.token, origin: "page" }, notes };
    }
    remember ??= { kind: "browser", token: null, origin: "page" };
  }
  const page = await readPage({ careersUrl: target.careersUrl, selector: target.selector, render: target.render ?? UNLEARNT, openUrls: target.openUrls ?? [] }, ctx, pageTimeoutMs, first);
  notes.push(...page.notes);
  const render = { used: page.used, next: page.next, compared: page.compared };
  if (known?.origin !== "user") {
    const embedded = detectFromHtml(page.html, target.careersUrl, pageFilter);
    if (embedded?.filterNotCarried)
      notes.push(`found a ${label(embedded.source)}, but ${embedded.filterNotCarried}; the page is read`);
    else if (embedded && !failed.has(boardKey(embedded.source))) {
      const next = { kind: embedded.source.kind, token: embedded.source.token, origin: "page" };
      if (page.postings.length > 0) {
        notes.push(`found a ${label(embedded.source)} on the page${describeFilter(embedded.source.filter) ? ` (filter ${describeFilter(embedded.source.filter)})` : ""}; it is read from the next scrape`);
        return { source: PAGE, postings: page.postings, remember: next, notes, render };
      }
      const read = await tryGuess(embedded.source, "kept the page's result");
      if (read)
        return { source: embedded.source, ...read, remember: next, notes, render };
    }
  }
  return { source: PAGE, postings: page.postings, remember, notes, render };
}

export {
  scrape
};
