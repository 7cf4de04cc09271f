// The pages' routes: GET renders a page; a form's POST calls the same action the API calls, then sends the
// browser back with a message (post → redirect → get), so every page works without JavaScript and a
// reload never repeats a change. Handlers only parse, check who asks, and dispatch.

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import { consumeToken, peekToken } from '../../auth/oneTimeTokens.js';
import { setPassword } from '../../auth/accounts.js';
import { createSession, endSession } from '../../auth/sessions.js';
import { signIn } from '../../auth/signIn.js';
import { writeTx } from '../../db/client.js';
import { STATUS_WORDS } from '../../matches/states.js';
import { showUser } from '../../users/repo.js';
import { matchCompanies } from '../../matches/repo.js';
import { callerOf } from '../authn.js';
import type { AppEnv, Caller } from '../context.js';
import { changeStatus, applyAction, myMatches, previewAction, type MatchQuery as MatchQueryValue } from '../actions/matches.js';
import {
  allCompanies, changeRender, changeSource, deleteCompany, importFile, probeCareersUrl, rankCompany, saveCompany, scrapeNow, untrackCompany,
} from '../actions/companies.js';
import { attemptsOf, jobs, problems, retry } from '../actions/jobs.js';
import { profileOf, saveProfile, uploadCv } from '../actions/profile.js';
import { health, sendTestDigest } from '../actions/health.js';
import { fieldProblems, HttpProblem, invalid, toProblem } from '../problem.js';
import { profileFromFields, type ProfileFields } from '../profileForm.js';
import { MatchQuery, NewCompany, ProbeRequest, RankChange, RenderChange, SourceChange, StatusChange } from '../schemas.js';
import { clearSessionCookie, clientAddress, sessionCookie, setFlash, setSessionCookie, takeFlash } from '../security.js';
import { ActionPage, SetupPage, SignInPage } from './account.js';
import { ApiReferencePage, type OpenApiDoc } from './apiReference.js';
import { CompaniesPage, PreviewPage } from './companies.js';
import { documentHtml, Page } from './layout.js';
import { MatchesPage } from './matches.js';
import { HealthPage, JobsPage, ProblemsPage } from './ops.js';
import { ProfilePage } from './profile.js';

type C = Context<AppEnv>;

/** Renders a page in the frame, with the waiting message (if any). */
export function page(c: C, title: string, body: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 = 200): Response {
  const flash = takeFlash(c);
  return c.html(documentHtml(<Page title={title} path={c.req.path} caller={c.var.caller} flash={flash}>{body}</Page>), status);
}

/** The submitted form's text fields (files left out; a repeated name gives a list). */
export async function formFields(c: C): Promise<ProfileFields> {
  const body = await c.req.parseBody({ all: true });
  const out: ProfileFields = {};
  for (const [k, v] of Object.entries(body)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    if (values.length) out[k] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** The field values a schema checks: empty inputs count as not given. */
function parse<S extends z.ZodType>(schema: S, fields: Record<string, unknown>): z.output<S> {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && v !== undefined));
  const result = schema.safeParse(given);
  if (!result.success) throw invalid(fieldProblems(result.error));
  return result.data;
}

async function fileOf(c: C, field: string): Promise<File> {
  const value = (await c.req.parseBody({ all: true }))[field];
  const file = Array.isArray(value) ? value[0] : value;
  if (!(file instanceof File) || file.size === 0) throw invalid([{ field, message: 'choose a file first' }]);
  return file;
}

const PAGE_PREFIXES = ['/matches', '/companies', '/problems', '/jobs', '/profile', '/health'];

/** Where the form came from (to keep its filters), when that is one of our pages; else `fallback`. */
function backTo(c: C, fallback: string): string {
  try {
    const referer = new URL(c.req.header('referer') ?? '');
    if (referer.host === c.req.header('host') && PAGE_PREFIXES.some((p) => referer.pathname.startsWith(p))) return referer.pathname + referer.search;
  } catch {
    // no or a malformed Referer
  }
  return fallback;
}

/** Only a path of this site, never `//elsewhere` or an absolute URL. */
const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/matches');

const problemText = (p: HttpProblem) => (p.errors.length > 1 ? `${p.message} (${p.errors.slice(0, 10).map((e) => `${e.field}: ${e.message}`).join('; ')})` : p.message);

