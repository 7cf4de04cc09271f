// The zod schemas of the dashboard's requests and answers: they validate API bodies, page forms and
// queries alike, and the OpenAPI document is generated from them (never written by hand).

import { z } from '@hono/zod-openapi';
import { SLUG_PATTERN, SLUG_RULE } from '../companies/slug.js';
import { parseDuration } from '../core/duration.js';
import { APPLICATION_STATUSES, RENDER_MODES } from '../db/enums.js';
import { checkCareersUrl } from '../scrape/careersUrl.js';
import { MATCHES_PER_PAGE, MAX_MATCHES_PER_PAGE } from './actions/matches.js';

const rank = z.coerce.number({ error: 'must be a whole number from 1 to 100' }).int('must be a whole number from 1 to 100')
  .min(1, 'must be a whole number from 1 to 100').max(100, 'must be a whole number from 1 to 100').openapi({ example: 80 });
const status = z.enum(APPLICATION_STATUSES, { error: `must be one of ${APPLICATION_STATUSES.join(', ')}` });
const careersUrl = z.string().trim().superRefine((v, ctx) => {
  const problem = checkCareersUrl(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}).openapi({ example: 'https://boards.greenhouse.io/acme' });
const slug = z.string().trim().regex(SLUG_PATTERN, SLUG_RULE)
  .openapi({ example: 'acme' });
const selector = z.string().trim().max(500, 'must be at most 500 characters').optional().openapi({ example: '.jobs a' });
const note = z.string().max(2000, 'must be at most 2000 characters').optional();

export const SlugParam = z.object({ slug: slug.openapi({ param: { name: 'slug', in: 'path' } }) });
export const IdParam = z.object({
  id: z.coerce.number().int().positive('must be a positive whole number').openapi({ param: { name: 'id', in: 'path' }, example: 12 }),
});
export const TokenParam = z.object({ token: z.string().min(1).max(200).openapi({ param: { name: 'token', in: 'path' } }) });

export const MatchQuery = z.object({
  minScore: z.coerce.number().int().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100').optional().openapi({ example: 70 }),
  company: slug.optional(),
  status: status.optional(),
  since: z.string().refine((v) => parseDuration(v) !== null, 'must be a duration such as 7d, 12h or 90m').optional().openapi({ example: '7d' }),
  page: z.coerce.number().int('must be a whole number from 1').min(1, 'must be a whole number from 1').optional()
    .openapi({ example: 2, description: 'which page of the list, from 1 (the default)' }),
  perPage: z.coerce.number().int(`must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`).min(1, `must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`)
    .max(MAX_MATCHES_PER_PAGE, `must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`).optional()
    .openapi({ example: MATCHES_PER_PAGE, description: `matches per page (${MATCHES_PER_PAGE} unless given)` }),
});

export const StatusChange = z.object({ status, note }).openapi('StatusChange');
export const ProbeRequest = z.object({ url: careersUrl, selector }).openapi('ProbeRequest');
export const NewCompany = z.object({
  url: careersUrl, slug, name: z.string().trim().min(1).max(200, 'must be at most 200 characters').optional(), selector, rank,
}).openapi('NewCompany');
export const RankChange = z.object({ rank }).openapi('RankChange');
export const SourceChange = z.object({
  source: z.string().trim().min(1, 'is required: KIND:TOKEN, a board URL, browser or auto').max(2000),
}).openapi('SourceChange', { example: { source: 'greenhouse:acme' } });
export const RenderChange = z.object({ mode: z.enum(RENDER_MODES, { error: 'must be static, browser or auto' }) }).openapi('RenderChange');
export const ImportRequest = z.object({
  text: z.string().min(1, 'is empty').openapi({ description: 'the file\'s content: a JSON array in the seed format, or CSV with the same headers' }),
  fileName: z.string().max(200).optional(),
  skipInvalid: z.boolean().optional(),
  track: z.boolean().optional().openapi({ description: 'also track every imported company (each row\'s rank, else `rank`)' }),
  rank: rank.optional(),
}).openapi('ImportRequest');
export const CvUpload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'a .pdf, .md or .txt CV of at most 5 MiB' }),
}).openapi('CvUpload');
export const ProfileBody = z.record(z.string(), z.unknown()).openapi('Profile', {
  description: 'the candidate profile (the original app\'s shape plus skills, titles …); validated as `scoutly users set-profile` validates',
});

