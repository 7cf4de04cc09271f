// The Profile operations: the candidate profile (validated as `users set-profile` validates), the CV
// upload (as `users add --cv` reads it), and what the analyzer reads from them.

import { extname, basename } from 'node:path';
import { candidateFacts } from '../../analyze/candidate.js';
import { loadPlaces } from '../../analyze/places.js';
import { validateProfile } from '../../analyze/profile.js';
import { redactPersonalData } from '../../analyze/redact.js';
import { cvText, CV_TYPES, MAX_CV_BYTES } from '../../users/cvText.js';
import { scoringInputOf, showUser, upsertUser } from '../../users/repo.js';
import type { Caller, WebDeps } from '../context.js';
import { HttpProblem, invalid } from '../problem.js';

export interface ProfileOut {
  email: string;
  cvFileName: string | null;
  cvChars: number | null;
  derivedFromCv: boolean;
  profile: Record<string, unknown> | null;
  /** What the rules read from the profile; null without a usable profile. */
  reads: Record<string, unknown> | null;
  problem: string | null;
  /** The CV's text as Gemini would get it (contact details removed), first part only. */
  cvForModel: string | null;
}

/** What the analyzer reads from a profile, as plain JSON (sets and maps become lists). */
function readsOf(profile: Parameters<typeof candidateFacts>[0]): Record<string, unknown> {
  const f = candidateFacts(profile);
  return {
    city: f.city, country: f.country, authorizedIn: [...f.authorizedIn].sort(), willingToRelocate: f.willingToRelocate, level: f.level,
    years: f.years, manager: f.manager, roleFamilies: f.families, languages: Object.fromEntries(f.languages),
  };
}

/** The profile as stored (what a form's fields are laid over). */
export const storedProfile = (deps: WebDeps, caller: Caller) => showUser(deps.store, caller.account.email).profile;

/** The gazetteer is loaded first: what the rules read of a profile (its city, a CV's places) comes from it. */
export async function profileOf(deps: WebDeps, caller: Caller): Promise<ProfileOut> {
  await loadPlaces();
  const user = showUser(deps.store, caller.account.email);
  const input = scoringInputOf(deps.store, caller.account.id);
  const checked = user.profile ? validateProfile(user.profile) : null;
  return {
    email: user.email, cvFileName: user.cvFileName, cvChars: user.cvChars, derivedFromCv: user.profile?.derivedFrom === 'cv', profile: user.profile,
    reads: checked?.ok ? readsOf(checked.profile) : null, problem: checked && !checked.ok ? checked.message : null,
    cvForModel: input?.cvText ? redactPersonalData(input.cvText).slice(0, 3000) : null,
  };
}

/** Replaces the profile; a saved profile is the user's own, even a corrected derived one (a later CV keeps it). */
export async function saveProfile(deps: WebDeps, caller: Caller, profile: Record<string, unknown>): Promise<ProfileOut> {
  const checked = validateProfile(profile);
  if (!checked.ok) {
    const [field, ...rest] = checked.message.split(': ');
    throw invalid([{ field: field ?? '(profile)', message: rest.join(': ') || checked.message }]);
  }
  const { derivedFrom: _derived, ...own } = profile;
  upsertUser(deps.store, { email: caller.account.email, profile: own }, deps.clock.now());
  return profileOf(deps, caller);
}

/** A CV file's name as shown and stored: its last path part, printable, at most 200 characters. */
export const cleanFileName = (name: string) => basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 200) || 'cv';

export async function uploadCv(deps: WebDeps, caller: Caller, fileName: string, bytes: Buffer): Promise<ProfileOut> {
  const name = cleanFileName(fileName);
  if (!(CV_TYPES as readonly string[]).includes(extname(name).toLowerCase())) throw invalid([{ field: 'file', message: `${name} must be a .pdf, .md or .txt file` }]);
  if (bytes.length > MAX_CV_BYTES) throw new HttpProblem(413, 'Too large', `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; a CV is at most ${MAX_CV_BYTES / 1048576} MB`);
  if (bytes.length === 0) throw invalid([{ field: 'file', message: `${name} is empty` }]);
  let text: string;
  try {
    text = await cvText(name, bytes);
  } catch (err) {
    throw invalid([{ field: 'file', message: (err as Error).message.replace(/^--cv: /, '') }]);
  }
  await loadPlaces(); // a profile is derived from the CV, its places read from the gazetteer
  upsertUser(deps.store, { email: caller.account.email, cv: { fileName: name, text, bytes } }, deps.clock.now());
  return profileOf(deps, caller);
}
