import {
  createApiToken,
  listApiTokens,
  revokeApiToken
} from "./chunk-45Y2GG7D.js";
import {
  requireAccount,
  setAdmin,
  setPassword
} from "./chunk-5V7OUJUP.js";
import {
  CV_TYPES,
  cvText
} from "./chunk-RBGO7UU6.js";
import {
  isoTime,
  table
} from "./chunk-HNSXSXLX.js";
import "./chunk-OBJW6WYT.js";
import {
  stringFlag,
  usageOf
} from "./chunk-6OODP5DD.js";
import {
  EXIT
} from "./chunk-6E6L26PG.js";
import {
  listUsers,
  showUser,
  upsertUser
} from "./chunk-Y6E3OW7K.js";
import "./chunk-TSCOCQB5.js";
import {
  validateProfile
} from "./chunk-7EI2NUQR.js";
import {
  loadPlaces
} from "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import {
  InputError,
  UsageError
} from "./chunk-ICS75TSL.js";
import {
  safeJson,
  singleLine
} from "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/commands/users.js
import { basename, extname } from "node:path";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function readInput(ctx, flag, path) {
  let bytes;
  try {
    bytes = ctx.io.readFile(path);
  } catch (err) {
    throw new InputError(`--${flag}: cannot read ${path}: ${err.code ?? err.message}`);
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new InputError(`--${flag}: ${path} is larger than 5 MiB`);
  return bytes;
}
function readProfile(ctx, path) {
  let parsed;
  try {
    parsed = JSON.parse(readInput(ctx, "profile", path).toString("utf8"));
  } catch (err) {
    if (err instanceof InputError)
      throw err;
    throw new InputError(`--profile: ${path} is not valid JSON: ${err.message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new InputError(`--profile: ${path} must contain a JSON object`);
  const checked = validateProfile(parsed);
  if (!checked.ok)
    throw new InputError(`--profile: ${path}: ${checked.message}`);
  const { derivedFrom: _derived, ...own } = parsed;
  return own;
}
var usersAddCommand = {
  name: "users add",
  summary: "Add a user (or update their profile and CV).",
  synopsis: "users add EMAIL [--profile FILE.json] [--cv FILE.txt|.md|.pdf] [--admin]",
  help: `
Options:
  --profile FILE   the candidate profile, a JSON object (skills, titles, locations, languages, exclusions \u2026)
  --cv FILE        the CV as .txt, .md or .pdf; contact details are redacted before anything is sent to Gemini
  --admin          may also remove companies, change their sources and retry tasks in the dashboard
                   (the first user always may)

A CV alone is enough: a profile is derived from it, read as a recruiter reads a CV: the residence from the
header and contact lines, citizenship and work permits, the "looking for" / objective section (remote or hybrid,
relocation and its conditions, employment types, roles ruled out, no people management), skills, recent titles,
seniority and years from the experience section, and languages. \`scoutly users show EMAIL\` shows it with the CV
line each field came from; correct it with \`scoutly users set-profile\`.`,
  options: { profile: { type: "string" }, cv: { type: "string" }, admin: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "EMAIL" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const email = args.positionals[0];
    const profilePath = stringFlag(args, "profile");
    const cvPath = stringFlag(args, "cv");
    const profile = profilePath ? readProfile(ctx, profilePath) : void 0;
    let cv;
    if (cvPath) {
      const ext = extname(cvPath).toLowerCase();
      if (!CV_TYPES.includes(ext))
        throw new InputError(`--cv: ${cvPath} must be a .txt, .md or .pdf file`);
      const bytes = readInput(ctx, "cv", cvPath);
      cv = { fileName: basename(cvPath), bytes, text: await cvText(cvPath, bytes) };
    }
    if (cv?.text)
      await loadPlaces();
    const result = upsertUser(store, { email, ...profile ? { profile } : {}, ...cv ? { cv } : {} }, ctx.now());
    if (args.values.admin)
      setAdmin(store, result.id, true, ctx.now());
    const parts = [profile ? "profile" : null, cv ? `CV ${cv.fileName}` : null].filter(Boolean);
    ctx.out(`${result.created ? "added" : "updated"} ${email}${parts.length ? ` with ${parts.join(" and ")}` : ""}${args.values.admin ? " (admin)" : ""}`);
    if (result.derivedProfile)
      ctx.out(`derived a profile from the CV: check it with scoutly users show ${email}`);
    return EXIT.ok;
  }
};
var usersListCommand = {
  name: "users list",
  summary: "List users, whether they have a profile and CV, and how many companies they track.",
  synopsis: "users list [--json]",
  help: "Options:\n  --json   as JSON",
  options: { json: { type: "boolean" } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rows = listUsers(store);
    if (args.values.json) {
      ctx.json(rows.map((u) => ({ ...u, hasProfile: Boolean(u.hasProfile) })));
      return EXIT.ok;
    }
    for (const l of table(["user", "profile", "cv", "tracking"], rows.map((u) => [u.email, u.hasProfile ? "yes" : "no", u.cvFileName, u.tracking])))
      ctx.out(l);
    return EXIT.ok;
  }
};
var usersShowCommand = {
  name: "users show",
  summary: "Show a user: CV, tracked companies and the profile analyses use (derived from the CV when none was given).",
  synopsis: "users show EMAIL [--json]",
  help: "Options:\n  --json   as JSON",
  options: { json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: "EMAIL" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const user = showUser(store, args.positionals[0]);
    if (args.values.json) {
      ctx.json(user);
      return EXIT.ok;
    }
    ctx.out(`${user.email}: CV ${user.cvFileName ?? "none"}${user.cvChars ? ` (${user.cvChars} characters of text)` : ""}, tracking ${user.tracking} compan${user.tracking === 1 ? "y" : "ies"}`);
    if (!user.profile) {
      ctx.out("no profile and no CV text: postings are not scored for this user; add one with scoutly users add EMAIL --cv FILE");
      return EXIT.ok;
    }
    const derived = user.profile.derivedFrom === "cv";
    ctx.out(derived ? "profile (derived from the CV; save this JSON, correct it and load it with scoutly users set-profile EMAIL FILE):" : "profile:");
    for (const line of safeJson(user.profile, 2).split("\n"))
      ctx.out(line);
    const sources = derived ? user.profile.sources : void 0;
    if (sources && Object.keys(sources).length) {
      ctx.out("read from the CV:");
      for (const [field, from] of Object.entries(sources))
        ctx.out(`  ${field.padEnd(40)} ${singleLine(from)}`);
    }
    return EXIT.ok;
  }
};
var usersSetProfileCommand = {
  name: "users set-profile",
  summary: "Replace a user's candidate profile with a JSON file (a corrected derived one, or your own).",
  synopsis: "users set-profile EMAIL FILE.json",
  help: "The file is validated first; a bad field is named and nothing is written.",
  options: {},
  positionals: { min: 2, max: 2, names: "EMAIL FILE" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const [email, path] = args.positionals;
    showUser(store, email);
    const profile = readProfile(ctx, path);
    upsertUser(store, { email, profile }, ctx.now());
    ctx.out(`updated the profile of ${email}`);
    return EXIT.ok;
  }
};
var usersSetPasswordCommand = {
  name: "users set-password",
  summary: "Set a user's dashboard password (prompted, never an argument); signs them out everywhere.",
  synopsis: "users set-password EMAIL",
  help: `The password is typed at the prompt (twice, not shown), or read as the first line of standard input:
  printf '%s\\n' "$PASSWORD" | scoutly users set-password EMAIL
At least 12 characters; a few words make a good one. Every session of the user ends.
Without a terminal at hand, \`scoutly web setup-link EMAIL\` prints a one-time link to choose it in the browser.`,
  positionals: { min: 1, max: 1, names: "EMAIL" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const account = requireAccount(store, args.positionals[0]);
    const password = await ctx.io.readSecret(`New password for ${account.email}: `);
    if (ctx.io.stdinIsTTY && await ctx.io.readSecret("The same again: ") !== password)
      throw new InputError("the two passwords differ; nothing was changed");
    await setPassword(store, account.id, password, ctx.now());
    ctx.out(`password set for ${account.email}; any session of theirs was signed out`);
    return EXIT.ok;
  }
};
var usersTokenCommand = {
  name: "users token",
  summary: "Make an API token for scripts (shown once), list a user's tokens, or revoke one.",
  synopsis: "users token EMAIL [--name LABEL] | --list | --revoke ID",
  help: `Options:
  --name LABEL   what the token is for (shown by --list)
  --list         the user's tokens: id, label, when made and last used, revoked
  --revoke ID    revoke one of them (scripts using it get 401 from then on)

Scripts send it as a header: Authorization: Bearer TOKEN (see /api in the dashboard). Only a hash is
stored: a lost token cannot be shown again; revoke it and make another.`,
  options: { name: { type: "string" }, list: { type: "boolean" }, revoke: { type: "string" } },
  positionals: { min: 1, max: 1, names: "EMAIL" },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const account = requireAccount(store, args.positionals[0]);
    const revoke = stringFlag(args, "revoke");
    if ([revoke !== void 0, Boolean(args.values.list), stringFlag(args, "name") !== void 0].filter(Boolean).length > 1) {
      throw new UsageError("give one of --name, --list and --revoke", usageOf(usersTokenCommand));
    }
    if (revoke !== void 0) {
      const id = Number(revoke.replace(/^#/, ""));
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError(`--revoke takes a token id (see --list), got "${revoke}"`, usageOf(usersTokenCommand));
      if (!revokeApiToken(store, account.id, id, ctx.now()))
        throw new InputError(`${account.email} has no live token #${id}; see \`scoutly users token ${account.email} --list\``);
      ctx.out(`revoked token #${id} of ${account.email}`);
      return EXIT.ok;
    }
    if (args.values.list) {
      const rows = listApiTokens(store, account.id);
      for (const l of table(["id", "label", "made", "last used", "revoked"], rows.map((t) => [`#${t.id}`, t.name, isoTime(t.createdAt), isoTime(t.lastUsedAt), t.revokedAt ? isoTime(t.revokedAt) : "no"])))
        ctx.out(l);
      ctx.out(`${rows.length} token(s)`);
      return EXIT.ok;
    }
    const made = createApiToken(store, account.id, stringFlag(args, "name") ?? null, ctx.now());
    ctx.out(`API token #${made.id} for ${account.email} (shown once; keep it like a password):`);
    ctx.out(made.token);
    return EXIT.ok;
  }
};
export {
  usersAddCommand,
  usersListCommand,
  usersSetPasswordCommand,
  usersSetProfileCommand,
  usersShowCommand,
  usersTokenCommand
};
