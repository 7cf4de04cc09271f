// The matches page tells how long each role has been open (stale past SCOUTLY_STALE_DAYS) and marks a repost
// with what changed, the earlier posting and the user's match on it; on the real server, postings recorded
// through the product's own scrape code over days of a steppable clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../src/analyze/repo.js';
import { recordScrape } from '../../src/postings/repo.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { upsertUser } from '../../src/users/repo.js';
import { cleanupTempDirs } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';
import { addUser, signedIn, startTestWeb, type TestWeb } from './helpers.js';

const EMAIL = 'dana@example.com';
const DAY = 86_400_000;
const TEXT = 'You will build the payment services behind our product, with a small team that ships every week. '.repeat(8);
let web: TestWeb;

/** One scrape of the company's board, then an analysis of each posting found, saved as a match (score 80). */
function scrape(companyId: number, userId: number, jobs: { id: string; title: string; location: string; text?: string; pay?: string }[]) {
  const now = web.clock.now();
  recordScrape(web.store, companyId, 'greenhouse', normalizeAll(jobs.map((j) => ({
    sourceId: j.id, title: j.title, url: `https://boards.example.com/acme/${j.id}`, location: j.location,
    descriptionText: j.text ?? TEXT, compensation: j.pay ?? null,
  }))), now);
  for (const j of jobs) {
    const { id } = web.store.sqlite.prepare('SELECT id FROM postings WHERE company_id = ? AND source_id = ?').get(companyId, j.id) as { id: number };
    saveAnalysis(web.store, userId, id, `age:${j.id}`, {
      score: 80, verdict: 'good', reasons: ['payments backend'], concerns: [], analyzer: 'offline', model: null, promptVersion: 'test', flagged: false,
    }, 60, now);
  }
}

const card = (html: string, title: string) => {
  const cards = html.split('<article class="card match"').slice(1);
  const found = cards.find((c) => c.includes(`>${title}</a>`));
  if (!found) throw new Error(`no card for ${title}`);
  return found;
};

beforeAll(async () => {
  web = await startTestWeb({ SCOUTLY_STALE_DAYS: '30' });
  await addUser(web, EMAIL);
});
afterAll(async () => {
  await web.close();
  cleanupTempDirs();
});

describe('the matches page tells a role\'s age and its reposts', () => {
  it('counts the days open, marks the role stale past SCOUTLY_STALE_DAYS, and shows a repost with its change and the earlier match', async () => {
    const companyId = trackCompanies(web.store, { acme: 90 }, web.clock.now(), EMAIL).acme!;
    const userId = upsertUser(web.store, { email: EMAIL }, web.clock.now()).id;
    scrape(companyId, userId, [
      { id: 'old', title: 'Payments Engineer', location: 'Lisbon, Portugal', pay: '€60,000 – €70,000' },
      { id: 'keep', title: 'Platform Engineer', location: 'Lisbon, Portugal' },
    ]);
    web.clock.advance(20 * DAY);
    scrape(companyId, userId, [{ id: 'young', title: 'Data Engineer', location: 'Lisbon, Portugal' },
      { id: 'keep', title: 'Platform Engineer', location: 'Lisbon, Portugal' },
      { id: 'old', title: 'Payments Engineer', location: 'Lisbon, Portugal', pay: '€60,000 – €70,000' }]);
    const carol = await signedIn(web, EMAIL);
    const earlier = await (await carol.request('/matches')).text();
    expect(card(earlier, 'Platform Engineer')).toMatch(/<dt>Open for<\/dt><dd>20 days<\/dd>/);
    expect(card(earlier, 'Platform Engineer')).not.toContain('tag stale');

    // Twelve days on: the payments role is gone and back under a new id with a better band (a material change).
    web.clock.advance(12 * DAY);
    scrape(companyId, userId, [
      { id: 'young', title: 'Data Engineer', location: 'Lisbon, Portugal' },
      { id: 'keep', title: 'Platform Engineer', location: 'Lisbon, Portugal' },
      { id: 'new', title: 'Payments Engineer', location: 'Lisbon, Portugal', pay: '€70,000 – €85,000' },
    ]);
    const html = await (await carol.request('/matches')).text();
    const platform = card(html, 'Platform Engineer');
    expect(platform).toMatch(/<dt>Open for<\/dt><dd>32 days <span class="tag stale">stale<\/span><\/dd>/);
    expect(card(html, 'Data Engineer')).toMatch(/<dd>12 days<\/dd>/);
    expect(card(html, 'Data Engineer')).not.toContain('tag stale');

    const oldMatch = web.store.sqlite.prepare(`SELECT s.id FROM saved_jobs s JOIN postings p ON p.id = s.posting_id WHERE p.source_id = 'old'`).get() as { id: number };
    const reposts = html.split('<article class="card match"').slice(1).filter((c) => c.includes('class="muted repost"'));
    expect(reposts).toHaveLength(1);
    const repost = reposts[0]!;
    expect(repost).toContain('Reposted, changed: pay');
    expect(repost).toContain('href="https://boards.example.com/acme/old"');
    expect(repost).toContain(`href="#match-${oldMatch.id}">#${oldMatch.id}</a>`);
    // The repost's age counts from the chain's first posting: the role has been open 32 days, not 0.
    expect(repost).toMatch(/<dd>32 days <span class="tag stale">stale<\/span><\/dd>/);
  });
});
