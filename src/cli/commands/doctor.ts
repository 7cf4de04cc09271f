// `scoutly doctor [--pipeline SLUG]`: one line per check (ok / warn / fail and the fix).

import { ConfigError } from '../../core/errors.js';
import { EXIT } from '../../core/exitCodes.js';
import { systemClock } from '../../core/clock.js';
import { requireCompany, scrapeInputOf } from '../../companies/repo.js';
import { checkChromium, checkDatabase, checkDigests, checkDisk, checkFeedDrift, checkGemini, checkSystemd, type CheckResult } from '../../ops/doctor.js';
import { scrapeOnce } from '../../tick/scraping.js';
import { describeDrift } from '../../scrape/feed.js';
import { stringFlag, type Command } from '../command.js';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Check configuration, database, Chromium, Gemini key and model, digest channels, feeds that changed shape, systemd units and disk space.',
  synopsis: 'doctor [--pipeline SLUG] [--json]',
  help: `Options:
  --pipeline SLUG  also run one company through its scrape, without saving anything
  --json           the results as JSON

Exit 0 when nothing failed (warnings allowed), 1 otherwise.`,
  options: { pipeline: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const results: CheckResult[] = [];
    let configOk = true;
    try {
      void ctx.config;
      results.push({ name: 'configuration', status: 'ok', detail: `database ${ctx.config.dbPath}, budget ${ctx.config.budgetMs / 1000}s, concurrency ${ctx.config.concurrency}` });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      configOk = false;
      results.push({ name: 'configuration', status: 'fail', detail: err.problems.map((p) => `${p.variable} ${p.message}`).join('; '), fix: 'fix the environment or .env' });
    }
    if (configOk) {
      const config = ctx.config;
      results.push(await checkDatabase(config, ctx.io.exists), await checkChromium(config), await checkGemini(config), await checkDigests(config, ctx.io.exists),
        await checkFeedDrift(config, ctx.io.exists), await checkSystemd(), await checkDisk(config));
      const slug = stringFlag(args, 'pipeline');
      if (slug) results.push(await pipeline(slug, ctx));
    }
    if (args.values.json) ctx.json(results);
    else for (const r of results) ctx.out(`${r.status.padEnd(4)}  ${r.name.padEnd(13)} ${r.detail}${r.fix && r.status !== 'ok' ? ` — fix: ${r.fix}` : ''}`);
    return results.some((r) => r.status === 'fail') ? EXIT.taskFailures : EXIT.ok;
  },
};

async function pipeline(slug: string, ctx: Parameters<Command['run']>[1]): Promise<CheckResult> {
  const name = `pipeline ${slug}`;
  try {
    const company = requireCompany(await ctx.openStore(), slug);
    const { known, filter } = scrapeInputOf(company);
    const { source, postings, notes, drift } = await scrapeOnce(ctx.config, systemClock, { careersUrl: company.careersUrl, selector: company.selector, filter },
      known, AbortSignal.timeout(120_000), ctx.log);
    return { name, status: postings.length ? 'ok' : 'warn',
      detail: `${postings.length} posting(s) via ${source.kind}${source.token ? ` (${source.token})` : ''} (nothing saved)${notes.map((n) => `; ${n}`).join('')}${
        drift ? `; the feed's answer changed shape, postings kept: ${describeDrift(drift)}` : ''}`,
      fix: 'check the company\'s selector, or its careers URL' };
  } catch (err) {
    return { name, status: 'fail', detail: (err as Error).message, fix: 'see scoutly probe URL for details' };
  }
}
