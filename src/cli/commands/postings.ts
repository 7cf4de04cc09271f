// `scoutly postings list` and `scoutly probe URL`: what was found, and what a URL would give.

import { classify } from '../../core/errors.js';
import { EXIT } from '../../core/exitCodes.js';
import { UsageError } from '../../core/errors.js';
import { systemClock } from '../../core/clock.js';
import { listPostings } from '../../postings/repo.js';
import { scrapeOnce } from '../../tick/scraping.js';
import { timeoutSignal } from '../../core/timeoutSignal.js';
import { sourceOfCareersUrl } from '../../companies/repo.js';
import { describeFilter, parseStoredFilter } from '../../scrape/sourceFilter.js';
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
  help: 'Options:\n  --selector CSS  where the postings are on the page (browser source)\n  --json          as JSON\n\nExit 1 when the page or feed could not be read (the reason is printed).',
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
      if (args.values.json) {
        ctx.json({ source: outcome.source, filter, notes: outcome.notes, remembered: outcome.remember ?? null, postings });
        return EXIT.ok;
      }
      ctx.out(`source: ${outcome.source.kind}${outcome.source.token ? ` (${outcome.source.token})` : ''}`);
      if (filter) ctx.out(`filter: ${describeFilter(filter)}${outcome.source.kind === 'browser' ? ' (applied by the page)' : ''}`);
      for (const note of outcome.notes) ctx.out(`note: ${note}`);
      for (const l of table(['title', 'location', 'url'], postings.map((p) => [truncate(p.title, 60), truncate(p.location, 30), p.url]))) ctx.out(l);
      ctx.out(`${postings.length} posting(s)`);
      return EXIT.ok;
    } catch (err) {
      const c = classify(err, false, ctx.config.gemini.apiKey ? [ctx.config.gemini.apiKey] : []);
      ctx.io.stderr.write(`scoutly probe: ${c.kind}: ${c.message}\n`);
      return EXIT.taskFailures;
    } finally {
      deadline.dispose();
    }
  },
};
