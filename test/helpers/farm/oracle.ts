// Oracle Recruiting Cloud's candidate-experience search as the farm serves it: the genuine requisitions
// of test/fixtures/ats/oracle, and more made from them (new Id and Title only) so that paging shows; the
// `findReqs` finder's `siteNumber`, `keyword` (a title match here), `limit` and `offset` applied. Site
// CX_2 answers the genuine two with one optional field malformed (kept, with the drift reported); CX_3
// with their titles gone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json } from '../servers.js';
import { fixtureJson } from './route.js';

export const ORACLE_HOST = 'efds.fa.em5.oraclecloud.com';
const PATH = `/oracle/${ORACLE_HOST}/hcmRestApi/resources/latest/recruitingCEJobRequisitions`;

type Requisition = { Id: string; Title: string } & Record<string, unknown>;
const genuine = () => fixtureJson<{ items: { requisitionList: Requisition[] }[] }>('oracle/requisitions.json').items[0]!.requisitionList;

/** The two genuine requisitions first, then 128 copies of the first under new ids and titles. */
export function oracleRequisitions(): Requisition[] {
  const [first, second] = genuine();
  const copies = Array.from({ length: 128 }, (_, i) => ({ ...first!, Id: String(70_000 + i), Title: `Process Engineer ${i}` }));
  return [first!, second!, ...copies];
}

/** `findReqs;a=1,b="x, y"` → { a: '1', b: 'x, y' }. */
export function finderVariables(finder: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const m of finder.replace(/^findReqs;/, '').matchAll(/(\w+)=("[^"]*"|[^,]*)/g)) vars[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  return vars;
}

export function oracleRoutes(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (url.pathname !== PATH) return false;
  const vars = finderVariables(url.searchParams.get('finder') ?? '');
  const [first, second] = genuine();
  if (vars.siteNumber === 'CX_2') return json(res, { items: [{ TotalJobsCount: 2, requisitionList: [{ ...first!, PrimaryLocation: { Name: 'Windsor' } }, second] }] }), true;
  if (vars.siteNumber === 'CX_3') return json(res, { items: [{ TotalJobsCount: 2, requisitionList: [first!, second!].map(({ Title: _t, ...r }) => r) }] }), true;
  if (vars.siteNumber !== 'CX_1') return json(res, { title: 'Bad Request' }, 400), true;
  const keyword = vars.keyword?.toLowerCase();
  const all = oracleRequisitions().filter((r) => !keyword || r.Title.toLowerCase().includes(keyword));
  const offset = Number(vars.offset ?? 0);
  const page = all.slice(offset, offset + Number(vars.limit ?? 25));
  json(res, { items: [{ TotalJobsCount: all.length, requisitionList: page }] });
  return true;
}
