import {
  renderReportHtml
} from "./chunk-PYCHJXCQ.js";
import {
  gatherReport
} from "./chunk-HVCFYUSW.js";
import {
  writeFileAtomically
} from "./chunk-VVIXCDHZ.js";
import "./chunk-RF3DKUWY.js";
import "./chunk-U5AXCYXE.js";
import "./chunk-DTIESMB2.js";
import "./chunk-Z4DH2GGY.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import "./chunk-P3GHZZT5.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  InputError,
  NoSpaceError,
  UsageError,
  isNoSpace
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/report.js
import { resolve } from "node:path";
var reportCommand = {
  name: "report",
  summary: "Write the HTML report: queue and schedule, 14 days of runs, problem companies, matches, closed postings.",
  synopsis: "report --html FILE",
  help: `Options:
  --html FILE   where to write the page (- for standard output). One file, no external assets; open it in
                any browser, phone included. The matches table sorts and filters by score, company and status.`,
  options: { html: { type: "string" } },
  async run(args, ctx) {
    const file = stringFlag(args, "html");
    if (!file)
      throw new UsageError("report needs --html FILE (or --html - for standard output)", usageOf(reportCommand));
    const store = await ctx.openStore();
    const page = renderReportHtml(gatherReport(store, ctx.config, ctx.now()));
    if (file === "-") {
      ctx.io.stdout.write(page);
      return EXIT.ok;
    }
    const target = resolve(file);
    try {
      writeFileAtomically(target, page);
    } catch (err) {
      if (isNoSpace(err))
        throw new NoSpaceError(`cannot write ${target}: no space left on its disk`, { cause: err });
      throw new InputError(`cannot write ${target}: ${err.message}`);
    }
    ctx.out(`wrote ${target} (readable by you only: it lists your matches)`);
    return EXIT.ok;
  }
};
export {
  reportCommand
};
