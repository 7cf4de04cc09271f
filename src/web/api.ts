// The JSON API under /api/v1/: every operation the pages offer, for scripts (an API token) and browsers
// (a session). Each route's zod schemas validate the request and produce the OpenAPI 3.1 document at
// /api/openapi.json. Handlers only parse, check who asks, and call the shared actions.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { callerOf } from './authn.js';
import type { AppEnv } from './context.js';
import { applyAction, changeStatus, myMatch, myMatches } from './actions/matches.js';
import { companyActions, healthActions, jobActions, profileActions } from './lazyActions.js';
import { invalid } from './problem.js';
import {
  ActionResult, Attempts, Company, CompanyList, CvUpload, Done, Health, IdParam, ImportRequest, ImportResult, Jobs, Match, MatchList, MatchQuery, Me, NewCompany,
  ProbeRequest, ProbeResult, ProfileBody, ProfileView, Problems, RankChange, RenderChange, RetryResult, ScrapeQueued, SlugParam, SourceChange, StatusChange,
  TestDigestResult, TokenParam, problemResponses,
} from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const { 400: bad, 401: unauthorized, 403: forbidden, 404: missing } = problemResponses;
const guarded = { 401: unauthorized, 403: forbidden } as const;

export function registerApi(app: OpenAPIHono<AppEnv>): void {
  const deps = (c: { var: AppEnv['Variables'] }) => c.var.deps;

  app.openapi(createRoute({ method: 'get', path: '/api/v1/me', tags: ['account'], summary: 'Who the token or session belongs to', responses: { 200: json(Me, 'the caller'), ...guarded } }),
    (c) => c.json(callerOf(c).account, 200));

  // Matches

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/matches', tags: ['matches'], summary: 'Your matches, best first, a page at a time', request: { query: MatchQuery },
    responses: { 200: json(MatchList, 'a page of matches with reasons, concerns and history, and how many there are'), 400: bad, ...guarded },
  }), async (c) => c.json(myMatches(deps(c), callerOf(c), c.req.valid('query')), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/matches/{id}', tags: ['matches'], summary: 'One of your matches with its history', request: { params: IdParam },
    responses: { 200: json(Match, 'the match'), 404: missing, ...guarded },
  }), async (c) => c.json(myMatch(deps(c), callerOf(c), c.req.valid('param').id), 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/matches/{id}/status', tags: ['matches'], summary: 'Move an application to another state (with a note)',
    description: '"Not for me" is `discarded`. The change is kept in the match\'s history.',
    request: { params: IdParam, body: jsonBody(StatusChange) },
    responses: { 200: json(Match, 'the match as it is now'), 400: bad, 404: missing, ...guarded },
  }), async (c) => c.json(changeStatus(deps(c), callerOf(c), c.req.valid('param').id, c.req.valid('json')), 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/actions/{token}', tags: ['matches'], summary: 'Use a digest\'s action token (no sign-in: the token is the permission)',
    description: 'A token sets one match of one user to one status, once, within a week. A used, expired or altered token answers 404.',
    request: { params: TokenParam }, security: [],
    responses: { 200: json(ActionResult, 'the match as it is now'), 404: missing, 403: forbidden },
  }), async (c) => {
    const m = applyAction(deps(c), c.req.valid('param').token);
    return c.json({ id: m.id, status: m.status, title: m.title, company: m.company }, 200);
  });

  // Companies

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/companies', tags: ['companies'], summary: 'Every company: yours first, with rank, tier, next scrape, source and health',
    responses: { 200: json(CompanyList, 'companies'), ...guarded },
  }), async (c) => {
    const co = await companyActions();
    return c.json({ companies: co.allCompanies(deps(c), callerOf(c)).map(co.companyOut) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/companies/{slug}', tags: ['companies'], summary: 'One company', request: { params: SlugParam },
    responses: { 200: json(Company, 'the company'), 404: missing, ...guarded },
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.oneCompany(deps(c), callerOf(c), c.req.valid('param').slug)), 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/companies/probe', tags: ['companies'], summary: 'Read a careers URL live, as `scoutly probe` does (nothing saved)',
    request: { body: jsonBody(ProbeRequest) }, responses: { 200: json(ProbeResult, 'the source found and its postings, or why it failed'), 400: bad, ...guarded },
  }), async (c) => c.json(await (await companyActions()).probeCareersUrl(deps(c), c.req.valid('json')), 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/companies', tags: ['companies'], summary: 'Add a company by its careers URL and track it at a rank',
    request: { body: jsonBody(NewCompany) }, responses: { 201: json(Company, 'the company, tracked'), 400: bad, ...guarded },
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.saveCompany(deps(c), callerOf(c), c.req.valid('json'))), 201);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/companies/import', tags: ['companies'], summary: 'Import a seed file (as `scoutly companies import`)',
    request: { body: jsonBody(ImportRequest) }, responses: { 200: json(ImportResult, 'what was imported'), 400: bad, ...guarded },
  }), async (c) => {
    const body = c.req.valid('json');
    if (body.rank !== undefined && !body.track) throw invalid([{ field: 'rank', message: 'only applies with track' }]);
    return c.json((await companyActions()).importFile(deps(c), callerOf(c), { text: body.text, fileName: body.fileName ?? 'upload', skipInvalid: body.skipInvalid ?? false, track: body.track ?? false, rank: body.rank ?? 50 }), 200);
  });

  app.openapi(createRoute({
    method: 'put', path: '/api/v1/companies/{slug}/rank', tags: ['companies'], summary: 'Track a company at a rank (1–100), or change your rank',
    request: { params: SlugParam, body: jsonBody(RankChange) }, responses: { 200: json(Company, 'the company'), 400: bad, 404: missing, ...guarded },
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.rankCompany(deps(c), callerOf(c), c.req.valid('param').slug, c.req.valid('json').rank)), 200);
  });

  app.openapi(createRoute({
    method: 'delete', path: '/api/v1/companies/{slug}/rank', tags: ['companies'], summary: 'Stop tracking a company (your rank is kept)',
    request: { params: SlugParam }, responses: { 200: json(Company, 'the company'), 404: missing, ...guarded },
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.untrackCompany(deps(c), callerOf(c), c.req.valid('param').slug)), 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/companies/{slug}/scrape', tags: ['companies'], summary: 'Scrape a company at the next tick, ahead of everything else',
    request: { params: SlugParam }, responses: { 200: json(ScrapeQueued, 'the task'), 404: missing, ...guarded },
  }), async (c) => c.json(await (await companyActions()).scrapeNow(deps(c), c.req.valid('param').slug), 200));

  app.openapi(createRoute({
    method: 'put', path: '/api/v1/companies/{slug}/source', tags: ['companies'], summary: 'Name a company\'s source (admins): KIND:TOKEN, a board URL, browser or auto',
    request: { params: SlugParam, body: jsonBody(SourceChange) }, responses: { 200: json(Done, 'what happens now'), 400: bad, 404: missing, ...guarded },
  }), async (c) => c.json({ message: (await companyActions()).changeSource(deps(c), callerOf(c), c.req.valid('param').slug, c.req.valid('json').source) }, 200));

  app.openapi(createRoute({
    method: 'put', path: '/api/v1/companies/{slug}/render', tags: ['companies'], summary: 'Choose how a company\'s page is read (admins): static, browser or auto',
    request: { params: SlugParam, body: jsonBody(RenderChange) }, responses: { 200: json(Done, 'what happens now'), 400: bad, 404: missing, ...guarded },
  }), async (c) => c.json({ message: (await companyActions()).changeRender(deps(c), callerOf(c), c.req.valid('param').slug, c.req.valid('json').mode) }, 200));

  app.openapi(createRoute({
    method: 'delete', path: '/api/v1/companies/{slug}', tags: ['companies'], summary: 'Remove a company with its postings, tasks and preferences (admins)',
    request: { params: SlugParam }, responses: { 200: json(Done, 'removed'), 404: missing, ...guarded },
  }), async (c) => c.json({ message: (await companyActions()).deleteCompany(deps(c), callerOf(c), c.req.valid('param').slug) }, 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/companies/{slug}/attempts', tags: ['jobs'], summary: 'A company\'s latest scrape attempts',
    request: { params: SlugParam }, responses: { 200: json(Attempts, 'attempts, newest first'), 404: missing, ...guarded },
  }), async (c) => c.json({ attempts: (await jobActions()).attemptsOf(deps(c), c.req.valid('param').slug) }, 200));

  // Problems and jobs

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/problems', tags: ['jobs'], summary: 'Companies that keep failing and dead tasks, each last error in words',
    responses: { 200: json(Problems, 'problems'), ...guarded },
  }), async (c) => c.json((await jobActions()).problems(deps(c)), 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/tasks/{id}/retry', tags: ['jobs'], summary: 'Retry a dead or failed task at the next tick (admins)',
    request: { params: IdParam }, responses: { 200: json(RetryResult, 'retried'), 404: missing, ...guarded },
  }), async (c) => c.json((await jobActions()).retry(deps(c), callerOf(c), c.req.valid('param').id), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/jobs', tags: ['jobs'], summary: 'The queue by kind and status, the runs of the last 14 days, the tick running now',
    responses: { 200: json(Jobs, 'jobs'), ...guarded },
  }), async (c) => c.json((await jobActions()).jobs(deps(c)), 200));

  // Profile

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/profile', tags: ['profile'], summary: 'Your candidate profile, CV and what the analyzer reads from them',
    responses: { 200: json(ProfileView, 'the profile'), ...guarded },
  }), async (c) => c.json(await (await profileActions()).profileOf(deps(c), callerOf(c)), 200));

  app.openapi(createRoute({
    method: 'put', path: '/api/v1/profile', tags: ['profile'], summary: 'Replace your candidate profile',
    request: { body: jsonBody(ProfileBody) }, responses: { 200: json(ProfileView, 'the profile as stored'), 400: bad, ...guarded },
  }), async (c) => c.json(await (await profileActions()).saveProfile(deps(c), callerOf(c), c.req.valid('json')), 200));

  app.openapi(createRoute({
    method: 'put', path: '/api/v1/profile/cv', tags: ['profile'], summary: 'Upload your CV (.pdf, .md or .txt, at most 5 MiB); a profile is derived when you have none of your own',
    request: { body: { content: { 'multipart/form-data': { schema: CvUpload } }, required: true } },
    responses: { 200: json(ProfileView, 'the profile'), 400: bad, 413: { description: 'the file is too large' }, ...guarded },
  }), async (c) => {
    const file = c.req.valid('form').file as unknown;
    if (!(file instanceof File)) throw invalid([{ field: 'file', message: 'is required: a .pdf, .md or .txt file' }]);
    return c.json(await (await profileActions()).uploadCv(deps(c), callerOf(c), file.name, Buffer.from(await file.arrayBuffer())), 200);
  });

  // Health

  app.openapi(createRoute({
    method: 'get', path: '/api/v1/health', tags: ['health'], summary: 'What `scoutly doctor` checks, Gemini usage, digest channels',
    request: { query: z.object({ full: z.enum(['0', '1']).optional().openapi({ description: '1 also launches Chromium and asks Gemini' }) }) },
    responses: { 200: json(Health, 'health'), ...guarded },
  }), async (c) => c.json(await (await healthActions()).health(deps(c), c.req.valid('query').full === '1'), 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/v1/health/test-digest', tags: ['health'], summary: 'Send a test message to every digest channel',
    responses: { 200: json(TestDigestResult, 'each channel\'s answer'), 409: { description: 'no channel configured' }, ...guarded },
  }), async (c) => c.json({ results: await (await healthActions()).sendTestDigest(deps(c)) }, 200));
}
