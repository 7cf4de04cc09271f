// Which strings may be an ATS board token. Pure. A token goes into API paths and host names, so it must
// pass a strict charset; and the hosts and paths ATS vendors use for themselves (www, app, api, /j/ …)
// are never a customer's board: a "Powered by Breezy" link to www.breezy.hr is not board "www".

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Vendor hosts and paths seen in footers, embeds and short links; compared case-insensitively. */
const RESERVED = new Set([
  'www', 'www2', 'app', 'apps', 'api', 'apis', 'jobs', 'job', 'j', 'o', 'p', 'careers', 'career', 'apply', 'help', 'support',
  'blog', 'status', 'docs', 'developers', 'developer', 'static', 'assets', 'cdn', 'media', 'images', 'img', 'js', 'css',
  'embed', 'embeds', 'widget', 'widgets', 'login', 'signin', 'signup', 'register', 'auth', 'sso', 'admin', 'dashboard',
  'account', 'accounts', 'marketing', 'mail', 'email', 'info', 'go', 'get', 'try', 'demo', 'hire', 'hiring', 'pricing',
  'features', 'about', 'contact', 'legal', 'privacy', 'terms', 'security', 'search', 'v0', 'v1', 'v2', 'posting-api',
  'job-board', 'job_board', 'boards', 'board', 'en', 'de', 'fr', 'es', 'nl', 'en-us', 'en-gb', 'portal', 'home', 'index',
  'resources', 'customers', 'partners', 'integrations', 'product', 'products', 'company', 'press', 'news', 'events',
]);

/** The token when it may name a board, else null. */
export function boardToken(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  const t = candidate.trim();
  if (!TOKEN.test(t) || RESERVED.has(t.toLowerCase())) return null;
  return t;
}

/** Only the charset: for names chosen freely inside a customer's own host (Workday sites are often "jobs" or "Careers"). */
export function tokenShape(candidate: string | null | undefined): string | null {
  return candidate && TOKEN.test(candidate.trim()) ? candidate.trim() : null;
}

/** The first path segment of a URL (decoded), or null. */
export function firstSegment(url: URL): string | null {
  const seg = url.pathname.split('/').filter(Boolean)[0];
  if (!seg) return null;
  try {
    return decodeURIComponent(seg);
  } catch {
    return null;
  }
}

/**
 * URLs of one vendor looked at per page at most: a board's embed or link is among a page's first few; a
 * page with hundreds of thousands of them (hostile, or a sitemap) is not parsed URL by URL.
 */
export const MAX_BOARD_CANDIDATES = 1000;

/**
 * The first board named by a URL matching `pattern` in a page (links, embed scripts, API calls). A link's
 * query string is a job's or a campaign's, so its filter is dropped unless `keepFilter` says otherwise.
 * `pattern` must be global and must not backtrack over unbounded text (it runs over whole pages).
 */
export function firstBoardIn<B extends { filter: unknown }>(html: string, pattern: RegExp, fromUrl: (url: URL) => B | null,
  keepFilter: (url: URL) => boolean = () => false): B | null {
  let candidates = 0;
  for (const m of html.matchAll(pattern)) {
    if (++candidates > MAX_BOARD_CANDIDATES) break;
    const url = urlIn(m[0]);
    const found = url ? fromUrl(url) : null;
    if (found) return keepFilter(url!) ? found : { ...found, filter: null };
  }
  return null;
}

/** Parses an absolute http(s) URL found in page text; null when it is not one. */
function urlIn(text: string): URL | null {
  try {
    const u = new URL(text.replace(/&amp;/g, '&'));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
