// The candidate profile: the original Scoutly candidate shape (logistics with currentResidence and a list of
// work authorisations, languages with levels, preferences and exclusions) plus skills, titles, title
// keywords, seniority, years of experience and a salary floor. Validated when added and when used.

import { createHash } from 'node:crypto';
import { z } from 'zod';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof CEFR)[number];

/** Level words people and the original app write, read as CEFR (a "fluent" speaker is taken as C1). */
const LEVEL_WORDS: Record<string, LanguageLevel> = {
  native: 'native', 'mother tongue': 'native', bilingual: 'native', nativo: 'native', muttersprache: 'native', moedertaal: 'native',
  fluent: 'C1', advanced: 'C1', proficient: 'C1', 'full professional': 'C1', professional: 'B2', 'upper intermediate': 'B2',
  'business': 'B2', intermediate: 'B1', conversational: 'B1', 'limited working': 'B1', elementary: 'A2', basic: 'A2', beginner: 'A1',
  bilingue: 'native', bilíngue: 'native', zweisprachig: 'native', 'langue maternelle': 'native', maternelle: 'native', 'língua materna': 'native', 'lengua materna': 'native', nativa: 'native',
  courant: 'C1', fluente: 'C1', fluido: 'C1', avanzado: 'C1', avançado: 'C1', avancé: 'C1', fließend: 'C1', verhandlungssicher: 'C1',
  intermedio: 'B1', intermediário: 'B1', intermédiaire: 'B1', básico: 'A2', basico: 'A2', débutant: 'A1', grundkenntnisse: 'A2', gut: 'B2',
};

/** A level as CEFR, from "C1", "c1", "Native", "fluent", "Professional working proficiency"; null when unreadable. */
export function readLanguageLevel(raw: string): LanguageLevel | null {
  const text = raw.trim().toLowerCase();
  const cefr = /\b([abc][12])\b/.exec(text);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  const word = Object.keys(LEVEL_WORDS).sort((a, b) => b.length - a.length).find((w) => text.includes(w));
  return word ? LEVEL_WORDS[word]! : null;
}

const WORKPLACES: Record<string, 'remote' | 'hybrid' | 'onsite'> = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite', office: 'onsite', inoffice: 'onsite', inperson: 'onsite' };

const words = z.array(z.string().trim().min(1)).max(200);

const authorization = z.object({
  region: z.string().trim().min(1),
  regionCode: z.string().trim().optional(),
  /** As the original app writes it ("citizen", "authorized", "requires_sponsorship" …). */
  status: z.string().trim().default('authorized'),
});

