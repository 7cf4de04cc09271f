import {
  canonicalUrl
} from "./chunk-HSXQT5O5.js";

// dist/scrape/page/renderChoice.js
var UNLEARNT = { mode: "auto", origin: null, scrapesSinceCheck: 0 };
var STATIC_RECHECK_EVERY = 10;
function planRead(state) {
  if (state.origin === "user" && state.mode !== "auto")
    return state.mode;
  if (state.mode === "static")
    return "static";
  if (state.mode === "browser")
    return state.scrapesSinceCheck + 1 >= STATIC_RECHECK_EVERY ? "both" : "browser";
  return "both";
}
var key = (p) => `${canonicalUrl(p.url)}
${p.title.replace(/\s+/g, " ").trim().toLowerCase()}`;
function samePostings(a, b) {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}
function staticReadDrifted(found, openUrls) {
  if (openUrls.length === 0)
    return false;
  if (found.length === 0)
    return true;
  const urls = new Set(found.map((p) => canonicalUrl(p.url)));
  const kept = openUrls.filter((u) => urls.has(canonicalUrl(u))).length;
  return openUrls.length >= 2 && kept * 2 < openUrls.length;
}
function learnFromComparison(state, staticFound, browserFound) {
  if (staticFound && browserFound.length > 0 && samePostings(staticFound, browserFound))
    return { mode: "static", origin: "learned", scrapesSinceCheck: 0 };
  if (staticFound && staticFound.length === 0 && browserFound.length === 0)
    return { ...state, scrapesSinceCheck: 0 };
  return { mode: "browser", origin: "learned", scrapesSinceCheck: 0 };
}

export {
  UNLEARNT,
  STATIC_RECHECK_EVERY,
  planRead,
  staticReadDrifted,
  learnFromComparison
};
