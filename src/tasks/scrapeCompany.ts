// The scrape_company work: scrape the company's source, remember what source worked, and record the
// postings' life cycle. The only layer that joins scraping with the store.

import { PermanentError } from '../core/errors.js';
import { analysingUsersOf } from '../analyze/repo.js';
import { findCompanyById, renderStateOf, scrapeInputOf, setCompanyRender, setCompanySource } from '../companies/repo.js';
import { noteCompanyDrift } from '../companies/drift.js';
import { describeDrift } from '../scrape/feed.js';
import { openPostingUrls, recordScrape } from '../postings/repo.js';
import { MAX_POSTINGS_PER_SCRAPE, normalizeAll } from '../scrape/normalize.js';
import { scrape } from '../scrape/registry.js';
import type { ScrapeContext } from '../scrape/types.js';
import type { Logger } from '../core/log.js';
import type { TaskContext, TaskResult, WriteOnSuccess } from './kind.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';

/**
 * Analysis drains after the tick's scrapes (a higher priority number): by then more postings are
 * pending, so Gemini batches are fuller and requests fewer.
 */
const ANALYZE_AFTER_SCRAPES = 2000;

const RENDER_WORDS = { static: 'plain HTTP', browser: 'Chromium', both: 'plain HTTP and Chromium compared' } as const;

export type ScrapePayload = { companyId: number };

/** What the scrape_company kind is bound to at the composition root. */
export interface ScrapeKindDeps {
  store: Store;
  config: Config;
  services: () => Promise<ScrapeServices>;
}

export interface ScrapeServices {
  /** `park` lends the task's slot while it waits for a browser page (see TaskContext). */
  context(signal: AbortSignal, log: Logger, park?: TaskContext<unknown>['park']): ScrapeContext;
  pageTimeoutMs: number;
}

export async function scrapeCompany(ctx: TaskContext<ScrapePayload>, deps: ScrapeKindDeps): Promise<WriteOnSuccess> {
  const { store } = deps;
  const services = await deps.services();
  const { companyId } = ctx.payload;
  const company = findCompanyById(store, companyId);
  if (!company) throw new PermanentError('invalid_payload', `company #${companyId} no longer exists`);
  const { known, filter } = scrapeInputOf(company);
  const scrapeCtx = services.context(ctx.signal, ctx.log, ctx.park);
  const render = renderStateOf(company);
  let outcome;
  try {
    outcome = await scrape({ careersUrl: company.careersUrl, selector: company.selector, filter, render,
      openUrls: openPostingUrls(store, company.id) }, known, scrapeCtx, services.pageTimeoutMs);
  } catch (err) {
    // A feed that is gone (board renamed, ATS changed) is forgotten, so the next attempt detects again;
    // a board the user named stays until they change it.
    if (known && known.kind !== 'browser' && known.origin !== 'user' && err instanceof PermanentError && err.kind === 'http_4xx') {
      setCompanySource(store, company.id, null, ctx.clock.now());
    }
    throw err;
  }
  for (const note of outcome.notes) ctx.log.info(`${company.slug}: ${note}`);
  const postings = normalizeAll(outcome.postings);
  if (outcome.postings.length > MAX_POSTINGS_PER_SCRAPE) {
    ctx.log.warn(`${company.slug}: ${outcome.postings.length} postings found; only the first ${MAX_POSTINGS_PER_SCRAPE} are kept (check its selector)`);
  }
  // A feed that lost fields (or some postings) without failing: kept as the company's note, warned once a day.
  const drift = outcome.drift ? `${outcome.source.kind}${outcome.source.token ? ` board ${outcome.source.token}` : ''}: ${describeDrift(outcome.drift)}` : null;
  const used = outcome.render?.used;
  // Everything the scrape learnt is written in its outcome's commit (shared with the tasks that finish near
  // it): new postings are never without their analysis task (a later scrape finds them unchanged), and the
  // tasks table's pages are written once.
  const writeOnSuccess = (): TaskResult => {
    const now = ctx.clock.now();
    if (outcome.remember) setCompanySource(store, company.id, outcome.remember, now);
    // Written only when it changed: a static page's state stays the same scrape after scrape.
    const next = outcome.render?.next;
    if (next && (next.mode !== render.mode || next.origin !== render.origin || next.scrapesSinceCheck !== render.scrapesSinceCheck)) {
      setCompanyRender(store, company.id, next, now);
    }
    // Postings are saved before any analysis is attempted; analysis waits in the queue as its own task.
    const record = recordScrape(store, company.id, outcome.source.kind, postings, now);
    if (record.toAnalyze.length > 0) {
      for (const userId of analysingUsersOf(store, company.id)) {
        ctx.enqueue({ kind: 'analyze_postings', companyId: company.id, userId, payload: { companyId: company.id, userId },
          priority: ctx.task.priority + ANALYZE_AFTER_SCRAPES });
      }
    }
    if (noteCompanyDrift(store, company, drift, now)) {
      ctx.log.warn(`${company.slug}: the feed's answer changed shape, postings kept: ${drift} (warned once a day while it lasts; see scoutly status)`);
    }
    ctx.log.info(`${company.slug}: ${record.seen} posting(s) via ${outcome.source.kind}${used ? ` (${RENDER_WORDS[used]})` : ''}, ${record.new} new${record.reposts ? ` (${record.reposts} reposted)` : ''}, ${record.closed} closed`);
    return {
      detail: { source: outcome.source.kind, render: used ?? null, bytes: scrapeCtx.cost.bytes, cpuMs: Math.round(scrapeCtx.cost.cpuMs),
        ...(outcome.notes.length ? { notes: outcome.notes } : {}), ...(outcome.drift ? { drift: outcome.drift } : {}), seen: record.seen, new: record.new, reopened: record.reopened, changed: record.changed, closed: record.closed,
        ...(record.reposts ? { reposts: record.reposts } : {}) },
      counters: { postingsNew: record.new, postingsClosed: record.closed },
    };
  };
  return { writeOnSuccess };
}