/**
 * A form's POST: runs `work`, then redirects with its message. A problem the person can fix (bad input, a
 * conflict) comes back as a message on the page they came from; others render the error page.
 */
function formAction(work: (c: C, caller: Caller) => Promise<{ message: string; to?: string }> | { message: string; to?: string }, fallback: string | ((c: C) => string)) {
  return async (c: C) => {
    const back = typeof fallback === 'string' ? fallback : fallback(c);
    try {
      const done = await work(c, callerOf(c));
      setFlash(c, { kind: 'ok', text: done.message });
      return c.redirect(done.to ?? backTo(c, back), 303);
    } catch (err) {
      const p = toProblem(err);
      if (![400, 409, 413].includes(p.status)) throw err;
      setFlash(c, { kind: 'error', text: problemText(p) });
      return c.redirect(backTo(c, back), 303);
    }
  };
}

const MATCHES_PER_PAGE = 50;

/** The company a `/companies/:slug/…` route names. */
const slugOf = (c: C) => c.req.param('slug') ?? '';

export function registerPages(app: OpenAPIHono<AppEnv>, apiDoc: () => OpenApiDoc): void {
  const deps = (c: C) => c.var.deps;

  app.get('/', (c) => c.redirect(c.var.caller ? '/matches' : '/sign-in', 303));

  // Signing in and out, setup links, digest actions

  app.get('/sign-in', (c) => (c.var.caller ? c.redirect('/matches', 303) : page(c, 'Sign in', <SignInPage email="" next={safeNext(c.req.query('next'))} />)));

  app.post('/sign-in', async (c) => {
    const f = await formFields(c);
    const email = typeof f.email === 'string' ? f.email : '';
    const next = safeNext(typeof f.next === 'string' ? f.next : undefined);
    const result = await signIn(deps(c).store, { email, password: typeof f.password === 'string' ? f.password : '', address: clientAddress(c) }, () => deps(c).clock.now());
    if (result.ok) {
      setSessionCookie(c, result.token);
      return c.redirect(next, 303);
    }
    const limited = result.reason === 'limited';
    if (limited) c.header('retry-after', String(Math.ceil(result.retryAfterMs / 1000)));
    setFlash(c, { kind: 'error', text: limited ? `Too many failed sign-ins: try again in ${Math.ceil(result.retryAfterMs / 60_000)} minute(s).` : 'Wrong e-mail address or password.' });
    return c.redirect(`/sign-in${next === '/matches' ? '' : `?next=${encodeURIComponent(next)}`}${limited ? `${next === '/matches' ? '?' : '&'}limited=1` : ''}`, 303);
  });

  app.post('/sign-out', (c) => {
    const token = sessionCookie(c);
    if (token) endSession(deps(c).store, token);
    clearSessionCookie(c);
    return c.redirect('/sign-in', 303);
  });

  app.get('/setup/:token', (c) => {
    const token = c.req.param('token');
    const grant = peekToken(deps(c).store, token, 'setup', deps(c).clock.now());
    return grant ? page(c, 'Choose a password', <SetupPage email={grant.email} token={token} caller={c.var.caller} />)
      : page(c, 'Setup link', <SetupPage email={null} token={token} caller={null} />, 404);
  });

  app.post('/setup/:token', async (c) => {
    const { store, clock } = deps(c);
    const token = c.req.param('token');
    const grant = peekToken(store, token, 'setup', clock.now());
    if (!grant) return page(c, 'Setup link', <SetupPage email={null} token={token} caller={null} />, 404);
    const f = await formFields(c);
    const password = typeof f.password === 'string' ? f.password : '';
    const retry = (text: string) => {
      setFlash(c, { kind: 'error', text });
      return c.redirect(`/setup/${encodeURIComponent(token)}`, 303);
    };
    if (password !== f.again) return retry('The two passwords differ.');
    let session;
    try {
      session = await setPassword(store, grant.userId, password, clock.now(), () => {
        // Used up in the same transaction: a link that raced another use sets nothing.
        if (consumeToken(store, token, 'setup', clock.now())?.userId !== grant.userId) throw new HttpProblem(404, 'Not found', 'this setup link was used meanwhile');
        return createSession(store, grant.userId, clock.now());
      });
    } catch (err) {
      const p = toProblem(err);
      if (p.status !== 400) throw err;
      return retry(p.message);
    }
    setSessionCookie(c, session!.token);
    setFlash(c, { kind: 'ok', text: `Password set: you are signed in as ${grant.email}.` });
    return c.redirect('/matches', 303);
  });

  app.get('/act/:token', (c) => {
    const token = c.req.param('token');
    const found = previewAction(deps(c), token);
    if (!found) throw new HttpProblem(404, 'Not found', 'this action link is unknown, already used or expired; open your matches instead');
    return page(c, 'Confirm', <ActionPage token={token} match={found.match} status={found.status} caller={c.var.caller} />);
  });

  app.post('/act/:token', (c) => {
    const m = applyAction(deps(c), c.req.param('token'));
    return page(c, 'Done', <p role="status"><strong>{m.title}</strong> at {m.company} is now <strong>{STATUS_WORDS[m.status]}</strong>. <a href="/matches">Your matches</a></p>);
  });

  // Matches

  app.get('/matches', (c) => {
    const caller = callerOf(c);
    const raw = c.req.query();
    let query: MatchQueryValue;
    try {
      query = parse(MatchQuery, raw);
    } catch (err) {
      const p = toProblem(err);
      return page(c, 'Matches', <p class="flash error" role="alert">{p.message}. <a href="/matches">Clear the filters</a></p>, 400);
    }
    const all = myMatches(deps(c), caller, query);
    const pageNo = Math.max(1, Number.parseInt(raw.page ?? '1', 10) || 1);
    const shown = all.slice((pageNo - 1) * MATCHES_PER_PAGE, pageNo * MATCHES_PER_PAGE);
    const companies = matchCompanies(deps(c).store, caller.account.id);
    const more = all.length > pageNo * MATCHES_PER_PAGE;
    const link = (n: number) => `/matches?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== 'page' && v)), page: String(n) }).toString()}`;
    return page(c, 'Matches', <>
      <MatchesPage caller={caller} matches={shown} total={all.length} query={query} companies={companies} minScore={deps(c).config.minScore} />
      {pageNo > 1 || more ? <nav class="pager" aria-label="Pages">{pageNo > 1 ? <a href={link(pageNo - 1)} rel="prev">Previous</a> : null} <span>page {pageNo}</span> {more ? <a href={link(pageNo + 1)} rel="next">Next</a> : null}</nav> : null}
    </>);
  });

  app.post('/matches/:id/status', formAction(async (c, caller) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw new HttpProblem(404, 'Not found', 'no such match');
    const change = parse(StatusChange, await formFields(c));
    const m = changeStatus(deps(c), caller, id, change);
    return { message: `${m.title} (${m.company}) is now ${STATUS_WORDS[m.status]}.` };
  }, '/matches'));

  // Companies

  app.get('/companies', (c) => page(c, 'Companies', <CompaniesPage caller={callerOf(c)} companies={allCompanies(deps(c), callerOf(c))} now={deps(c).clock.now()} />));

  app.post('/companies/preview', async (c) => {
    const caller = callerOf(c);
    let input;
    try {
      input = parse(ProbeRequest, await formFields(c));
    } catch (err) {
      setFlash(c, { kind: 'error', text: problemText(toProblem(err)) });
      return c.redirect('/companies', 303);
    }
    const probe = await probeCareersUrl(deps(c), input);
    return page(c, 'Add a company', <PreviewPage caller={caller} probe={probe} selector={input.selector ?? ''} />);
  });

  app.post('/companies', formAction(async (c, caller) => {
    const input = parse(NewCompany, await formFields(c));
    const saved = saveCompany(deps(c), caller, input);
    return { message: `Saved ${saved.name}, tracked at rank ${input.rank}: its first scrape is at the next tick.`, to: `/companies#company-${saved.slug}` };
  }, '/companies'));

  app.post('/companies/import', formAction(async (c, caller) => {
    const file = await fileOf(c, 'file');
    const f = await formFields(c);
    const rank = f.rank ? parse(RankChange, { rank: f.rank }).rank : 50;
    const r = importFile(deps(c), caller, { text: await file.text(), fileName: file.name, skipInvalid: f.skipInvalid === '1', track: f.track === '1', rank });
    return { message: `Imported ${file.name}: ${r.inserted} new, ${r.updated} updated${r.tracked ? `, ${r.tracked} tracked` : ', none tracked'}${r.skipped.length ? `; skipped ${r.skipped.length} invalid row(s)` : ''}${r.warnings.length ? `; ${r.warnings.length} warning(s): ${r.warnings.slice(0, 5).map((w) => `${w.where} ${w.field} ${w.message}`).join('; ')}` : ''}.` };
  }, '/companies'));

  app.post('/companies/:slug/rank', formAction(async (c, caller) => {
    const { rank } = parse(RankChange, await formFields(c));
    const co = rankCompany(deps(c), caller, slugOf(c), rank);
    return { message: `${co.name}: your rank is ${rank}.`, to: `${backTo(c, '/companies')}#company-${co.slug}` };
  }, '/companies'));

  app.post('/companies/:slug/untrack', formAction((c, caller) => {
    const co = untrackCompany(deps(c), caller, slugOf(c));
    return { message: `You no longer track ${co.name} (your rank is kept if you track it again).` };
  }, '/companies'));

  app.post('/companies/:slug/scrape', formAction(async (c) => ({ message: (await scrapeNow(deps(c), slugOf(c))).message }), '/companies'));

  app.post('/companies/:slug/source', formAction(async (c, caller) =>
    ({ message: changeSource(deps(c), caller, slugOf(c), parse(SourceChange, await formFields(c)).source) }), '/companies'));

  app.post('/companies/:slug/render', formAction(async (c, caller) =>
    ({ message: changeRender(deps(c), caller, slugOf(c), parse(RenderChange, await formFields(c)).mode) }), '/companies'));

  app.post('/companies/:slug/remove', formAction(async (c, caller) => {
    if ((await formFields(c)).confirm !== 'yes') throw invalid([{ field: 'confirm', message: 'tick the box to confirm the removal' }]);
    return { message: deleteCompany(deps(c), caller, slugOf(c)), to: '/companies' };
  }, '/companies'));

  // Problems and jobs

  app.get('/problems', (c) => page(c, 'Problems', <ProblemsPage caller={callerOf(c)} data={problems(deps(c))} />));

  app.post('/tasks/:id/retry', formAction((c, caller) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw new HttpProblem(404, 'Not found', 'no such task');
    return { message: retry(deps(c), caller, id).message };
  }, '/problems'));

  app.get('/jobs', (c) => {
    const caller = callerOf(c);
    const companies = allCompanies(deps(c), caller).map((co) => ({ slug: co.slug, name: co.name }));
    const slug = c.req.query('company');
    const company = slug ? companies.find((co) => co.slug === slug) ?? null : null;
    if (slug && !company) throw new HttpProblem(404, 'Not found', `no company "${slug}"`);
    return page(c, 'Jobs', <JobsPage caller={caller} data={jobs(deps(c))} companies={companies} company={company} attempts={company ? attemptsOf(deps(c), company.slug) : null} />);
  });

  // Profile

  app.get('/profile', (c) => page(c, 'Profile', <ProfilePage caller={callerOf(c)} view={profileOf(deps(c), callerOf(c))} />));

  app.post('/profile', formAction(async (c, caller) => {
    const stored = showUser(deps(c).store, caller.account.email).profile;
    saveProfile(deps(c), caller, profileFromFields(await formFields(c), stored));
    return { message: 'Profile saved: postings are scored against it from the next tick.' };
  }, '/profile'));

  app.post('/profile/cv', formAction(async (c, caller) => {
    const file = await fileOf(c, 'file');
    const view = await uploadCv(deps(c), caller, file.name, Buffer.from(await file.arrayBuffer()));
    return { message: `Stored ${view.cvFileName} (${view.cvChars ?? 0} characters of text)${view.derivedFromCv ? '; the profile below was derived from it' : ''}.` };
  }, '/profile'));

  // Health and the API reference

  app.get('/health', async (c) => {
    const full = c.req.query('full') === '1';
    return page(c, 'Health', <HealthPage caller={callerOf(c)} data={await health(deps(c), full)} full={full} />);
  });

  app.post('/health/test-digest', formAction(async (c) => {
    const results = await sendTestDigest(deps(c));
    return { message: results.map((r) => `${r.channel}: ${r.ok ? 'accepted the test message' : `failed: ${r.error}`}`).join('; ') };
  }, '/health'));

  app.get('/api', (c) => page(c, 'API', <ApiReferencePage doc={apiDoc()} />));
}
