// The filter a user pasted with a careers URL (`?department=…&offices[]=…`), separated from tracking
// parameters. Pure. Stored as JSON on the company (`companies.source_filter`) and applied by the source.

/** Parameter name → the values asked for (any of them matches), in the order they were given. */
export type SourceFilter = Record<string, string[]>;

/** Parameters that say where a click came from, never what to show. */
const TRACKING = /^(utm_[a-z_]+|gh_src|gh_jid|ashby_jid|lever-source|lever-via|__hs[a-z]*|_hs[a-z]*|hsCtaTracking|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_gl|ref|referrer|source|src|trk|trackingId|campaign|s)$/i;

function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

/** `departments[]` and `remote[0]` are the same parameter as `departments` and `remote`. */
function filterParamName(raw: string): string {
  return raw.replace(/\[\d*\]$/, '');
}

/**
 * The filter in a URL's query string: tracking parameters and empty values dropped, `name[]` folded
 * into `name`; `consumed` names parameters that are part of the address itself (e.g. Greenhouse `for`).
 * Null when nothing is left.
 */
export function filterFromUrl(url: URL, consumed: readonly string[] = []): SourceFilter | null {
  const filter: SourceFilter = {};
  for (const [rawName, rawValue] of url.searchParams) {
    const name = filterParamName(rawName.trim());
    const value = rawValue.trim();
    if (!name || !value || isTrackingParam(name) || consumed.includes(name)) continue;
    (filter[name] ??= []).includes(value) || filter[name]!.push(value);
  }
  return Object.keys(filter).length ? filter : null;
}

/** Parses the stored JSON; anything that is not a name → string[] map is treated as no filter. */
export function parseStoredFilter(json: string | null | undefined): SourceFilter | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const out: SourceFilter = {};
    for (const [k, v] of Object.entries(value)) if (Array.isArray(v)) out[k] = v.map(String);
    return Object.keys(out).length ? out : null;
  } catch {
    return null;
  }
}

export function filterToJson(filter: SourceFilter | null | undefined): string | null {
  return filter && Object.keys(filter).length ? JSON.stringify(filter) : null;
}

/** `department=Engineering, team=Backend|Frontend` for messages and tables. */
export function describeFilter(filter: SourceFilter | null | undefined): string | null {
  if (!filter || !Object.keys(filter).length) return null;
  return Object.entries(filter).map(([k, v]) => `${k}=${v.join('|')}`).join(', ');
}

/** Case- and space-insensitive comparison of a posting's field with the filter's values. */
export function matchesAny(value: string | null | undefined, wanted: readonly string[]): boolean {
  if (!value) return false;
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const v = norm(value);
  return wanted.some((w) => norm(w) === v);
}

/** Renames a page's filter parameters to a board's (embed parameters); null when one cannot be carried over. */
export function translateFilter(filter: SourceFilter | null, names: Readonly<Record<string, string>>): SourceFilter | null | undefined {
  if (!filter) return null;
  const out: SourceFilter = {};
  for (const [k, v] of Object.entries(filter)) {
    const target = names[k];
    if (!target) return undefined;
    out[target] = [...(out[target] ?? []), ...v];
  }
  return out;
}
