// The pages' routes: GET renders a page; a form's POST calls the same action the API calls, then sends the
// browser back with a message (post → redirect → get), so every page works without JavaScript and a
// reload never repeats a change. Handlers only parse, check who asks, and dispatch.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { matchCompanies } from '../../matches/repo.js';
import { STATUS_WORDS } from '../../matches/states.js';
import { callerOf } from '../authn.js';
import type { AppEnv } from '../context.js';
import { changeStatus, myMatches, type MatchQuery as MatchQueryValue } from '../actions/matches.js';
import { companyActions, healthActions, jobActions, profileActions } from '../lazyActions.js';
import { HttpProblem, invalid, toProblem } from '../problem.js';
import { profileFromFields } from '../profileForm.js';
import { MatchQuery, NewCompany, ProbeRequest, RankChange, RenderChange, SourceChange, StatusChange } from '../schemas.js';
import { setFlash } from '../security.js';
import { registerAccountPages } from './accountRoutes.js';
import { ApiReferencePage, type OpenApiDoc } from './apiReference.js';
import { backTo, fileOf, formAction, formFields, page, parse, problemText, type C } from './forms.js';
import { MatchesPage } from './matches.js';

// The pages only some routes show, loaded with their operations at first use (see lazyActions.ts).
const companiesPages = () => import('./companies.js');
const opsPages = () => import('./ops.js');
const profilePages = () => import('./profile.js');

/** The company a `/companies/:slug/…` route names. */
const slugOf = (c: C) => c.req.param('slug') ?? '';

