// dist/core/duration.js
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
var DURATION_FORM = "a number with a unit, e.g. 90s, 10m, 1h or 1h30m (units ms, s, m, h, d)";
function parseDuration(text) {
  const input = text.trim();
  if (input === "")
    return null;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let m = PART.exec(input); m; m = PART.exec(input)) {
    total += Number(m[1]) * (UNIT_MS[m[2]] ?? Number.NaN);
    consumed = PART.lastIndex;
  }
  if (consumed !== input.length || !Number.isFinite(total))
    return null;
  return Math.round(total);
}
function formatDuration(ms) {
  if (ms < 1e3)
    return `${Math.round(ms)}ms`;
  if (ms < 6e4)
    return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)}s`;
  const totalSeconds = Math.round(ms / 1e3);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds % 3600 / 60);
  const s = totalSeconds % 60;
  if (h > 0)
    return `${h}h${m ? `${m}m` : ""}`;
  return `${m}m${s ? `${s}s` : ""}`;
}

export {
  DURATION_FORM,
  parseDuration,
  formatDuration
};
