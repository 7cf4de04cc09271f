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
 * Control characters as visible escapes (`\x1b`, `\x00`, `\x9b`): text from careers pages must not move a
 * terminal's cursor, retitle it or clear it, and a NUL or CR must not split or forge a journal entry.
 * Newlines and tabs stay unless `all` (a log line is one line).
 */
export function escapeControls(text: string, all = false): string {
  const pattern = all ? /[\u0000-\u001f\u007f-\u009f]/g : /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
  return text.replace(pattern, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A literal string for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