export function registerPages(app: OpenAPIHono<AppEnv>, apiDoc: () => OpenApiDoc): void {
  const deps = (c: C) => c.var.deps;

  app.get('/', (c) => c.redirect(c.var.caller ? '/matches' : '/sign-in', 303));

  registerAccountPages(app);

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
    const companies = matchCompanies(deps(c).store, caller.account.id);
    // Another page keeps the filters: the query as given, with only its page changed.
    const pageLink = (n: number) => `/matches?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== 'page' && v)), page: String(n) }).toString()}`;
    return page(c, 'Matches', <MatchesPage caller={caller} list={myMatches(deps(c), caller, query)} query={query} companies={companies} minScore={deps(c).config.minScore}
      age={{ now: deps(c).clock.now(), staleDays: deps(c).config.staleDays }} pageLink={pageLink} />);
  });

  app.post('/matches/:id/status', formAction(async (c, caller) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw new HttpProblem(404, 'Not found', 'no such match');
    const change = parse(StatusChange, await formFields(c));
    const m = changeStatus(deps(c), caller, id, change);
    return { message: `${m.title} (${m.company}) is now ${STATUS_WORDS[m.status]}.` };
  }, '/matches'));

  // Companies

  app.get('/companies', async (c) => {
    const [{ allCompanies }, { CompaniesPage }] = await Promise.all([companyActions(), companiesPages()]);
    return page(c, 'Companies', <CompaniesPage caller={callerOf(c)} companies={allCompanies(deps(c), callerOf(c))} now={deps(c).clock.now()} />);
  });

  app.post('/companies/preview', async (c) => {
    const caller = callerOf(c);
    let input;
    try {
      input = parse(ProbeRequest, await formFields(c));
    } catch (err) {
      setFlash(c, { kind: 'error', text: problemText(toProblem(err)) });
      return c.redirect('/companies', 303);
    }
    const [{ probeCareersUrl }, { PreviewPage }] = await Promise.all([companyActions(), companiesPages()]);
    const probe = await probeCareersUrl(deps(c), input);
    return page(c, 'Add a company', <PreviewPage caller={caller} probe={probe} selector={input.selector ?? ''} />);
  });

  app.post('/companies', formAction(async (c, caller) => {
    const input = parse(NewCompany, await formFields(c));
    const saved = (await companyActions()).saveCompany(deps(c), caller, input);
    return { message: `Saved ${saved.name}, tracked at rank ${input.rank}: its first scrape is at the next tick.`, to: `/companies#company-${saved.slug}` };
  }, '/companies'));

  app.post('/companies/import', formAction(async (c, caller) => {
    const file = await fileOf(c, 'file');
    const f = await formFields(c);
    const rank = f.rank ? parse(RankChange, { rank: f.rank }).rank : 50;
    const r = (await companyActions()).importFile(deps(c), caller, { text: await file.text(), fileName: file.name, skipInvalid: f.skipInvalid === '1', track: f.track === '1', rank });
    return { message: `Imported ${file.name}: ${r.inserted} new, ${r.updated} updated${r.tracked ? `, ${r.tracked} tracked` : ', none tracked'}${r.skipped.length ? `; skipped ${r.skipped.length} invalid row(s)` : ''}${r.warnings.length ? `; ${r.warnings.length} warning(s): ${r.warnings.slice(0, 5).map((w) => `${w.where} ${w.field} ${w.message}`).join('; ')}` : ''}.` };
  }, '/companies'));

  app.post('/companies/:slug/rank', formAction(async (c, caller) => {
    const { rank } = parse(RankChange, await formFields(c));
    const co = (await companyActions()).rankCompany(deps(c), caller, slugOf(c), rank);
    return { message: `${co.name}: your rank is ${rank}.`, to: `${backTo(c, '/companies')}#company-${co.slug}` };
  }, '/companies'));

  app.post('/companies/:slug/untrack', formAction(async (c, caller) => {
    const co = (await companyActions()).untrackCompany(deps(c), caller, slugOf(c));
    return { message: `You no longer track ${co.name} (your rank is kept if you track it again).` };
  }, '/companies'));

  app.post('/companies/:slug/scrape', formAction(async (c) => ({ message: (await (await companyActions()).scrapeNow(deps(c), slugOf(c))).message }), '/companies'));

  app.post('/companies/:slug/source', formAction(async (c, caller) =>
    ({ message: (await companyActions()).changeSource(deps(c), caller, slugOf(c), parse(SourceChange, await formFields(c)).source) }), '/companies'));

  app.post('/companies/:slug/render', formAction(async (c, caller) =>
    ({ message: (await companyActions()).changeRender(deps(c), caller, slugOf(c), parse(RenderChange, await formFields(c)).mode) }), '/companies'));

  app.post('/companies/:slug/remove', formAction(async (c, caller) => {
    if ((await formFields(c)).confirm !== 'yes') throw invalid([{ field: 'confirm', message: 'tick the box to confirm the removal' }]);
    return { message: (await companyActions()).deleteCompany(deps(c), caller, slugOf(c)), to: '/companies' };
  }, '/companies'));

  // Problems and jobs

  app.get('/problems', async (c) => {
    const [{ problems }, { ProblemsPage }] = await Promise.all([jobActions(), opsPages()]);
    return page(c, 'Problems', <ProblemsPage caller={callerOf(c)} data={problems(deps(c))} />);
  });

  app.post('/tasks/:id/retry', formAction(async (c, caller) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw new HttpProblem(404, 'Not found', 'no such task');
    return { message: (await jobActions()).retry(deps(c), caller, id).message };
  }, '/problems'));

  app.get('/jobs', async (c) => {
    const caller = callerOf(c);
    const [{ allCompanies }, { attemptsOf, jobs }, { JobsPage }] = await Promise.all([companyActions(), jobActions(), opsPages()]);
    const companies = allCompanies(deps(c), caller).map((co) => ({ slug: co.slug, name: co.name }));
    const slug = c.req.query('company');
    const company = slug ? companies.find((co) => co.slug === slug) ?? null : null;
    if (slug && !company) throw new HttpProblem(404, 'Not found', `no company "${slug}"`);
    return page(c, 'Jobs', <JobsPage caller={caller} data={jobs(deps(c))} companies={companies} company={company} attempts={company ? attemptsOf(deps(c), company.slug) : null} />);
  });

  // Profile

  app.get('/profile', async (c) => {
    const [{ profileOf }, { ProfilePage }] = await Promise.all([profileActions(), profilePages()]);
    return page(c, 'Profile', <ProfilePage caller={callerOf(c)} view={await profileOf(deps(c), callerOf(c))} />);
  });

  app.post('/profile', formAction(async (c, caller) => {
    const { saveProfile, storedProfile } = await profileActions();
    await saveProfile(deps(c), caller, profileFromFields(await formFields(c), storedProfile(deps(c), caller)));
    return { message: 'Profile saved: postings are scored against it from the next tick.' };
  }, '/profile'));

  app.post('/profile/cv', formAction(async (c, caller) => {
    const file = await fileOf(c, 'file');
    const view = await (await profileActions()).uploadCv(deps(c), caller, file.name, Buffer.from(await file.arrayBuffer()));
    return { message: `Stored ${view.cvFileName} (${view.cvChars ?? 0} characters of text)${view.derivedFromCv ? '; the profile below was derived from it' : ''}.` };
  }, '/profile'));

  // Health and the API reference

  app.get('/health', async (c) => {
    const full = c.req.query('full') === '1';
    const [{ health }, { HealthPage }] = await Promise.all([healthActions(), opsPages()]);
    return page(c, 'Health', <HealthPage caller={callerOf(c)} data={await health(deps(c), full)} full={full} />);
  });

  app.post('/health/test-digest', formAction(async (c) => {
    const results = await (await healthActions()).sendTestDigest(deps(c));
    return { message: results.map((r) => `${r.channel}: ${r.ok ? 'accepted the test message' : `failed: ${r.error}`}`).join('; ') };
  }, '/health'));

  app.get('/api', (c) => page(c, 'API', <ApiReferencePage doc={apiDoc()} />));
}
