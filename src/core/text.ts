// Text helpers shared by everything that writes for people: terminal output and log lines, digests and
// the HTML report. Pure.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attributes. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);

/** Only http(s) links go out: a careers page could have offered `javascript:` or `data:`. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** `2026-11-23 09:00 UTC`: to the minute, for messages and pages. */
export const utcMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * At most `max` characters, cut after the last whole word (at a space or line break) when one ends in
 * the last 200 characters before the cut; a longer "word" (a run of digits) is cut where it stands.
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const lastBreak = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'), head.lastIndexOf('\t'));
  return lastBreak >= max - 200 ? head.slice(0, lastBreak) : head;
}

/** Cuts at `max` characters with an ellipsis. */
export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Characters that act instead of showing: C0 and C1 controls and DEL (cursor moves, retitling, a NUL or CR
 * that splits or forges a journal entry), the bidi embeddings, overrides, isolates and marks (U+202A–E,
 * U+2066–9, U+200E/F, U+061C: text that reads in another order than it is), the line and paragraph
 * separators (U+2028/9) and the other invisible format characters (zero-width space, word joiner, BOM,
 * tag characters …). The joiners ZWNJ/ZWJ (U+200C/D) and the soft hyphen stay: scripts and emoji need them
 * and they neither move nor hide text.
 */
const UNSEEN = /(?![\u00ad\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** The same, keeping line feeds and tabs (multi-line text such as a profile). */
const UNSEEN_BUT_LINES = /(?![\u00ad\u200c\u200d\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `\x1b`, `\u202e`, `\u{e0041}`: the character named, not obeyed. */
const visibleEscape = (c: string) => {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
};

/**
 * Text from careers pages (and anything else untrusted) shown, never obeyed: every character above as a
 * visible escape. Newlines and tabs stay unless `all`.
 */
export function escapeControls(text: string, all = false): string {
  return text.replace(all ? UNSEEN : UNSEEN_BUT_LINES, visibleEscape);
}

/**
 * The one rule for a single-line field (a name, title, location, error) on its way to a terminal, a log
 * line or a table row: line breaks fold into ` ⏎ ` (a stack trace stays readable), every other control,
 * bidi or invisible format character becomes a visible escape. The result is one line whatever came in.
 */
export function singleLine(text: string): string {
  return escapeControls(text.replace(/\r?\n\s*/g, ' ⏎ '), true);
}

/**
 * JSON for people's terminals as well as for scripts: what JSON.stringify leaves raw (DEL, C1 controls,
 * bidi and format characters, U+2028/9) becomes a \\u escape, which parses back to the same value.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSEEN_BUT_LINES, (c) =>
    c.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}

const FIRST_UNSEEN = new RegExp(UNSEEN.source, 'u');

/** Why `text` cannot be a one-line field (a name, a place), naming the first offending character; null when it can. */
export function singleLineProblem(text: string): string | null {
  const found = FIRST_UNSEEN.exec(text)?.[0];
  if (found === undefined) return null;
  return `must be one line of visible text; it holds ${/[\n\r\u000b\u000c\u0085\u2028\u2029]/.test(found) ? 'a line break' : `the invisible or control character ${visibleEscape(found)}`}`;
}

/** A literal string for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(m/w/d)`, `(f/m/x)`, `(all genders)`: the gender notes German and Austrian adverts add to a title. */
const GENDER_NOTE = /\(\s*(?:[mwfdxhni*]\s*[/|,]\s*){1,4}[mwfdxhni*]\s*\)|\(\s*all genders?\s*\)/giu;

/**
 * A job title as a role: case, accents, punctuation and gender notes dropped, spaces folded. "Senior
 * Engineer (m/w/d)" and "senior engineer" are one role; "Senior Engineer" and "Staff Engineer" are not
 * (the level is part of the role).
 */
export function roleKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').replace(GENDER_NOTE, ' ').toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}