// Answers

const Problem = z.object({
  type: z.string(), title: z.string(), status: z.number(), detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
}).openapi('Problem');
export const problemResponses = {
  400: { description: 'invalid input; `errors` names each field', content: { 'application/problem+json': { schema: Problem } } },
  401: { description: 'not signed in, or the API token is unknown or revoked', content: { 'application/problem+json': { schema: Problem } } },
  403: { description: 'not allowed (admins only), or a browser request from another site or without its CSRF token', content: { 'application/problem+json': { schema: Problem } } },
  404: { description: 'no such thing, or not yours', content: { 'application/problem+json': { schema: Problem } } },
} as const;

const HistoryEntry = z.object({ status, note: z.string().nullable(), via: z.enum(['cli', 'web', 'api', 'digest']), createdAt: z.number() });
export const Match = z.object({
  id: z.number(), company: z.string(), companySlug: z.string(), title: z.string(), url: z.string(), score: z.number().nullable(),
  verdict: z.string().nullable(), reasons: z.array(z.string()), concerns: z.array(z.string()), location: z.string().nullable(),
  workplace: z.string().nullable(), compensation: z.string().nullable(), status, note: z.string().nullable(),
  firstSeenAt: z.number(), closedAt: z.number().nullable(), createdAt: z.number(), updatedAt: z.number(),
  postingId: z.number(),
  openSince: z.number().nullable().openapi({ description: 'since when the role is open (ms): its published date, else first seen; a repost counts from its first posting' }),
  repost: z.object({
    of: z.number().openapi({ description: 'the first posting of the chain' }), url: z.string(),
    change: z.string().nullable().openapi({ description: 'what changed materially: location, workplace, pay or text' }),
    earlierMatchId: z.number().nullable(), earlierStatus: status.nullable(),
  }).nullable().openapi({ description: 'set when the posting is a repost of an earlier one' }),
  history: z.array(HistoryEntry),
}).openapi('Match');
export const MatchList = z.object({
  matches: z.array(Match).openapi({ description: 'one page of the matches, best first' }),
  total: z.number().openapi({ description: 'how many matches the filters select, on all pages' }),
  page: z.number(), perPage: z.number(),
}).openapi('MatchList');

export const Company = z.object({
  slug: z.string(), name: z.string(), careersUrl: z.string(), selector: z.string().nullable(),
  source: z.object({ kind: z.string().nullable(), token: z.string().nullable(), origin: z.string().nullable(), filter: z.record(z.string(), z.array(z.string())).nullable() }),
  render: z.object({ mode: z.enum(RENDER_MODES), origin: z.string().nullable() }),
  myRank: z.number().nullable(), tracking: z.boolean(), effectiveRank: z.number().nullable(),
  intervalDays: z.number().nullable().openapi({ description: 'how often it is scraped, from the highest rank of those who track it' }),
  nextDueAt: z.number().nullable(), lastSuccessAt: z.number().nullable(), openPostings: z.number(),
  health: z.object({ consecutiveFailures: z.number(), lastErrorKind: z.string().nullable(), lastError: z.string().nullable(), breakerOpenUntil: z.number().nullable() }),
}).openapi('Company');
export const CompanyList = z.object({ companies: z.array(Company) }).openapi('CompanyList');
export const Done = z.object({ message: z.string() }).openapi('Done');

export const ProbeResult = z.object({
  url: z.string(), source: z.object({ kind: z.string(), token: z.string().nullable() }), filter: z.string().nullable(), notes: z.array(z.string()),
  postings: z.array(z.object({ title: z.string(), url: z.string(), location: z.string().nullable() })),
  suggested: z.object({ slug: z.string(), name: z.string() }),
  failed: z.string().nullable().openapi({ description: 'why the page or feed could not be read (then there are no postings)' }),
}).openapi('ProbeResult');

