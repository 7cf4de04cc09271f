import {
  clip,
  singleLine
} from "./chunk-SJIXDJEM.js";

// dist/cli/format.js
function isoTime(ms) {
  return ms === null || ms === void 0 ? "\u2014" : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function table(headers, rows) {
  if (rows.length === 0)
    return [];
  const cells = rows.map((r) => r.map((c) => c === null || c === void 0 ? "\u2014" : singleLine(String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(headers), ...cells.map(line)];
}
function truncate(text, max) {
  return text ? clip(text, max) : "\u2014";
}

export {
  isoTime,
  table,
  truncate
};
