// dist/core/text.js
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
var isWebUrl = (url) => /^https?:\/\//i.test(url);
var utcMinute = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
function clipAtWord(text, max) {
  if (text.length <= max)
    return text;
  const head = text.slice(0, max);
  const lastBreak = Math.max(head.lastIndexOf(" "), head.lastIndexOf("\n"), head.lastIndexOf("	"));
  return lastBreak >= max - 200 ? head.slice(0, lastBreak) : head;
}
var clip = (s, max) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
var UNSEEN = /(?![\u00ad\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
var UNSEEN_BUT_LINES = /(?![\u00ad\u200c\u200d\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
var visibleEscape = (c) => {
  const code = c.codePointAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : code <= 65535 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\u{${code.toString(16)}}`;
};
function escapeControls(text, all = false) {
  return text.replace(all ? UNSEEN : UNSEEN_BUT_LINES, visibleEscape);
}
function singleLine(text) {
  return escapeControls(text.replace(/\r?\n\s*/g, " \u23CE "), true);
}
function safeJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(UNSEEN_BUT_LINES, (c) => c.split("").map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""));
}
var FIRST_UNSEEN = new RegExp(UNSEEN.source, "u");
function singleLineProblem(text) {
  const found = FIRST_UNSEEN.exec(text)?.[0];
  if (found === void 0)
    return null;
  return `must be one line of visible text; it holds ${/[\n\r\u000b\u000c\u0085\u2028\u2029]/.test(found) ? "a line break" : `the invisible or control character ${visibleEscape(found)}`}`;
}
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var GENDER_NOTE = /\(\s*(?:[mwfdxhni*]\s*[/|,]\s*){1,4}[mwfdxhni*]\s*\)|\(\s*all genders?\s*\)/giu;
function roleKey(title) {
  return title.normalize("NFKD").replace(/\p{M}/gu, "").replace(GENDER_NOTE, " ").toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, " ").trim();
}

export {
  escapeHtml,
  isWebUrl,
  utcMinute,
  clipAtWord,
  clip,
  escapeControls,
  singleLine,
  safeJson,
  singleLineProblem,
  escapeRegExp,
  roleKey
};
