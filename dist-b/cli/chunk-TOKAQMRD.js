// dist/scrape/sourceFilter.js
var TRACKING = /^(utm_[a-z_]+|gh_src|gh_jid|ashby_jid|lever-source|lever-via|__hs[a-z]*|_hs[a-z]*|hsCtaTracking|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_gl|ref|referrer|source|src|trk|trackingId|campaign|s)$/i;
function isTrackingParam(name) {
  return TRACKING.test(name);
}
function filterParamName(raw) {
  return raw.replace(/\[\d*\]$/, "");
}
function filterFromUrl(url, consumed = []) {
  const filter = {};
  for (const [rawName, rawValue] of url.searchParams) {
    const name = filterParamName(rawName.trim());
    const value = rawValue.trim();
    if (!name || !value || isTrackingParam(name) || consumed.includes(name))
      continue;
    (filter[name] ??= []).includes(value) || filter[name].push(value);
  }
  return Object.keys(filter).length ? filter : null;
}
function parseStoredFilter(json) {
  if (!json)
    return null;
  try {
    const value = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value))
      return null;
    const out = {};
    for (const [k, v] of Object.entries(value))
      if (Array.isArray(v))
        out[k] = v.map(String);
    return Object.keys(out).length ? out : null;
  } catch {
    return null;
  }
}
function filterToJson(filter) {
  return filter && Object.keys(filter).length ? JSON.stringify(filter) : null;
}
function describeFilter(filter) {
  if (!filter || !Object.keys(filter).length)
    return null;
  return Object.entries(filter).map(([k, v]) => `${k}=${v.join("|")}`).join(", ");
}
function matchesAny(value, wanted) {
  if (!value)
    return false;
  const norm = (s) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  const v = norm(value);
  return wanted.some((w) => norm(w) === v);
}
function translateFilter(filter, names) {
  if (!filter)
    return null;
  const out = {};
  for (const [k, v] of Object.entries(filter)) {
    const target = names[k];
    if (!target)
      return void 0;
    out[target] = [...out[target] ?? [], ...v];
  }
  return out;
}

export {
  filterFromUrl,
  parseStoredFilter,
  filterToJson,
  describeFilter,
  matchesAny,
  translateFilter
};
