// The static assets the pages load: our one style sheet, the icon, and htmx (progressive enhancement, served from
// node_modules by Scoutly itself, never from a CDN). A fixed list: any other name, a traversal such as
// `..%2f` included, is simply not in it (404). Read once; the URL carries a content hash, so browsers may
// cache them for good.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

const SOURCES: Record<string, { path: () => string; type: string }> = {
  // Resolved from this module, so it works from src/ (tests) and dist/ (production) alike.
  'style.css': { path: () => fileURLToPath(new URL('../../src/web/assets/style.css', import.meta.url)), type: 'text/css; charset=utf-8' },
  'icon.svg': { path: () => fileURLToPath(new URL('../../src/web/assets/icon.svg', import.meta.url)), type: 'image/svg+xml' },
  'htmx.min.js': { path: () => createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
};

const loaded = new Map<string, Asset>();

export function asset(name: string): Asset | null {
  if (!Object.hasOwn(SOURCES, name)) return null;
  let found = loaded.get(name);
  if (!found) {
    const source = SOURCES[name]!;
    const body = readFileSync(source.path());
    found = { body, type: source.type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
    loaded.set(name, found);
  }
  return found;
}

/** `/assets/style.css?v=…`: a new version is a new URL. */
export const assetUrl = (name: string): string => `/assets/${name}?v=${asset(name)?.hash ?? '0'}`;
