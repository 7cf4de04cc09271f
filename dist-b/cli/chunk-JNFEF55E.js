import {
  EgressRefusedError,
  USER_AGENT,
  checkedAddress,
  errorForResponse
} from "./chunk-DSRBALOT.js";
import {
  postingsFromSnapshot
} from "./chunk-KEIMTC4G.js";
import {
  assertUsableSelector
} from "./chunk-2SW5SM2N.js";
import {
  MAX_POSTINGS_PER_SCRAPE,
  MAX_URL_LENGTH,
  quickCheck,
  safeForMessage
} from "./chunk-HSXQT5O5.js";
import {
  PermanentError,
  RetryableError,
  TimeoutError,
  UnavailableError
} from "./chunk-ICS75TSL.js";

// dist/scrape/browser/launch.js
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// dist/scrape/browser/egressProxy.js
import { createServer, request as httpRequest } from "node:http";
import { connect } from "node:net";
var EGRESS_HEADER = "x-scoutly-egress";
var HOP_BY_HOP = /* @__PURE__ */ new Set(["connection", "proxy-connection", "proxy-authorization", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"]);
var IDLE_MS = 6e4;
function parseAuthority(authority) {
  const m = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(authority);
  if (!m)
    return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1], port } : null;
}
function verdictOf(err) {
  if (err instanceof EgressRefusedError)
    return { status: 403, value: "refused", reason: err.message };
  const code = err.code;
  return { status: 502, value: `unreachable ${typeof code === "string" ? code : "ECONNRESET"}`, reason: err.message };
}
async function startEgressProxy(policy) {
  let refusals = 0;
  const sockets = /* @__PURE__ */ new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.once("close", () => sockets.delete(socket));
  };
  const server = createServer((req, res) => {
    const answer = (err) => {
      const verdict = verdictOf(err);
      if (verdict.status === 403)
        refusals++;
      if (res.headersSent)
        return void res.destroy();
      res.writeHead(verdict.status, { [EGRESS_HEADER]: verdict.value, "content-type": "text/plain", connection: "close" }).end(verdict.reason);
    };
    let target;
    try {
      target = new URL(req.url ?? "");
      if (target.protocol !== "http:")
        throw new Error("not http");
    } catch {
      return void res.writeHead(400, { [EGRESS_HEADER]: "bad request", connection: "close" }).end("an absolute http:// URL is expected");
    }
    checkedAddress(target.hostname, policy).then(({ address }) => {
      const headers = {};
      for (const [name, value] of Object.entries(req.headers))
        if (value !== void 0 && !HOP_BY_HOP.has(name))
          headers[name] = value;
      const upstream = httpRequest({ host: address, port: Number(target.port || 80), method: req.method, path: `${target.pathname}${target.search}`, headers, agent: false, setHost: false });
      upstream.on("socket", track);
      upstream.on("response", (answerRes) => {
        const out = {};
        for (const [name, value] of Object.entries(answerRes.headers))
          if (value !== void 0 && !HOP_BY_HOP.has(name))
            out[name] = value;
        res.writeHead(answerRes.statusCode ?? 502, out);
        answerRes.pipe(res);
        answerRes.on("error", () => res.destroy());
      });
      upstream.on("error", answer);
      req.pipe(upstream);
    }, answer);
  });
  server.on("connect", (req, client, head) => {
    track(client);
    client.on("error", () => {
    });
    const authority = parseAuthority(req.url ?? "");
    if (!authority)
      return void client.end(`HTTP/1.1 400 Bad Request\r
${EGRESS_HEADER}: bad request\r
connection: close\r
content-length: 0\r
\r
`);
    const refuse = (err) => {
      const verdict = verdictOf(err);
      if (verdict.status === 403)
        refusals++;
      if (client.destroyed)
        return;
      client.end(`HTTP/1.1 ${verdict.status} ${verdict.status === 403 ? "Forbidden" : "Bad Gateway"}\r
${EGRESS_HEADER}: ${verdict.value}\r
connection: close\r
content-length: 0\r
\r
`);
    };
    checkedAddress(authority.host, policy).then(({ address }) => {
      const upstream = connect({ host: address, port: authority.port });
      track(upstream);
      let connected = false;
      upstream.once("error", (err) => connected ? client.destroy() : refuse(err));
      upstream.once("connect", () => {
        connected = true;
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head.length)
          upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
        client.once("close", () => upstream.destroy());
        upstream.once("close", () => client.destroy());
      });
    }, refuse);
  });
  server.on("connection", track);
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    refused: () => refusals,
    close: () => new Promise((resolve) => {
      for (const socket of sockets)
        socket.destroy();
      server.close(() => resolve());
    })
  };
}

