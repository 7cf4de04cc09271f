import {
  checkChromium,
  checkDatabase,
  checkDigests,
  checkDisk,
  checkFeedDrift,
  checkGemini,
  checkSystemd
} from "./chunk-M2DBNP63.js";
import "./chunk-U5AXCYXE.js";
import "./chunk-JNFEF55E.js";
import {
  scrapeOnce
} from "./chunk-LLDQMLA2.js";
import "./chunk-DSRBALOT.js";
import "./chunk-JCOXRJQO.js";
import "./chunk-PH4PHHXG.js";
import "./chunk-Z4DH2GGY.js";
import {
  stringFlag
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  systemClock
} from "./chunk-YUKE3DZL.js";
import {
  requireCompany,
  scrapeInputOf
} from "./chunk-WD5LNO2G.js";
import "./chunk-P7GC33KY.js";
import "./chunk-RHQ6R7RZ.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import {
  describeDrift
} from "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  ConfigError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/doctor.js
var doctorCommand = {
  name: "doctor",
  summary: "Check configuration, database, Chromium, Gemini key and model, digest channels, feeds that changed shape, systemd units and disk space.",
  synopsis: "doctor [--pipeline SLUG] [--json]",
  help: `Options:
  --pipeline SLUG  also run one company through its scrape, without saving anything
  --json           the results as JSON

Exit 0 when nothing failed (warnings allowed), 1 otherwise.`,
  options: { pipeline: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const results = [];
    let configOk = true;
    try {
      void ctx.config;
      results.push({ name: "configuration", status: "ok", detail: `database ${ctx.config.dbPath}, budget ${ctx.config.budgetMs / 1e3}s, concurrency ${ctx.config.concurrency}` });
    } catch (err) {
      if (!(err instanceof ConfigError))
        throw err;
      configOk = false;
      results.push({ name: "configuration", status: "fail", detail: err.problems.map((p) => `${p.variable} ${p.message}`).join("; "), fix: "fix the environment or .env" });
    }
    if (configOk) {
      const config = ctx.config;
      results.push(await checkDatabase(config, ctx.io.exists), await checkChromium(config), await checkGemini(config), await checkDigests(config, ctx.io.exists), await checkFeedDrift(config, ctx.io.exists), await checkSystemd(), await checkDisk(config));
      const slug = stringFlag(args, "pipeline");
      if (slug)
        results.push(await pipeline(slug, ctx));
    }
    if (args.values.json)
      ctx.json(results);
    else
      for (const r of results)
        ctx.out(`${r.status.padEnd(4)}  ${r.name.padEnd(13)} ${r.detail}${r.fix && r.status !== "ok" ? ` \u2014 fix: ${r.fix}` : ""}`);
    return results.some((r) => r.status === "fail") ? EXIT.taskFailures : EXIT.ok;
  }
};
async function pipeline(slug, ctx) {
  const name = `pipeline ${slug}`;
  try {
    const company = requireCompany(await ctx.openStore(), slug);
    const { known, filter } = scrapeInputOf(company);
    const { source, postings, notes, drift } = await scrapeOnce(ctx.config, systemClock, { careersUrl: company.careersUrl, selector: company.selector, filter }, known, AbortSignal.timeout(12e4), ctx.log);
    return {
      name,
      status: postings.length ? "ok" : "warn",
      detail: `${postings.length} posting(s) via ${source.kind}${source.token ? ` (${source.token})` : ""} (nothing saved)${notes.map((n) => `; ${n}`).join("")}${drift ? `; the feed's answer changed shape, postings kept: ${describeDrift(drift)}` : ""}`,
      fix: "check the company's selector, or its careers URL"
    };
  } catch (err) {
    return { name, status: "fail", detail: err.message, fix: "see scoutly probe URL for details" };
  }
}
export {
  doctorCommand
};
