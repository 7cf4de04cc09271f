// Parses and validates company lists in Scoutly's seed format (JSON array or CSV with the same headers).
// Pure: text in, rows or a list of problems out. Every problem names the row and the field.

import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { singleLine, singleLineProblem } from '../core/text.js';
import { WORK_MODELS, type WorkModel } from '../db/enums.js';
import { LEGACY_PRIORITY_RANKS, parseRank, type LegacyPriority } from '../schedule/tiers.js';
import { checkCareersUrl } from '../scrape/careersUrl.js';
import { selectorProblem } from '../scrape/selector.js';
import { SLUG_PATTERN, SLUG_RULE } from './slug.js';

export interface CompanyInput {
  slug: string;
  name: string;
  careersUrl: string;
  selector: string | null;
  workModel: WorkModel | null;
  headquarters: string | null;
  officeLocations: string[];
  fields: string[];
  openToApplication: boolean | null;
  /** From `rank`, or from legacy `priority` (high → 90, medium → 50, low → 10); null when neither is given. */
  rank: number | null;
}

export interface RowProblem {
  /** `index 3` for JSON (0-based, as in the array), `line 5` for CSV (1-based, header is line 1). */
  where: string;
  field: string;
  message: string;
}

/** A name or a place prints on one line in every table: a line break, control or bidi character is refused. */
const oneLine = (v: string, ctx: z.RefinementCtx) => {
  const problem = singleLineProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const optionalText = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .nullish()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));
const optionalLine = z.string().max(2000, 'must be at most 2000 characters').superRefine(oneLine).nullish()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));

const stringList = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((v) => {
    if (v == null) return [];
    if (Array.isArray(v)) return v.map((s) => s.trim()).filter(Boolean);
    const text = v.trim();
    if (text.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed.map(String).map((s) => s.trim()).filter(Boolean);
      } catch {
        // fall through to separators
      }
    }
    return text.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  });

const booleanish = z.union([z.boolean(), z.string()]).nullish().transform((v, ctx) => {
  if (v == null || v === '') return null;
  if (typeof v === 'boolean') return v;
  const t = v.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(t)) return true;
  if (['false', 'no', '0'].includes(t)) return false;
  ctx.addIssue({ code: 'custom', message: `must be true or false, got "${v}"` });
  return z.NEVER;
});