// dist/scrape/browser/pageScript.js
var DOM_WATCH_KEY = "__scoutlyDomWatch";
var SNAPSHOT_CAPS = {
  /** Links sent: a page with 100,000 links is not 100,000 postings (normalisation keeps 2,000). */
  links: 5e3,
  /** Links looked at, sent or not (outside the selector, addresses too long): the walk's own bound. */
  linksExamined: 5e4,
  /** Longer addresses are never postings' (normalisation drops them): skipped, not sent. */
  urlChars: MAX_URL_LENGTH,
  /** A title is cut here after its spaces are folded; longer than 200 is never a posting's title anyway. */
  titleChars: 1e3,
  /** Elements inside one link looked at for its title: a card has a dozen, a hostile link millions. */
  titleNodes: 64,
  /** Ancestors looked at to tell a link in nav, header or footer (a closest() on a deep DOM walks them all). */
  chromeDepth: 64,
  /** JobPosting items sent: one scrape keeps 2,000 postings. */
  postings: MAX_POSTINGS_PER_SCRAPE,
  /** JSON-LD text parsed, all blocks together; a block that does not fit is skipped unparsed. */
  jsonLdChars: 4e6,
  /** JSON values of one block visited looking for JobPosting items (a 500,000-item array is not walked to its end). */
  jsonNodes: 2e5,
  /** Depth of a JobPosting kept (its places' country names sit at 5); deeper values are dropped. */
  jsonDepth: 6,
  /** Items of an array inside a JobPosting kept (its places). */
  jsonArrayItems: 100,
  /** Keys of an object inside a JobPosting kept. */
  jsonKeys: 100,
  /** Characters of one JSON-LD string kept (normalisation keeps 50,000 of a description's text). */
  jsonStringChars: 1e5,
  /** Characters of every string sent, together: what one snapshot may cost Node, whatever the page holds. */
  snapshotChars: 8e6,
  /** Candidate "load more" controls looked at. */
  controls: 500
};
var RENDERED_HTML_CHARS = 4e6;
function watchDom(key) {
  let changes = 0;
  let last = performance.now();
  let linksWhenParsed = null;
  document.addEventListener("DOMContentLoaded", () => {
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
  }
}
function probePage([key, sel]) {
  const watch = window[key];
  const state = typeof watch === "function" ? watch() : null;
  let listed = false;
  if (sel) {
    try {
      listed = document.querySelector(`:is(${sel}) a[href]`) !== null;
    } catch {
      listed = false;
    }
  }
  return { changes: state ? state[0] : null, quietForMs: state ? state[1] : 0, links: document.links.length, linksWhenParsed: state ? state[2] : null, listed };
}
function waitForDomChange([moreThanLinks, ms]) {
  return new Promise((resolve) => {
    let frame = requestAnimationFrame(function keepDrawing() {
      frame = requestAnimationFrame(keepDrawing);
    });
    const done = (changed) => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      clearTimeout(timer);
      resolve(changed);
    };
    const observer = new MutationObserver(() => {
      if (moreThanLinks === null || document.links.length > moreThanLinks)
        done(true);
    });
    const timer = setTimeout(() => done(false), ms);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    if (moreThanLinks !== null && document.links.length > moreThanLinks)
      done(true);
  });
}
function findMoreControl([sel, caps]) {
  const MORE = /\b(load|show|see|view) more\b|\bmore (jobs|positions|openings|roles|vacancies|results)\b/i;
  const kinds = ["button", "[role=button]", "a:not([href])", 'a[href="#"]', 'a[href^="javascript:" i]'];
  const scoped = sel !== null && document.querySelector(sel) !== null;
  let candidates;
  try {
    candidates = document.querySelectorAll(kinds.map((k) => scoped ? `:is(${sel}) ${k}` : k).join(", "));
  } catch {
    return null;
  }
  for (let i = 0; i < candidates.length && i < caps.controls; i++) {
    const el = candidates[i];
    let text = "";
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = 0, node = walker.nextNode(); node && n < 16 && text.length <= 80; n++, node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE)
        text += node.data.slice(0, 81);
    }
    text = text.replace(/\s+/g, " ").trim();
    if (text.length > 80 || !MORE.test(text) || el.disabled)
      continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none")
      return el;
  }
  return null;
}
function readSnapshot([sel, caps]) {
  let budget = caps.snapshotChars;
  const fold = (s) => s.replace(/\s+/g, " ").trim();
  const cut = (s, max) => s.length > max ? s.slice(0, max) : s;
  const jsonLd = [];
  const copy = (value, depth) => {
    if (typeof value === "string") {
      const s = cut(value, caps.jsonStringChars);
      budget -= s.length;
      return s;
    }
    if (value === null || typeof value === "number" || typeof value === "boolean")
      return value;
    if (typeof value !== "object" || depth >= caps.jsonDepth)
      return void 0;
    if (Array.isArray(value))
      return value.slice(0, caps.jsonArrayItems).map((v) => copy(v, depth + 1));
    const out = {};
    let keys = 0;
    for (const key of Object.keys(value)) {
      if (key === "@graph" || key === "__proto__")
        continue;
      if (++keys > caps.jsonKeys)
        break;
      budget -= key.length;
      out[key] = copy(value[key], depth + 1);
    }
    return out;
  };
  const isPosting = (o) => o["@type"] === "JobPosting" || Array.isArray(o["@type"]) && o["@type"].includes("JobPosting");
  let ldChars = caps.jsonLdChars;
  const blocks = document.querySelectorAll('script[type="application/ld+json"]');
  for (let b = 0; b < blocks.length && jsonLd.length < caps.postings && budget > 0; b++) {
    const text = blocks[b].textContent ?? "";
    if (text.length > ldChars)
      continue;
    ldChars -= text.length;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const stack = [[data, false]];
    let visits = 0;
    while (stack.length && jsonLd.length < caps.postings && visits < caps.jsonNodes && budget > 0) {
      const [node, emit] = stack.pop();
      visits++;
      if (emit) {
        const posting = copy(node, 0);
        if (budget >= 0)
          jsonLd.push(posting);
        continue;
      }
      if (Array.isArray(node)) {
        for (let i = Math.min(node.length, caps.jsonNodes - visits) - 1; i >= 0; i--)
          stack.push([node[i], false]);
      } else if (node && typeof node === "object") {
        const o = node;
        if (isPosting(o))
          stack.push([o, true]);
        if (Array.isArray(o["@graph"]))
          stack.push([o["@graph"], false]);
      }
    }
  }
  const scoped = sel !== null && document.querySelector(sel) !== null;
  let candidates;
  let inScope = (_a) => true;
  if (scoped) {
    try {
      candidates = document.querySelectorAll(`:is(${sel}) a[href]`);
    } catch {
      candidates = document.querySelectorAll("a[href]");
      inScope = (a) => a.parentElement?.closest(sel) != null;
    }
  } else {
    candidates = (document.body ?? document.documentElement)?.querySelectorAll("a[href]") ?? [];
  }
  const HEADING = "h1,h2,h3,h4,h5,h6,[role=heading]";
  const hidden = (el) => {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden" || el.getAttribute("aria-hidden") === "true")
      return true;
    const clipped = /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip) || /inset\(50%\)/.test(style.clipPath);
    if (clipped || style.position !== "absolute")
      return clipped;
    const box = el.getBoundingClientRect();
    return box.width <= 1 && box.height <= 1;
  };
  const textOf = (el, max) => {
    let text = "";
    let n = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    for (; node && n < caps.titleNodes && text.length <= max; n++, node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE)
        text += node.data.slice(0, max + 1);
    }
    return { text: cut(text, max), whole: node === null && text.length <= max };
  };
  const titleOf = (a) => {
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_ELEMENT);
    let heading = null;
    for (let n = 0, el = walker.nextNode(); el && n < caps.titleNodes && !heading; n++, el = walker.nextNode()) {
      if (el.matches(HEADING))
        heading = el;
    }
    if (heading && !hidden(heading)) {
      const small = textOf(heading, caps.titleChars);
      const text = small.whole ? heading.innerText ?? small.text : small.text;
      if (text.trim())
        return text;
    }
    const label = a.getAttribute("aria-label");
    if (label?.trim())
      return cut(label, caps.titleChars * 2);
    const chunks = [];
    const shown = document.createTreeWalker(a, NodeFilter.SHOW_ELEMENT, { acceptNode: (el) => hidden(el) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
    let looked = 0;
    for (let el = hidden(a) ? null : a; el && looked < caps.titleNodes; el = shown.nextNode(), looked++) {
      let own = "";
      let kids = 0;
      for (let child = el.firstChild; child && kids < caps.titleNodes && own.length <= caps.titleChars; child = child.nextSibling, kids++) {
        if (child.nodeType === Node.TEXT_NODE)
          own += ` ${child.data.slice(0, caps.titleChars + 1)}`;
      }
      own = fold(own);
      if (own) {
        const style = getComputedStyle(el);
        chunks.push({ text: cut(own, caps.titleChars), weight: parseFloat(style.fontSize) * 1e3 + (parseInt(style.fontWeight, 10) || 400) });
      }
    }
    if (chunks.length <= 1)
      return chunks[0]?.text ?? textOf(a, caps.titleChars).text;
    let top = -Infinity;
    for (const c of chunks)
      top = Math.max(top, c.weight);
    return chunks.filter((c) => c.weight === top).map((c) => c.text).join(" ");
  };
  const inChrome = (a) => {
    let el = a;
    for (let d = 0; el && d < caps.chromeDepth; d++, el = el.parentElement) {
      if (el.matches("nav, header, footer, [role=navigation]"))
        return true;
    }
    return false;
  };
  const links = [];
  let relNext = null;
  let textNext = null;
  for (let i = 0; i < candidates.length && i < caps.linksExamined && links.length < caps.links && budget > 0; i++) {
    const a = candidates[i];
    if (!inScope(a) || (a.getAttribute("href")?.length ?? 0) > caps.urlChars)
      continue;
    const href = a.href;
    if (typeof href !== "string" || href.length > caps.urlChars)
      continue;
    if (!relNext && a.relList?.contains("next"))
      relNext = href;
    if (!textNext) {
      const label = textOf(a, 40);
      if (label.whole && /^\s*(next|next page|›|»)\s*$/i.test(label.text))
        textNext = href;
    }
    const text = cut(fold(titleOf(a)), caps.titleChars);
    budget -= text.length + href.length;
    if (budget < 0)
      break;
    links.push({ text, href, inChrome: inChrome(a) });
  }
  return { snapshot: { jsonLd, links, selectorFound: scoped }, next: relNext ?? textNext };
}
function renderedHtml(max) {
  const ATTRIBUTE_CHARS = 4096;
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
  const RAW_TEXT = /^(script|style|xmp|iframe|noembed|noframes|plaintext|noscript)$/;
  const escapeText = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
  const escapeAttribute = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");
  const root = document.documentElement;
  if (!root)
    return "";
  const out = [];
  let size = 0;
  const emit = (text) => {
    if (size + text.length > max)
      return false;
    out.push(text);
    size += text.length;
    return true;
  };
  const isElement = (n) => n.nodeType === Node.ELEMENT_NODE;
  const start = (n) => {
    if (isElement(n)) {
      let tag = `<${n.localName}`;
      for (const a of n.attributes)
        if (a.value.length <= ATTRIBUTE_CHARS)
          tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
      return emit(`${tag}>`);
    }
    if (n.nodeType === Node.TEXT_NODE) {
      const text = n.data;
      if (size + text.length > max)
        return false;
      return emit(RAW_TEXT.test(n.parentElement?.localName ?? "") ? text : escapeText(text));
    }
    return n.nodeType !== Node.COMMENT_NODE || emit(`<!--${n.data}-->`);
  };
  const end = (el) => VOID.test(el.localName) || emit(`</${el.localName}>`);
  let node = root;
  let whole = false;
  walk: for (; ; ) {
    if (!start(node))
      break;
    if (isElement(node) && node.firstChild && !VOID.test(node.localName)) {
      node = node.firstChild;
      continue;
    }
    if (isElement(node) && !end(node))
      break;
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!end(node))
        break walk;
    }
    if (node === root) {
      whole = true;
      break;
    }
    node = node.nextSibling;
  }
  const html = out.join("");
  return whole ? html : html.slice(0, html.lastIndexOf(">") + 1);
}

