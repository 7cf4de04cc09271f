import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  upsertUser
} from "./chunk-Y6E3OW7K.js";
import "./chunk-TSCOCQB5.js";
import "./chunk-7EI2NUQR.js";
import {
  setPreference,
  upsertCompanies
} from "./chunk-WD5LNO2G.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  UsageError
} from "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/demo.js
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var demoFile = (name) => fileURLToPath(new URL(`../../../src/demo/${name}`, import.meta.url));
var DEMO_USER = "demo@scoutly.local";
function demoCompanies(baseUrl) {
  const company = (slug, name, careersUrl, rank, selector = null) => ({
    slug,
    name,
    careersUrl,
    selector,
    workModel: "FULLY_REMOTE",
    headquarters: null,
    officeLocations: [],
    fields: ["software"],
    openToApplication: true,
    rank
  });
  return [
    company("acme", "Acme", `${baseUrl}/acme/`, 95, ".jobs"),
    company("globex", "Globex", `${baseUrl}/globex/`, 70, "#openings"),
    company("initech", "Initech", `${baseUrl}/initech/`, 50),
    company("hooli", "Hooli", "https://boards.greenhouse.io/hooli", 85),
    company("piedpiper", "Pied Piper", "https://jobs.lever.co/piedpiper", 65),
    company("umbrella", "Umbrella", "https://jobs.ashbyhq.com/Umbrella", 20)
  ];
}
var seedDemoCommand = {
  name: "seed-demo",
  summary: "Add a demo user (with profile and CV) and six demo companies served by the local demo site.",
  synopsis: "seed-demo --base-url URL",
  help: `Options:
  --base-url URL   where the demo site runs (make demo starts it and passes its address)

The three ATS companies keep their real board URLs; set SCOUTLY_ATS_BASE_URL to the same URL so their
feeds are read from the demo site, and SCOUTLY_ALLOW_PRIVATE_URLS=1 so 127.0.0.1 may be fetched.`,
  options: { "base-url": { type: "string" } },
  async run(args, ctx) {
    const baseUrl = stringFlag(args, "base-url");
    if (!baseUrl || !/^https?:\/\//.test(baseUrl))
      throw new UsageError("--base-url must be the demo site's http URL", usageOf(seedDemoCommand));
    const store = await ctx.openStore();
    const now = ctx.now();
    const companies = demoCompanies(baseUrl.replace(/\/$/, ""));
    writeTx(store, () => {
      const cvBytes = readFileSync(demoFile("cv.md"));
      const user = upsertUser(store, {
        email: DEMO_USER,
        profile: JSON.parse(readFileSync(demoFile("profile.json"), "utf8")),
        cv: { fileName: "cv.md", text: cvBytes.toString("utf8"), bytes: cvBytes }
      }, now);
      const { ids } = upsertCompanies(store, companies, now);
      ids.forEach((id, i) => setPreference(store, user.id, id, companies[i].rank, now));
    });
    ctx.out(`seeded ${DEMO_USER} tracking ${companies.length} demo companies: ${companies.map((c) => `${c.slug} (${c.rank})`).join(", ")}`);
    return EXIT.ok;
  }
};
export {
  DEMO_USER,
  demoCompanies,
  seedDemoCommand
};
