// `scoutly postings list` and `scoutly probe URL`: what was found, and what a URL would give.

import { classify } from '../../core/errors.js';
import { EXIT } from '../../core/exitCodes.js';
import { UsageError } from '../../core/errors.js';
import { singleLine } from '../../core/text.js';
import { systemClock } from '../../core/clock.js';
import { listPostings } from '../../postings/repo.js';
import { scrapeOnce } from '../../tick/scraping.js';
import { timeoutSignal } from '../../core/timeoutSignal.js';
import { sourceOfCareersUrl } from '../../companies/repo.js';
import { describeFilter, parseStoredFilter } from '../../scrape/sourceFilter.js';
import { normalizeAll } from '../../scrape/normalize.js';
import { describeDrift } from '../../scrape/feed.js';
import type { RawPosting } from '../../scrape/types.js';
import { stringFlag, usageOf, type Command } from '../command.js';
import { isoTime, table, truncate } from '../format.js';

export const postingsListCommand: Command = {
  name: 'postings list',
  summary: 'List the postings found, open ones first.',
  synopsis: 'postings list [--company SLUG] [--open|--closed] [--json]',
  help: 'Options:\n  --company SLUG  one company\n  --open          only open postings\n  --closed        only closed postings\n  --json          as JSON',
  options: { company: { type: 'string' }, open: { type: 'boolean' }, closed: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    if (args.values.open && args.values.closed) throw new UsageError('--open and --closed exclude each other', usageOf(postingsListCommand));
    const store = await ctx.openStore();
    const slug = stringFlag(args, 'company');
    const rows = listPostings(store, { ...(slug ? { companySlug: slug } : {}), state: args.values.open ? 'open' : args.values.closed ? 'closed' : 'all' });
    if (args.values.json) {
      ctx.json(rows);
      return EXIT.ok;
    }
    for (const l of table(['company', 'title', 'location', 'first seen', 'closed', 'url'],
      rows.map((p) => [p.company, truncate(p.title, 50), truncate(p.location, 30), isoTime(p.firstSeenAt), p.closedAt ? isoTime(p.closedAt) : 'open', p.url]))) ctx.out(l);
    ctx.out(`${rows.length} posting(s)`);
    return EXIT.ok;
  },
};

export const probeCommand: Command = {
  name: 'probe',
  summary: 'Detect the source of a careers URL and extract its postings, without touching the database.',
  synopsis: 'probe URL [--selector CSS] [--json]',
  help: 'A careers page (no board found) is read both ways, plain HTTP and Chromium, and shown side by side.\n\nOptions:\n  --selector CSS  where the postings are on the page\n  --json          as JSON\n\nExit 1 when the page or feed could not be read (the reason is printed).',
  options: { selector: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'URL' },
  async run(args, ctx) {
    const url = args.positionals[0]!;
    const deadline = timeoutSignal(120_000, ctx.io.stopSignal);
    const signal = deadline.signal;
    try {
      const filter = parseStoredFilter(sourceOfCareersUrl(url).sourceFilter);
      const outcome = await scrapeOnce(ctx.config, systemClock, { careersUrl: url, selector: stringFlag(args, 'selector') ?? null, filter }, null, signal, ctx.log);
      const postings = outcome.postings;
      const compared = outcome.render?.compared ? sideBySide(outcome.render.compared) : null;
      if (args.values.json) {
        ctx.json({ source: outcome.source, filter, notes: outcome.notes, drift: outcome.drift ?? null, remembered: outcome.remember ?? null, postings,
          render: outcome.render ? { used: outcome.render.used, learnt: outcome.render.next.mode, compared } : null });
        return EXIT.ok;
      }
      ctx.out(`source: ${outcome.source.kind}${outcome.source.token ? ` (${outcome.source.token})` : ''}`);
      if (filter) ctx.out(`filter: ${describeFilter(filter)}${outcome.source.kind === 'browser' ? ' (applied by the page)' : ''}`);
      for (const note of outcome.notes) ctx.out(`note: ${note}`);
      if (outcome.drift) ctx.out(`drift: the feed's answer changed shape, postings kept: ${describeDrift(outcome.drift)}`);
      if (compared && outcome.render) {
        // The page read both ways, as a new company's first scrape does: what each found, and what would be learnt.
        const learnt = outcome.render.next.mode === 'auto' ? 'nothing learnt (both found nothing)' : `would be read ${outcome.render.next.mode === 'static' ? 'with plain HTTP' : 'in Chromium'}`;
        ctx.out(`page read both ways: plain HTTP ${'failed' in compared.static ? `failed (${compared.static.failed})` : `${compared.static.count} posting(s)`}, Chromium ${compared.browser.count}; ${learnt}`);
        for (const l of table(['title', 'plain HTTP', 'Chromium', 'url'], compared.rows.map((r) => [truncate(r.title, 50), r.inStatic ? 'yes' : '-', r.inBrowser ? 'yes' : '-', r.url]))) ctx.out(l);
        return EXIT.ok;
      }
      for (const l of table(['title', 'location', 'url'], postings.map((p) => [truncate(p.title, 60), truncate(p.location, 30), p.url]))) ctx.out(l);
      ctx.out(`${postings.length} posting(s)`);
      return EXIT.ok;
    } catch (err) {
      const c = classify(err, false, ctx.config.gemini.apiKey ? [ctx.config.gemini.apiKey] : []);
      ctx.io.stderr.write(`scoutly probe: ${c.kind}: ${singleLine(c.message)}\n`);
      return EXIT.taskFailures;
    } finally {
      deadline.dispose();
    }
  },
};

/** Both reads of a page as one list: every posting either found, and which read found it. */
function sideBySide(compared: { static: RawPosting[] | { failed: string }; browser: RawPosting[] }) {
  const rows = new Map<string, { title: string; url: string; inStatic: boolean; inBrowser: boolean }>();
  const add = (found: readonly RawPosting[], side: 'inStatic' | 'inBrowser') => {
    for (const p of normalizeAll(found)) {
      const key = `${p.url}\n${p.title.toLowerCase()}`;
      const row = rows.get(key) ?? { title: p.title, url: p.url, inStatic: false, inBrowser: false };
      row[side] = true;
      rows.set(key, row);
    }
  };
  if (!('failed' in compared.static)) add(compared.static, 'inStatic');
  add(compared.browser, 'inBrowser');
  return {
    static: 'failed' in compared.static ? compared.static : { count: normalizeAll(compared.static).length },
    browser: { count: normalizeAll(compared.browser).length },
    rows: [...rows.values()],
  };
}
