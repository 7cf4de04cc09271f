// Pages on notion.site as the farm serves them: `acme.notion.site` answers its page data with the genuine
// record map of test/fixtures/ats/notion (for its own page id only), `drifty.notion.site` the same with one
// sub-page's `alive` flag broken (kept, with the drift reported); `walled.notion.site` refuses its page
// data (403) and serves the page itself with its sub-pages as plain links (what a rendered read sees).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, json } from '../servers.js';
import { fixtureJson } from './route.js';

export const NOTION_PAGE_ID = '067dd719-a912-471e-a9a3-ac10710e7fdf';
/** The "Basic Blocks" sub-page of the genuine record map. */
const NOTION_BROKEN_BLOCK = '0be6efce-9daf-4268-8f65-c76b89f8eb27';
export const NOTION_WALLED_ID = '8da9921dfaaa40d68450790a09d81efe';

export function notionRoutes(req: IncomingMessage, res: ServerResponse, url: URL, body: string): boolean {
  const site = /^\/notion\/(acme|drifty)\.notion\.site\/api\/v3\/loadPageChunk$/.exec(url.pathname)?.[1];
  if (site) {
    if (req.method !== 'POST') return json(res, { errorId: 'x', name: 'ValidationError' }, 400), true;
    const { pageId } = JSON.parse(body || '{}') as { pageId?: string };
    if (pageId !== NOTION_PAGE_ID) return json(res, { name: 'ValidationError', message: 'Invalid input.' }, 400), true;
    const recordMap = fixtureJson<{ block: Record<string, { value: Record<string, unknown> }> }>('notion/record-map.json');
    if (site === 'drifty') recordMap.block[NOTION_BROKEN_BLOCK]!.value.alive = 'yes';
    return json(res, { recordMap, cursor: { stack: [] } }), true;
  }
  if (url.pathname === '/notion/walled.notion.site/api/v3/loadPageChunk') return json(res, { name: 'UnauthorizedError' }, 403), true;
  if (url.pathname === `/notion/walled.notion.site/${NOTION_WALLED_ID}`) {
    return html(res, `<main><h1>Come work at tl;dv</h1><div class="notion-page-content">
      <a href="/Backend-Engineer-0be6efce9daf42688f65c76b89f8eb27">Backend Engineer</a>
      <a href="/Product-Designer-de14421f13914ac7b528fa2e31eb1455">Product Designer</a></div></main>`), true;
  }
  return false;
}
