// `scoutly users add|list`: the people Scoutly works for, with their profile and CV files.

import { basename, extname } from 'node:path';
import { EXIT } from '../../core/exitCodes.js';
import { InputError } from '../../core/errors.js';
import { validateProfile } from '../../analyze/profile.js';
import { cvText, CV_TYPES } from '../../users/cvText.js';
import { listUsers, upsertUser } from '../../users/repo.js';
import { stringFlag, type Command } from '../command.js';
import type { CommandContext } from '../context.js';
import { table } from '../format.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function readInput(ctx: CommandContext, flag: string, path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = ctx.io.readFile(path);
  } catch (err) {
    throw new InputError(`--${flag}: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(`--${flag}: ${path} is larger than 5 MiB`);
  return bytes;
}

export const usersAddCommand: Command = {
  name: 'users add',
  summary: 'Add a user (or update their profile and CV).',
  synopsis: 'users add EMAIL [--profile FILE.json] [--cv FILE.txt|.md|.pdf]',
  help: `
Options:
  --profile FILE   the candidate profile, a JSON object (skills, titles, locations, languages, exclusions …)
  --cv FILE        the CV as .txt, .md or .pdf; contact details are redacted before anything is sent to Gemini`,
  options: { profile: { type: 'string' }, cv: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'EMAIL' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const email = args.positionals[0]!;
    const profilePath = stringFlag(args, 'profile');
    const cvPath = stringFlag(args, 'cv');
    let profile: Record<string, unknown> | undefined;
    if (profilePath) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readInput(ctx, 'profile', profilePath).toString('utf8'));
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw new InputError(`--profile: ${profilePath} is not valid JSON: ${(err as Error).message}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new InputError(`--profile: ${profilePath} must contain a JSON object`);
      }
      const checked = validateProfile(parsed);
      if (!checked.ok) throw new InputError(`--profile: ${profilePath}: ${checked.message}`);
      profile = parsed as Record<string, unknown>;
    }
    let cv: { fileName: string; text: string | null; bytes: Buffer } | undefined;
    if (cvPath) {
      const ext = extname(cvPath).toLowerCase();
      if (!(CV_TYPES as readonly string[]).includes(ext)) throw new InputError(`--cv: ${cvPath} must be a .txt, .md or .pdf file`);
      const bytes = readInput(ctx, 'cv', cvPath);
      cv = { fileName: basename(cvPath), bytes, text: await cvText(cvPath, bytes) };
    }
    const result = upsertUser(store, { email, ...(profile ? { profile } : {}), ...(cv ? { cv } : {}) }, ctx.now());
    const parts = [profile ? 'profile' : null, cv ? `CV ${cv.fileName}` : null].filter(Boolean);
    ctx.out(`${result.created ? 'added' : 'updated'} ${email}${parts.length ? ` with ${parts.join(' and ')}` : ''}`);
    return EXIT.ok;
  },
};

export const usersListCommand: Command = {
  name: 'users list',
  summary: 'List users, whether they have a profile and CV, and how many companies they track.',
  synopsis: 'users list [--json]',
  help: 'Options:\n  --json   as JSON',
  options: { json: { type: 'boolean' } },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const rows = listUsers(store);
    if (args.values.json) {
      ctx.json(rows.map((u) => ({ ...u, hasProfile: Boolean(u.hasProfile) })));
      return EXIT.ok;
    }
    for (const l of table(['user', 'profile', 'cv', 'tracking'], rows.map((u) => [u.email, u.hasProfile ? 'yes' : 'no', u.cvFileName, u.tracking]))) ctx.out(l);
    return EXIT.ok;
  },
};
