// `scoutly report --html FILE`: the self-contained status and matches page (also written after each tick
// when SCOUTLY_REPORT_FILE is set).

import { resolve } from 'node:path';
import { writeFileAtomically } from '../../core/files.js';
import { EXIT } from '../../core/exitCodes.js';
import { InputError, UsageError, isNoSpace, NoSpaceError } from '../../core/errors.js';
import { renderReportHtml } from '../../report/html.js';
import { gatherReport } from '../../report/reportData.js';
import { stringFlag, usageOf, type Command } from '../command.js';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the HTML report: queue and schedule, 14 days of runs, problem companies, matches, closed postings.',
  synopsis: 'report --html FILE',
  help: `Options:
  --html FILE   where to write the page (- for standard output). One file, no external assets; open it in
                any browser, phone included. The matches table sorts and filters by score, company and status.`,
  options: { html: { type: 'string' } },
  async run(args, ctx) {
    const file = stringFlag(args, 'html');
    if (!file) throw new UsageError('report needs --html FILE (or --html - for standard output)', usageOf(reportCommand));
    const store = await ctx.openStore();
    const page = renderReportHtml(gatherReport(store, ctx.config, ctx.now()));
    if (file === '-') {
      ctx.io.stdout.write(page);
      return EXIT.ok;
    }
    const target = resolve(file);
    try {
      writeFileAtomically(target, page);
    } catch (err) {
      if (isNoSpace(err)) throw new NoSpaceError(`cannot write ${target}: no space left on its disk`, { cause: err });
      throw new InputError(`cannot write ${target}: ${(err as Error).message}`);
    }
    ctx.out(`wrote ${target} (readable by you only: it lists your matches)`);
    return EXIT.ok;
  },
};
