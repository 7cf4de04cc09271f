// Linear-time reading of untrusted markup (careers pages, boards' HTML, descriptions, Personio's XML): htmlparser2's
// streaming parser, with elements deeper than MAX_MARKUP_DEPTH dropped before the parser sees them.

import { Parser, Tokenizer, DomHandler, type Handler, type TokenizerCallbacks } from 'htmlparser2';
import { hasChildren, isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

/**
 * Elements nested deeper than this are dropped, with everything inside them. htmlparser2 keeps its open
 * elements in an array it shifts at every tag (quadratic: 100,000 nested `<div>` take seconds, a million
 * take many minutes), and DOM walks recurse per level; nothing a person reads sits 256 elements deep (pages
 * built by frameworks stay under ~60).
 */
export const MAX_MARKUP_DEPTH = 256;

/** HTML's void elements: they never contain anything, so dropping one never has to wait for its end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Counts the elements the parser holds open (each open is closed once, void ones at once) and passes every event on. */
class DepthCounter implements Partial<Handler> {
  depth = 0;
  constructor(private readonly inner: Partial<Handler>) {}
  onparserinit(parser: Parser) { this.inner.onparserinit?.(parser); }
  onreset() { this.inner.onreset?.(); }
  onend() { this.inner.onend?.(); }
  onerror(error: Error) { this.inner.onerror?.(error); }
  onopentagname(name: string) {
    this.depth++;
    this.inner.onopentagname?.(name);
  }
  onclosetag(name: string, isImplied: boolean) {
    this.depth--;
    this.inner.onclosetag?.(name, isImplied);
  }
  onattribute(name: string, value: string, quote?: string | null) { this.inner.onattribute?.(name, value, quote); }
  onopentag(name: string, attribs: Record<string, string>, isImplied: boolean) { this.inner.onopentag?.(name, attribs, isImplied); }
  ontext(data: string) { this.inner.ontext?.(data); }
  oncomment(data: string) { this.inner.oncomment?.(data); }
  oncommentend() { this.inner.oncommentend?.(); }
  oncdatastart() { this.inner.oncdatastart?.(); }
  oncdataend() { this.inner.oncdataend?.(); }
  onprocessinginstruction(name: string, data: string) { this.inner.onprocessinginstruction?.(name, data); }
}

/**
 * Stands between the tokenizer and the parser: below the depth cap, tags, text and attributes are not
 * passed on, and the end tags that close them are counted off, so the parser's stack never grows past the
 * cap and a dropped `<script>`'s content never passes for text.
 */
function depthGate(parser: TokenizerCallbacks, input: string, counter: DepthCounter, xmlMode: boolean): TokenizerCallbacks {
  /** Elements opened below the cap and not closed yet. */
  let excess = 0;
  /** The open tag being read is dropped (its attributes and end go nowhere). */
  let dropping = false;
  let droppedVoid = false;
  const passing = () => excess === 0;
  return {
    onopentagname(start, end) {
      if (excess > 0 || counter.depth >= MAX_MARKUP_DEPTH) {
        dropping = true;
        droppedVoid = !xmlMode && VOID.has(input.slice(start, end).toLowerCase());
        if (!droppedVoid) excess++;
        return;
      }
      parser.onopentagname(start, end);
    },
    onattribname: (start, end) => void (dropping || parser.onattribname(start, end)),
    onattribdata: (start, end) => void (dropping || parser.onattribdata(start, end)),
    onattribentity: (codepoint) => void (dropping || parser.onattribentity(codepoint)),
    onattribend: (quote, end) => void (dropping || parser.onattribend(quote, end)),
    onopentagend(end) {
      if (dropping) dropping = false;
      else parser.onopentagend(end);
    },
    onselfclosingtag(end) {
      if (!dropping) return parser.onselfclosingtag(end);
      dropping = false;
      // In XML `<a/>` is closed; in HTML the slash means nothing (the element stays open until its end tag).
      if (xmlMode && !droppedVoid) excess--;
    },
    onclosetag(start, end) {
      if (excess === 0) return parser.onclosetag(start, end);
      // Counted, not matched by name (a stack of names would grow with the hostile part); a void's end tag closes nothing.
      if (xmlMode || !VOID.has(input.slice(start, end).toLowerCase())) excess--;
    },
    ontext: (start, end) => void (passing() && parser.ontext(start, end)),
    ontextentity: (codepoint, end) => void (passing() && parser.ontextentity(codepoint, end)),
    oncdata: (start, end, offset) => void (passing() && parser.oncdata(start, end, offset)),
    oncomment: (start, end, offset) => void (passing() && parser.oncomment(start, end, offset)),
    ondeclaration: (start, end) => void (passing() && parser.ondeclaration(start, end)),
    onprocessinginstruction: (start, end) => void (passing() && parser.onprocessinginstruction(start, end)),
    onend: () => parser.onend(),
  };
}

/**
 * Parses `input` in one pass, calling `handler` as htmlparser2's Parser does, with elements deeper than
 * MAX_MARKUP_DEPTH left out. XML mode reads feeds: no HTML rules, only XML's five entities and character
 * references decoded, and no DTD is ever read (so no entity of the document's own can expand).
 */
export function parseMarkup(input: string, handler: Partial<Handler>, options: { xmlMode?: boolean } = {}): void {
  const xmlMode = options.xmlMode ?? false;
  const counter = new DepthCounter(handler);
  const GatedTokenizer = class extends Tokenizer {
    constructor(opts: { xmlMode?: boolean; decodeEntities?: boolean }, parser: TokenizerCallbacks) {
      super(opts, depthGate(parser, input, counter, xmlMode));
    }
  };
  const parser = new Parser(counter, { xmlMode, Tokenizer: GatedTokenizer });
  parser.end(input);
}

/** An HTML document as a DOM (domhandler), no deeper than MAX_MARKUP_DEPTH: recursive walks over it stay shallow. */
export function parseHtmlDocument(html: string): Document {
  const dom = new DomHandler();
  parseMarkup(html, dom);
  return dom.root;
}

/**
 * The content of each `<script>` of an HTML page (where boards carry their data), in one pass of the capped
 * parser: a pattern then runs over one script, never over the whole answer.
 */
export function scriptTexts(html: string): string[] {
  const scripts: string[] = [];
  let current = null as string[] | null;
  parseMarkup(html, {
    onopentagname(name) {
      if (name === 'script') current = [];
    },
    ontext(data) {
      current?.push(data);
    },
    onclosetag(name) {
      if (name !== 'script' || !current) return;
      scripts.push(current.join(''));
      current = null;
    },
  });
  return scripts;
}

/**
 * The text below `node` in document order (comments left out, as domutils' textContent), read without
 * recursion from at most `maxNodes` nodes and cut at `maxChars`.
 */
export function textOf(node: AnyNode, maxNodes = Infinity, maxChars = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const frames: { nodes: readonly AnyNode[]; next: number }[] = [{ nodes: [node], next: 0 }];
  for (let seen = 0; frames.length > 0 && seen < maxNodes && length < maxChars;) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const n = frame.nodes[frame.next++]!;
    seen++;
    if (isText(n)) {
      parts.push(n.data);
      length += n.data.length;
    } else if (hasChildren(n)) frames.push({ nodes: n.children, next: 0 });
  }
  const text = parts.join('');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/**
 * A line's text (a title, a place) is read from at most this many nodes and characters: a link wrapping the
 * whole page, or 256 links nested in one another, is not read whole once per link.
 */
const LINE_NODES = 2000;
const LINE_CHARS = 10_000;

/** A node's text on one line (white space folded, within a line's budget); null when it has none. */
export const textLine = (node: AnyNode | null): string | null => (node ? textOf(node, LINE_NODES, LINE_CHARS).replace(/\s+/g, ' ').trim() || null : null);

/** The nearest element above `node` for which `test` holds; null when none is. */
export function ancestor(node: AnyNode, test: (el: Element) => boolean): Element | null {
  for (let up = node.parent; up; up = up.parent) if (isTag(up) && test(up)) return up;
  return null;
}