// dist/scrape/browser/settle.js
var QUIET_MS = 250;
var SETTLE_MAX_MS = 2e3;
var LATE_LIST_WAIT_MS = 5e3;
var LOAD_WAIT_MS = 5e3;
var STILL_GROWING_MS = 800;
var GROWING_MAX_MS = 5e3;
var MAX_MORE_CLICKS = 10;
var MAX_SCROLLS = 10;
var REACT_MS = 300;
var GROWTH_WAIT_MS = 2500;
var EXPAND_BUDGET_MS = 1e4;
var POLL_MS = 50;
function trackNetwork(page) {
  const inFlight = /* @__PURE__ */ new Set();
  let started = 0;
  let lastChange = performance.now();
  page.on("request", (r) => {
    inFlight.add(r);
    started++;
    lastChange = performance.now();
  });
  const ended = (r) => {
    inFlight.delete(r);
    lastChange = performance.now();
  };
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  return {
    state: () => ({ inFlight: inFlight.size, started, quietForMs: performance.now() - lastChange }),
    reset: () => inFlight.clear()
  };
}
var remaining = (until) => until - performance.now();
async function waitFor(page, check, maxMs) {
  const until = performance.now() + maxMs;
  for (; ; ) {
    if (page.isClosed())
      return false;
    if (await check())
      return true;
    if (remaining(until) <= 0)
      return false;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(1, remaining(until)))));
  }
}
async function pageChanged(page, moreThanLinks, maxMs) {
  if (maxMs <= 0 || page.isClosed())
    return false;
  let onRequest;
  const requested = new Promise((resolve) => page.once("request", onRequest = () => resolve(true)));
  const inPage = page.evaluate(waitForDomChange, [moreThanLinks, Math.ceil(maxMs)]).catch(() => true);
  try {
    return await Promise.race(moreThanLinks === null ? [inPage, requested] : [inPage]);
  } finally {
    page.off("request", onRequest);
  }
}
async function probe(page, selector) {
  return page.evaluate(probePage, [DOM_WATCH_KEY, selector]).catch((err) => {
    if (/Execution context was destroyed|Cannot find context|navigat/i.test(err.message ?? ""))
      return null;
    throw err;
  });
}
async function settle(page, selector, network, maxMs) {
  await waitFor(page, async () => {
    const p = await probe(page, selector);
    if (!p)
      return false;
    if (selector && p.listed)
      return true;
    const net = network.state();
    return net.inFlight === 0 && net.quietForMs >= QUIET_MS && (p.changes === null || p.quietForMs >= QUIET_MS);
  }, maxMs);
}
async function markOf(page, network) {
  return { probe: await probe(page, null) ?? { changes: null, quietForMs: 0, links: 0, linksWhenParsed: null, listed: false }, started: network.state().started };
}
async function grew(page, network, before, until) {
  const churning = before.probe.quietForMs < REACT_MS;
  const reacted = await waitFor(page, async () => {
    const p = await probe(page, null);
    return !p || network.state().started > before.started || p.links > before.probe.links || !churning && p.changes !== before.probe.changes;
  }, Math.min(REACT_MS, remaining(until)));
  if (!reacted)
    return false;
  const more = await waitFor(page, async () => ((await probe(page, null))?.links ?? 0) > before.probe.links, Math.min(GROWTH_WAIT_MS, remaining(until)));
  if (!more)
    return false;
  await settle(page, null, network, Math.min(SETTLE_MAX_MS, remaining(until)));
  return true;
}
async function expand(page, selector, network, until) {
  for (let i = 0; i < MAX_MORE_CLICKS && remaining(until) > 0; i++) {
    const found = await page.evaluateHandle(findMoreControl, [selector, SNAPSHOT_CAPS]);
    const control = found.asElement();
    if (!control) {
      await found.dispose();
      break;
    }
    const before = await markOf(page, network);
    const clicked = await control.click({ timeout: 1e3 }).then(() => true, () => control.evaluate((el) => el.click()).then(() => true, () => false));
    await control.dispose().catch(() => {
    });
    if (!clicked || !await grew(page, network, before, until))
      break;
  }
  for (let i = 0; i < MAX_SCROLLS && remaining(until) > 0; i++) {
    const before = await markOf(page, network);
    if (before.probe.links >= SNAPSHOT_CAPS.links)
      break;
    const scrolled = await page.evaluate(() => {
      const root = document.scrollingElement;
      if (!root || root.scrollHeight <= window.scrollY + window.innerHeight + 1)
        return false;
      window.scrollTo(0, root.scrollHeight);
      return true;
    }).catch(() => false);
    if (!scrolled || !await grew(page, network, before, until))
      break;
  }
}
async function readWhenReady(page, selector, network, expandUntil) {
  const first = await probe(page, null);
  const linksAtAnswer = first?.linksWhenParsed ?? first?.links ?? 0;
  await settle(page, selector, network, SETTLE_MAX_MS);
  await page.waitForLoadState("load", { timeout: LOAD_WAIT_MS }).catch(() => {
  });
  const watchUntil = performance.now() + LATE_LIST_WAIT_MS;
  let growingUntil = null;
  for (; ; ) {
    await expand(page, selector, network, expandUntil);
    const { snapshot, next } = await page.evaluate(readSnapshot, [selector, SNAPSHOT_CAPS]);
    const read = { postings: postingsFromSnapshot(snapshot, page.url()), next: next && next !== page.url() ? next : null };
    if (read.postings.length > 0) {
      const now = await markOf(page, network);
      if (now.probe.links <= linksAtAnswer)
        return read;
      growingUntil ??= performance.now() + GROWING_MAX_MS;
      const more = await pageChanged(page, now.probe.links, Math.min(STILL_GROWING_MS, remaining(growingUntil)));
      if (!more)
        return read;
      await settle(page, selector, network, Math.min(SETTLE_MAX_MS, remaining(growingUntil)));
      continue;
    }
    if (remaining(watchUntil) <= 0)
      return read;
    const changed = await pageChanged(page, null, remaining(watchUntil));
    if (!changed)
      return read;
    await settle(page, selector, network, Math.min(SETTLE_MAX_MS, remaining(watchUntil)));
  }
}

