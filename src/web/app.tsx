// The dashboard's application: security headers, a body limit, who asks (authn.ts), the JSON API with its
// generated OpenAPI 3.1 document, the pages, the static assets, and one error handler that answers the
// API with problem details and people with a friendly page.

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { registerApi } from './api.js';
import { asset } from './assets.js';
import { authenticate, isApiPath, isTokenActionPath } from './authn.js';
import type { AppEnv, WebDeps } from './context.js';
import { ErrorPanel } from './pages/account.js';
import type { OpenApiDoc } from './pages/apiReference.js';
import { page } from './pages/forms.js';
import { registerPages } from './pages/routes.js';
import { fieldProblems, HttpProblem, invalid, problemJson, toProblem } from './problem.js';
import { securityHeaders, SESSION_COOKIE } from './security.js';

/** A CV is at most 5 MiB; with a form's framing around it this is the largest body anything needs. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

const STATUS_TITLES: Record<number, string> = {
  400: 'Something to fix', 401: 'Sign in first', 403: 'Not allowed', 404: 'Not found', 409: 'Not now', 413: 'Too large', 429: 'Too many tries',
  500: 'Something went wrong', 503: 'Try again in a moment',
};

function answer(c: Context<AppEnv>, p: HttpProblem): Response {
  if (isApiPath(c.req.path)) return problemJson(c, p);
  for (const [k, v] of Object.entries(p.headers)) c.header(k, v);
  return page(c, STATUS_TITLES[p.status] ?? p.title, <ErrorPanel status={p.status} detail={p.message} errors={p.errors} />, p.status as 400);
}

export function createApp(deps: WebDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : problemJson(c, invalid(fieldProblems(result.error)))),
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('caller', null);
    await next();
  });
  app.use('*', securityHeaders);
  app.use('*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => answer(c as Context<AppEnv>, new HttpProblem(413, 'Too large', `a request may carry at most ${MAX_BODY_BYTES / 1048576} MiB (a CV at most 5 MiB); nothing was saved`)),
  }));
  app.use('*', authenticate);
  app.use('*', async (c, next) => {
    await next();
    // Readable from ntfy's web app (a fetch from its origin, without credentials): it clears the notification on success.
    if (isTokenActionPath(c.req.path)) c.res.headers.set('access-control-allow-origin', '*');
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'an API token from `scoutly users token EMAIL`' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'a signed-in browser (state-changing requests also need the X-CSRF-Token header)' });
  registerApi(app);
  let doc: OpenApiDoc | undefined;
  const apiDoc = () => (doc ??= app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Scoutly', version: '1', description: 'Your matches, companies, jobs, profile and health: everything the dashboard does.' },
    security: [{ bearer: [] }, { session: [] }],
  }) as unknown as OpenApiDoc);
  app.get('/api/openapi.json', (c) => c.json(apiDoc()));
  registerPages(app, apiDoc);

  app.get('/assets/:name', (c) => {
    const found = asset(c.req.param('name'));
    if (!found) throw new HttpProblem(404, 'Not found', 'no such file');
    return c.body(new Uint8Array(found.body), 200, { 'content-type': found.type, 'cache-control': 'public, max-age=31536000, immutable' });
  });

  app.notFound((c) => answer(c, new HttpProblem(404, 'Not found', `nothing at ${c.req.path}`)));
  app.onError((err, c) => {
    const p = toProblem(err);
    if (p.status >= 500) deps.log.error(`web: ${c.req.method} ${c.req.path} failed: ${(err as Error)?.stack ?? String(err)}`);
    return answer(c, p);
  });
  return app;
}