export const ImportResult = z.object({
  inserted: z.number(), updated: z.number(), tracked: z.number(),
  skipped: z.array(z.object({ where: z.string(), field: z.string(), message: z.string() })),
  warnings: z.array(z.object({ where: z.string(), field: z.string(), message: z.string() })),
}).openapi('ImportResult');

const Task = z.object({
  id: z.number(), kind: z.string(), status: z.string(), company: z.string().nullable(), attempts: z.number(), maxAttempts: z.number(),
  runAt: z.number(), lastErrorKind: z.string().nullable(), lastError: z.string().nullable(), lastErrorWords: z.string(),
}).openapi('Task');
export const Problems = z.object({
  companies: z.array(z.object({
    slug: z.string(), name: z.string(), consecutiveFailures: z.number(), lastErrorKind: z.string().nullable(), lastError: z.string().nullable(),
    lastErrorWords: z.string(), breakerOpenUntil: z.number().nullable(), lastSuccessAt: z.number().nullable(),
  })),
  deadTasks: z.array(Task),
}).openapi('Problems');
export const RetryResult = z.object({ id: z.number(), message: z.string() }).openapi('RetryResult');
export const ScrapeQueued = z.object({ taskId: z.number(), created: z.boolean(), message: z.string() }).openapi('ScrapeQueued');

const Run = z.object({
  id: z.number(), startedAt: z.number(), finishedAt: z.number().nullable(), durationMs: z.number().nullable(), status: z.string(),
  exitCode: z.number().nullable(), enqueued: z.number(), succeeded: z.number(), failed: z.number(), deferred: z.number(),
});
export const Jobs = z.object({
  queue: z.array(z.object({ kind: z.string(), status: z.string(), count: z.number() })),
  runs: z.array(Run),
  running: z.object({
    owner: z.string(), since: z.number(), runId: z.number().nullable(), waiting: z.number(),
    attempts: z.object({ succeeded: z.number(), failed: z.number(), deferred: z.number(), running: z.number() }),
  }).nullable(),
}).openapi('Jobs');
export const Attempts = z.object({
  attempts: z.array(z.object({
    id: z.number(), taskId: z.number().nullable(), runId: z.number().nullable(), kind: z.string(), attempt: z.number(), startedAt: z.number(),
    durationMs: z.number().nullable(), outcome: z.string().nullable(), errorKind: z.string().nullable(), errorMessage: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })),
}).openapi('Attempts');

export const ProfileView = z.object({
  email: z.string(), cvFileName: z.string().nullable(), cvChars: z.number().nullable(), derivedFromCv: z.boolean(),
  profile: z.record(z.string(), z.unknown()).nullable(),
  reads: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'what the analyzer reads from the profile: place, work authorisation, level, role families, languages' }),
  problem: z.string().nullable().openapi({ description: 'why the stored profile cannot be used, if it cannot' }),
}).openapi('ProfileView');

export const Health = z.object({
  checks: z.array(z.object({ name: z.string(), status: z.enum(['ok', 'warn', 'fail']), detail: z.string(), fix: z.string().optional() })),
  gemini: z.object({ configured: z.boolean(), model: z.string(), day: z.string(), requests: z.number(), dailyLimit: z.number(), exhaustedUntil: z.number().nullable() }),
  channels: z.array(z.object({ channel: z.string(), label: z.string(), lastStatus: z.string().nullable(), lastAt: z.number().nullable(), lastSentAt: z.number().nullable(), lastError: z.string().nullable() })),
  lastCompletedTick: z.object({ id: z.number(), finishedAt: z.number(), exitCode: z.number() }).nullable(),
}).openapi('Health');
export const TestDigestResult = z.object({ results: z.array(z.object({ channel: z.string(), ok: z.boolean(), error: z.string().nullable() })) }).openapi('TestDigestResult');
export const Me = z.object({ id: z.number(), email: z.string(), isAdmin: z.boolean() }).openapi('Me');
export const ActionResult = z.object({ id: z.number(), status, title: z.string(), company: z.string() }).openapi('ActionResult');