// dist/scrape/browser/careersPage.js
var BLOCKED_RESOURCES = /* @__PURE__ */ new Set(["image", "media", "font"]);
var MAX_PAGES = 3;
var MAX_REDIRECTS = 5;
var CLOSE_WAIT_MS = 2e3;
var idleState = () => ({ refused: null, redirectLoop: false, documentError: null, answer: null, navigating: false, cost: null, now: Date.now });
async function openLane(browser, policy) {
  const context = await browser.newContext({ userAgent: USER_AGENT, acceptDownloads: false, javaScriptEnabled: true, serviceWorkers: "block" });
  let usable = true;
  let state = idleState();
  const closeLane = () => {
    usable = false;
    return Promise.race([context.close().catch(() => {
    }), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]).then(() => {
    });
  };
  try {
    const page = await context.newPage();
    const isCareersDocument = (request) => {
      try {
        return request.isNavigationRequest() && request.frame().parentFrame() === null && request.frame().page() === page;
      } catch {
        return false;
      }
    };
    context.on("page", (opened) => void (opened === page ? null : opened.close().catch(() => {
    })));
    await context.addInitScript(watchDom, DOM_WATCH_KEY);
    await context.route("**/*", async (route) => {
      const request = route.request();
      if (BLOCKED_RESOURCES.has(request.resourceType()))
        return route.abort();
      if (request.url() === "about:blank")
        return route.continue();
      const current = state;
      const problem = quickCheck(request.url(), policy);
      const decides = isCareersDocument(request);
      const refuse = (why) => void (decides ? current.refused ??= why : null);
      if (problem) {
        refuse(`${safeForMessage(request.url())}: ${problem}`);
        return route.abort("blockedbyclient");
      }
      if (!request.isNavigationRequest())
        return route.continue();
      const judge = decides ? (response) => judgeAnswer(response, safeForMessage(request.url()), current) : null;
      try {
        await routeDocument(route, policy, refuse, () => current.redirectLoop = true, judge);
      } catch (err) {
        current.documentError ??= err;
        await route.abort("failed").catch(() => {
        });
      }
    });
    const devtools = await pageDevtools(context, page, () => state.cost);
    const network = trackNetwork(page);
    return {
      reusable: () => usable && !page.isClosed(),
      close: closeLane,
      async extract(url, opts) {
        assertUsableSelector(opts.selector);
        state = { ...idleState(), cost: opts.cost ?? null, now: opts.now };
        const mine = state;
        network.reset();
        let timedOut = false;
        let stop;
        const stopped = new Promise((_, reject) => stop = reject);
        stopped.catch(() => {
        });
        const watchdog = () => {
          stop(new Error("stopped"));
          void closeLane();
        };
        const timer = setTimeout(() => {
          timedOut = true;
          watchdog();
        }, opts.timeoutMs);
        opts.signal.addEventListener("abort", watchdog, { once: true });
        if (opts.signal.aborted)
          watchdog();
        const work = async () => {
          context.setDefaultTimeout(Math.min(opts.timeoutMs, 3e4));
          const taskStart = await devtools.taskSeconds();
          const postings = [];
          let html = "";
          let current = url;
          const expandUntil = performance.now() + EXPAND_BUDGET_MS;
          for (let n = 0; current && n < MAX_PAGES && postings.length < MAX_POSTINGS_PER_SCRAPE; n++) {
            mine.navigating = true;
            const response = await page.goto(current, { waitUntil: "domcontentloaded" }).catch((err) => {
              throw stopReason(mine) ?? err;
            });
            mine.navigating = false;
            const answered = stopReason(mine);
            if (answered)
              throw answered;
            if (!response)
              throw new RetryableError("network", `${safeForMessage(current)}: no response`);
            if (n === 0 && opts.selector)
              await page.evaluate((sel) => void document.querySelector(sel), opts.selector);
            const read = await readWhenReady(page, opts.selector, network, expandUntil);
            const navigated = stopReason(mine);
            if (navigated)
              throw navigated;
            if (n === 0)
              html = await page.evaluate(renderedHtml, RENDERED_HTML_CHARS).catch(() => "");
            for (const posting of read.postings)
              postings.push(posting);
            current = read.next;
          }
          if (opts.cost) {
            const taskEnd = await devtools.taskSeconds();
            opts.cost.cpuMs += (taskEnd >= taskStart ? taskEnd - taskStart : taskEnd) * 1e3;
          }
          await page.goto("about:blank").catch(() => usable = false);
          await context.clearCookies().catch(() => usable = false);
          await devtools.collectGarbage().catch(() => usable = false);
          return { postings, html };
        };
        try {
          const working = work();
          working.catch(() => {
          });
          return await Promise.race([working, stopped]);
        } catch (err) {
          void closeLane();
          const decided = stopReason(mine);
          if (decided)
            throw decided;
          if (opts.signal.aborted)
            throw opts.signal.reason ?? err;
          if (timedOut)
            throw new TimeoutError(`${safeForMessage(url)}: the page did not finish within ${opts.timeoutMs} ms`);
          const routed = mine.documentError;
          const message = `${err.message ?? ""} ${routed?.message ?? ""}`;
          const unreachable = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH/.exec(message);
          if (unreachable)
            throw new RetryableError("network", `${safeForMessage(url)}: ${unreachable[0]}`);
          const net = /net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE)/.exec(message);
          if (net)
            throw new RetryableError("network", `${safeForMessage(url)}: ${net[0]}`);
          if (mine.redirectLoop || /net::ERR_TOO_MANY_REDIRECTS/.test(message))
            throw new RetryableError("redirect_loop", `${safeForMessage(url)}: the page redirects in a loop`);
          if (/is not a valid selector|SyntaxError: .*selector/i.test(message)) {
            throw new PermanentError("invalid_selector", `the company's selector "${opts.selector}" is not valid in Chromium: fix it with scoutly companies add SLUG URL --selector CSS`);
          }
          if (/net::ERR_TIMED_OUT|Timeout \d+ms exceeded/.test(message)) {
            throw new TimeoutError(`${safeForMessage(url)}: timed out`);
          }
          if (/Target crashed|Page crashed/i.test(message)) {
            throw new RetryableError("internal", `${safeForMessage(url)}: Chromium's renderer crashed while reading the page (a page too heavy or too deeply nested for it, this one or one sharing its renderer)`);
          }
          if (/Target (page, context or browser )?(has been )?closed|context was closed/i.test(message)) {
            throw new TimeoutError(`${safeForMessage(url)}: the page did not finish within ${opts.timeoutMs} ms`);
          }
          throw err;
        } finally {
          clearTimeout(timer);
          opts.signal.removeEventListener("abort", watchdog);
          if (state === mine)
            state = idleState();
        }
      }
    };
  } catch (err) {
    await closeLane();
    throw err;
  }
}
async function pageDevtools(context, page, current) {
  const cdp = await context.newCDPSession(page);
  cdp.on("Network.loadingFinished", (e) => {
    const cost = current();
    if (cost)
      cost.bytes += e.encodedDataLength;
  });
  await cdp.send("Network.enable");
  await cdp.send("Performance.enable");
  return {
    async taskSeconds() {
      for (let tries = 0; tries < 2; tries++) {
        const answer = await cdp.send("Performance.getMetrics").catch(() => null);
        const seconds = answer?.metrics.find((m) => m.name === "TaskDuration")?.value;
        if (seconds !== void 0)
          return seconds;
      }
      return 0;
    },
    async collectGarbage() {
      await cdp.send("HeapProfiler.collectGarbage");
    }
  };
}
function stopReason(state) {
  if (state.refused)
    return new PermanentError("invalid_url", `refused ${state.refused}`);
  return state.answer;
}
async function judgeAnswer(response, where, state) {
  const status = response.status();
  const body = status >= 200 && status < 300 ? "" : await response.text().catch(() => "");
  const error = errorForResponse(status, { get: (h) => response.headers()[h.toLowerCase()] ?? null }, body, where, state.now());
  if (!error || !(state.navigating || error.kind === "blocked" || error.kind === "rate_limited"))
    return false;
  state.answer ??= error;
  return true;
}
async function routeDocument(route, policy, refuse, loop, judge) {
  const original = route.request().url();
  let target = original;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await route.fetch({ url: target, maxRedirects: 0 });
    const verdict = response.headers()[EGRESS_HEADER];
    if (verdict === "refused") {
      refuse(`${safeForMessage(target)}${target === original ? "" : ` (redirected from ${safeForMessage(original)})`}: ${(await response.text()).slice(0, 300)}`);
      return route.abort("blockedbyclient");
    }
    if (verdict?.startsWith("unreachable"))
      throw new Error(`${safeForMessage(target)}: ${verdict.slice("unreachable ".length)}`);
    const location = response.status() >= 300 && response.status() < 400 ? response.headers()["location"] : void 0;
    if (!location) {
      if (judge && await judge(response))
        return route.abort("blockedbyclient");
      if (target === original)
        return route.fulfill({ response });
      return route.fulfill({ status: 302, headers: { location: target } });
    }
    const next = new URL(location, target).toString();
    const problem = quickCheck(next, policy);
    if (problem) {
      refuse(`${safeForMessage(next)} (redirected from ${safeForMessage(original)}): ${problem}`);
      return route.abort("blockedbyclient");
    }
    target = next;
  }
  loop();
  return route.abort("failed");
}