const seedRow = z
  .object({
    companyID: z.string({ error: 'is required (a short id such as "acme")' }).trim()
      .regex(SLUG_PATTERN, SLUG_RULE),
    company: z.string({ error: 'is required (the company name)' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').superRefine(oneLine),
    careers_url: z.string({ error: 'is required (an http or https URL)' }).trim().superRefine((url, ctx) => {
      const problem = checkCareersUrl(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    selector: optionalText,
    work_model: z.string().nullish().transform((v, ctx) => {
      if (v == null || v.trim() === '') return null;
      const upper = v.trim().toUpperCase().replace(/[\s-]+/g, '_') as WorkModel;
      if ((WORK_MODELS as readonly string[]).includes(upper)) return upper;
      ctx.addIssue({ code: 'custom', message: `must be one of ${WORK_MODELS.join(', ')}, got "${v}"` });
      return z.NEVER;
    }),
    headquarters: optionalLine,
    office_locations: stringList.superRefine((list, ctx) => list.forEach((item) => oneLine(item, ctx))),
    fields: stringList.superRefine((list, ctx) => list.forEach((item) => oneLine(item, ctx))),
    openToApplication: booleanish,
    rank: z.union([z.number(), z.string()]).nullish().transform((v, ctx) => {
      if (v == null || v === '') return null;
      const r = parseRank(v);
      if (r.ok) return r.rank;
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }),
    priority: z.string().nullish().transform((v, ctx) => {
      if (v == null || v.trim() === '') return null;
      const p = v.trim().toLowerCase();
      if (p in LEGACY_PRIORITY_RANKS) return p as LegacyPriority;
      ctx.addIssue({ code: 'custom', message: `must be high, medium or low, got "${v}"` });
      return z.NEVER;
    }),
  })
  .transform(
    (r): CompanyInput => ({
      slug: r.companyID, name: r.company, careersUrl: r.careers_url, selector: r.selector, workModel: r.work_model,
      headquarters: r.headquarters, officeLocations: r.office_locations, fields: r.fields, openToApplication: r.openToApplication,
      rank: r.rank ?? (r.priority ? LEGACY_PRIORITY_RANKS[r.priority] : null),
    }),
  );

export interface SeedParseResult {
  rows: { where: string; company: CompanyInput }[];
  problems: RowProblem[];
  /** Imported all the same, but worth a look: unknown fields (dropped), selectors that cannot work. */
  warnings?: RowProblem[];
}

const KNOWN_FIELDS = new Set(['companyID', 'company', 'careers_url', 'selector', 'work_model', 'headquarters', 'office_locations', 'fields',
  'openToApplication', 'rank', 'priority']);

/** Validates already-decoded records; `whereOf(i)` names a record for messages. */
export function validateSeedRecords(records: readonly unknown[], whereOf: (i: number) => string): SeedParseResult {
  const rows: SeedParseResult['rows'] = [];
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const seen = new Map<string, string>();
  records.forEach((record, i) => {
    const where = whereOf(i);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push({ where, field: '(row)', message: 'must be an object with the seed fields' });
      return;
    }
    const result = seedRow.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ where, field: issue.path.join('.') || '(row)', message: issue.message });
      }
      return;
    }
    const slugKey = result.data.slug.toLowerCase();
    const earlier = seen.get(slugKey);
    if (earlier) {
      problems.push({ where, field: 'companyID', message: `"${result.data.slug}" already appears at ${earlier}` });
      return;
    }
    seen.set(slugKey, where);
    const unknown = Object.keys(record).filter((k) => !KNOWN_FIELDS.has(k));
    if (unknown.length) warnings.push({ where, field: unknown.join(', '), message: `${unknown.length === 1 ? 'is not a seed field' : 'are not seed fields'}: ignored` });
    const selector = result.data.selector;
    const bad = selector === null ? null : selectorProblem(selector);
    // Imported all the same (a legacy list should not fail on one typo), but every scrape of it will
    // fail as invalid_selector until it is fixed, and the company shows as problematic.
    if (bad) warnings.push({ where, field: 'selector', message: `"${selector}" ${bad}: scrapes will fail until you fix it (companies add ${result.data.slug} URL --selector CSS)` });
    rows.push({ where, company: result.data });
  });
  return { rows, problems, warnings };
}

/** Decodes a seed file by its content: a JSON array, else CSV with a header row. */
export function parseSeedText(text: string, fileName = 'input'): SeedParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (err) {
      return { rows: [], problems: [{ where: fileName, field: '(file)', message: `is not valid JSON: ${(err as Error).message}` }] };
    }
    if (!Array.isArray(data)) {
      return { rows: [], problems: [{ where: fileName, field: '(file)', message: 'must be a JSON array of companies' }] };
    }
    return validateSeedRecords(data, (i) => `index ${i}`);
  }
  let records: Record<string, string>[];
  try {
    records = parseCsv(trimmed, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (err) {
    return { rows: [], problems: [{ where: fileName, field: '(file)', message: `is not valid CSV: ${(err as Error).message}` }] };
  }
  // csv-parse consumes the header as line 1; data records start on line 2.
  return validateSeedRecords(records, (i) => `line ${i + 2}`);
}

export function formatProblems(problems: readonly RowProblem[], limit = 50): string {
  // A problem quotes what the file held: each stays on its own line, shown and never obeyed.
  const lines = problems.slice(0, limit).map((p) => `  ${p.where}: ${singleLine(p.field)} ${singleLine(p.message)}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return lines.join('\n');
}
