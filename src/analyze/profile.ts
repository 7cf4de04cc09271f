// The candidate profile: the original Scoutly candidate shape (logistics, languages, preferences and
// exclusions) plus skills, titles, title keywords and a salary floor. Validated once, when it is added.

import { createHash } from 'node:crypto';
import { z } from 'zod';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof CEFR)[number];

const words = z.array(z.string().trim().min(1)).max(200);

export const profileSchema = z.object({
  name: z.string().optional(),
  titles: words.default([]),
  titleKeywords: words.default([]),
  skills: words.default([]),
  seniority: z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead']).optional(),
  logistics: z.object({
    residence: z.object({ country: z.string().optional(), city: z.string().optional(), timezone: z.string().optional() }).optional(),
    willingToRelocate: z.boolean().optional(),
    workAuthorization: z.record(z.string(), z.boolean()).optional(),
  }).default({}),
  languages: z.array(z.object({ language: z.string().trim().min(1), level: z.enum(CEFR) })).default([]),
  preferences: z.object({
    careerGoals: words.optional(),
    jobTypes: words.optional(),
    workEnvironments: z.array(z.enum(['remote', 'hybrid', 'onsite'])).optional(),
    companySizes: words.optional(),
    exclusions: z.object({
      industries: words.default([]), technologies: words.default([]), roleTypes: words.default([]), titles: words.default([]),
    }).default({ industries: [], technologies: [], roleTypes: [], titles: [] }),
  }).default({ exclusions: { industries: [], technologies: [], roleTypes: [], titles: [] } }),
  salaryFloor: z.object({ amount: z.number().positive(), currency: z.string().length(3), period: z.enum(['year', 'month', 'hour']) }).optional(),
});

export type CandidateProfile = z.infer<typeof profileSchema>;

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