// dist/scrape/browser/launch.js
var PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "DialMediaRouteProvider",
  "GlobalMediaControls",
  "HttpsUpgrades",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "BlockOriginHeaderModificationOnRedirect",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "Translate",
  "AutoDeElevate",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion"
];
var OUR_DISABLED_FEATURES = [
  // Memory on a Pi: careers pages of different sites may share renderers (no per-site isolation
  // needed: nothing logged in, nothing to leak between them), and at most a few renderers run.
  "site-per-process",
  // Chromium ≥ 151 pre-renders its address-bar popup (WebUI) in two renderers that never go away, headless too:
  // ≈ 53 MiB here for nothing a careers page needs.
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup"
];
var PLAYWRIGHT_ENABLED_FEATURES = ["CDPScreenshotNewSurface"];
var OUR_ENABLED_FEATURES = [
  // Memory on a Pi: the network service runs in the browser process instead of a process of its own
  // (≈ 12 MiB of relocated code pages and its own heaps less); the egress proxy still carries every request.
  "NetworkServiceInProcess2"
];
var DISK_CACHE_BYTES = 8 * 1024 * 1024;
var CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-site-isolation-trials",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(",")}`,
  `--enable-features=${[...PLAYWRIGHT_ENABLED_FEATURES, ...OUR_ENABLED_FEATURES].join(",")}`,
  // Nothing is drawn to be looked at: without SwiftShader the GPU process is ≈ 16 MiB smaller (pages lay out alike).
  "--disable-software-rasterizer",
  "--disable-extensions",
  `--disk-cache-size=${DISK_CACHE_BYTES}`,
  // WebRTC would otherwise send UDP around the proxy (STUN to any address a page names).
  "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
  "--webrtc-ip-handling-policy=disable_non_proxied_udp"
];
var ChromiumStderr = class {
  lines = [];
  logger = {
    isEnabled: (name) => name === "browser",
    log: (_name, _severity, message) => {
      const text = String(message);
      if (!/\[err\]/.test(text))
        return;
      this.lines.push(text.replace(/^.*?\[err\]\s*/, ""));
      if (this.lines.length > 50)
        this.lines.shift();
    }
  };
  /** The FATAL/ERROR lines seen (or found in a launch error's log section), at most three; null when none. */
  explain(launchMessage) {
    const fromLaunch = launchMessage.split("\n").map((l) => l.replace(/^.*?\[err\]\s*/, "")).filter((l) => /FATAL|ERROR|Check failed/.test(l));
    const picked = [...this.lines.filter((l) => /FATAL|ERROR|Check failed/.test(l)), ...fromLaunch];
    return picked.length ? [...new Set(picked)].slice(0, 3).map((l) => l.trim().slice(0, 300)).join(" | ") : null;
  }
};
var processGone = (pid) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err.code === "ESRCH";
  }
};
function chromiumFolder(cacheDir) {
  const filesDir = join(cacheDir, "chromium");
  try {
    mkdirSync(filesDir, { recursive: true, mode: 448 });
    for (const name of readdirSync(filesDir)) {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      if (pid && processGone(pid))
        rmSync(join(filesDir, name), { recursive: true, force: true });
    }
    return mkdtempSync(join(filesDir, `${process.pid}-`));
  } catch (err) {
    throw new UnavailableError(`cannot make Chromium's folder in ${filesDir} (${err.message}): the cache folder must be writable by Scoutly's user (CACHE_DIRECTORY, XDG_CACHE_HOME or HOME)`, { cause: err });
  }
}
async function withTmpdir(folder, launch) {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await launch();
  } finally {
    if (before === void 0)
      delete process.env.TMPDIR;
    else
      process.env.TMPDIR = before;
  }
}
async function launchBrowser(options) {
  if (!options.executablePath) {
    throw new UnavailableError("no Chromium found: install Debian's headless shell (apt-get install chromium-headless-shell) or set SCOUTLY_CHROMIUM");
  }
  const { chromium } = await import("playwright-core");
  const home = options.cacheDir ? chromiumFolder(options.cacheDir) : mkdtempSync(join(tmpdir(), "scoutly-chromium-"));
  const stderr = new ChromiumStderr();
  let browser;
  let proxy;
  try {
    proxy = await startEgressProxy(options);
    const { executablePath } = options;
    const server = proxy.url;
    browser = await withTmpdir(home, () => chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS, `--renderer-process-limit=${options.pages ?? 3}`],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // No bypass: Playwright adds <-loopback>, so even 127.0.0.1 goes through the proxy (which decides).
      // Set here rather than as a flag so route.fetch, which Playwright runs itself, uses it too.
      proxy: { server },
      // Chromium must not inherit secrets (the Gemini key) from our environment.
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_CACHE_HOME: join(home, ".cache") },
      logger: stderr.logger
    }));
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    await proxy?.close();
    const why = stderr.explain(String(err.message)) ?? err.message.split("\n")[0];
    throw new UnavailableError(`Chromium did not start (${options.executablePath}): ${why}`, { cause: err });
  }
  let open = 0;
  let closing = false;
  const idle = [];
  const crashed = (err) => {
    if (!closing && !browser.isConnected()) {
      throw new UnavailableError(`Chromium exited while reading pages: ${stderr.explain("") ?? "no error output"}`, { cause: err });
    }
    throw err;
  };
  return {
    async extract(url, opts) {
      open++;
      try {
        const lane = idle.pop() ?? await openLane(browser, options).catch(crashed);
        const read = await lane.extract(url, opts).catch(crashed);
        if (lane.reusable() && !closing)
          idle.push(lane);
        else
          await lane.close();
        return read;
      } finally {
        open--;
      }
    },
    async check() {
      const context = await browser.newContext().catch(crashed);
      try {
        const page = await context.newPage();
        await page.setContent("<p>ok</p>");
        if (await page.textContent("p") !== "ok")
          throw new Error("a page did not render");
      } catch (err) {
        crashed(err);
      } finally {
        await context.close().catch(() => {
        });
      }
    },
    openPages: () => open,
    async close() {
      closing = true;
      await Promise.all(idle.splice(0).map((lane) => lane.close()));
      await browser.close().catch(() => {
      });
      await proxy.close();
      rmSync(home, { recursive: true, force: true });
    }
  };
}

export {
  DISK_CACHE_BYTES,
  CHROMIUM_ARGS,
  chromiumFolder,
  launchBrowser
};