export const profileSchema = z.preprocess(fromAcceptedShapes, z.object({
  name: z.string().optional(),
  titles: words.default([]),
  titleKeywords: words.default([]),
  skills: words.default([]),
  seniority: z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead']).optional(),
  yearsOfExperience: z.number().min(0).max(70).optional(),
  logistics: z.object({
    currentResidence: z.object({
      city: z.string().optional(), country: z.string().optional(), countryCode: z.string().optional(), timezone: z.string().optional(),
    }).optional(),
    willingToRelocate: z.boolean().optional(),
    /** Where a move is considered and on what condition ("only with sponsorship"): from a CV's "looking for" section, or by hand. */
    relocation: z.object({
      countries: z.array(z.string().trim().min(1)).default([]),
      requires: z.array(z.enum(['sponsorship', 'relocation support'])).default([]),
      /** Cities named as a move with no condition ("open to relocating to Bengaluru or Hyderabad"): an office near one is within reach. */
      cities: z.array(z.string().trim().min(1)).max(20).default([]),
    }).optional(),
    workAuthorization: z.array(authorization).default([]),
    /** How far an office may be from home for office days (km, straight line). */
    maxCommuteKm: z.number().positive().max(500).default(50),
  }).default({ workAuthorization: [], maxCommuteKm: 50 }),
  languages: z.array(z.object({
    language: z.string().trim().min(1),
    level: z.string().transform((raw, ctx) => readLanguageLevel(raw) ?? (ctx.addIssue({ code: 'custom', message: `"${raw}" is not a level: use A1–C2 or native (fluent, professional … are read too)` }), z.NEVER)),
  })).default([]),
  preferences: z.object({
    careerGoals: z.union([words, z.string().transform((g) => [g])]).optional(),
    jobTypes: words.optional(),
    workEnvironments: z.array(z.string().transform((raw, ctx) => WORKPLACES[raw.toLowerCase().replace(/[^a-z]/g, '')] ??
      (ctx.addIssue({ code: 'custom', message: `"${raw}" is not a work environment: use remote, hybrid or onsite` }), z.NEVER))).optional(),
    companySizes: words.optional(),
    /** The shortest contract taken, in months ("a contract of six months or more"). */
    minContractMonths: z.number().int().positive().max(120).optional(),
    /** A role one level below yours is, by default, not a match; true makes it a concern only. */
    considerLowerLevels: z.boolean().optional(),
    /** Regions or countries a remote role may be done from, as the CV or the user writes them ("EMEA", "Africa"). */
    remoteRegions: words.optional(),
    exclusions: z.object({
      industries: words.default([]), technologies: words.default([]), roleTypes: words.default([]), titles: words.default([]),
      /** Kinds of employment ruled out even where jobTypes would take them ("CLT or PJ, no temporary contracts"): temporary, freelance, internship, part-time. */
      jobTypes: words.optional(),
    }).default({ industries: [], technologies: [], roleTypes: [], titles: [] }),
  }).default({ exclusions: { industries: [], technologies: [], roleTypes: [], titles: [] } }),
  /**
   * The least pay considered: a band whose top is under it is a concern; more than `excludeBelowPercent` under it
   * (default 15) an exclusion. Other currencies and periods are converted (analyze/rates.ts).
   */
  salaryFloor: z.object({
    amount: z.number().positive(), currency: z.string().length(3).transform((c) => c.toUpperCase()), period: z.enum(['year', 'month', 'day', 'hour']),
    excludeBelowPercent: z.number().min(0).max(100).default(15),
    /** The least for a contract or freelance engagement when it is stated apart ("Perm: SGD 10k/month. Contract: SGD 700/day"): it stands for the floor on such postings. */
    contract: z.object({
      amount: z.number().positive(), currency: z.string().length(3).transform((c) => c.toUpperCase()), period: z.enum(['year', 'month', 'day', 'hour']),
    }).optional(),
  }).optional(),
  /** Set when Scoutly derived the profile from the CV (`users show` lists it; `users set-profile` replaces it). */
  derivedFrom: z.literal('cv').optional(),
  /** For a derived profile: the CV line each field was read from (`users show` prints them). */
  sources: z.record(z.string(), z.string()).optional(),
}));

/**
 * The original app's shape is the canonical one (`logistics.currentResidence`, `workAuthorization` as a
 * list of {region, regionCode, status}); the first releases' spellings (`residence`, a {region: true}
 * record) are read into it, so profiles stored by them keep working.
 */
function fromAcceptedShapes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const profile = { ...(value as Record<string, unknown>) };
  const logistics = profile.logistics;
  if (typeof logistics === 'object' && logistics !== null && !Array.isArray(logistics)) {
    const l = { ...(logistics as Record<string, unknown>) };
    if (l.currentResidence === undefined && l.residence !== undefined) l.currentResidence = l.residence;
    delete l.residence;
    const auth = l.workAuthorization;
    if (typeof auth === 'object' && auth !== null && !Array.isArray(auth)) {
      l.workAuthorization = Object.entries(auth as Record<string, unknown>).map(([region, ok]) => ({ region, status: ok === true ? 'authorized' : 'not_authorized' }));
    }
    profile.logistics = l;
  }
  return profile;
}

/** Whether a work-authorisation status means the candidate may work there without sponsorship. */
export const isAuthorized = (status: string) => !/\b(no|not|none|requires?|needs?|sponsor\w*|visa)\b|not_|requires_|needs_/i.test(status);

export type CandidateProfile = z.output<typeof profileSchema>;

/** The profile, or the first problem with the field named (e.g. `languages.0.level: …`). */
export function validateProfile(value: unknown): { ok: true; profile: CandidateProfile } | { ok: false; message: string } {
  const result = profileSchema.safeParse(value);
  if (result.success) return { ok: true, profile: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `${issue.path.join('.') || '(profile)'}: ${issue.message}` };
}

/** Part of every analysis cache key: a changed profile means fresh analyses. */
export function profileHash(profile: unknown, cvText: string | null): string {
  return createHash('sha256').update(JSON.stringify([profile, cvText ?? ''])).digest('hex').slice(0, 16);
}
