// The pages outside the signed-in area and how one gets in: sign in and out, a setup link's password
// page, and a digest's action link (its confirm page, for channels that cannot post).

import type { OpenAPIHono } from '@hono/zod-openapi';
import { setPassword } from '../../auth/accounts.js';
import { consumeToken, peekToken } from '../../auth/oneTimeTokens.js';
import { createSession, endSession } from '../../auth/sessions.js';
import { signIn } from '../../auth/signIn.js';
import { STATUS_WORDS } from '../../matches/states.js';
import { applyAction, previewAction } from '../actions/matches.js';
import type { AppEnv } from '../context.js';
import { HttpProblem, toProblem } from '../problem.js';
import { clearSessionCookie, clientAddress, sessionCookie, setFlash, setSessionCookie } from '../security.js';
import { ActionPage, SetupPage, SignInPage } from './account.js';
import { formFields, page, safeNext, type C } from './forms.js';

export function registerAccountPages(app: OpenAPIHono<AppEnv>): void {
  const deps = (c: C) => c.var.deps;

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
    // Back to the form, keeping where to go after; `limited` tells scripts (and tests) which refusal it was.
    const query = new URLSearchParams({ ...(next === '/matches' ? {} : { next }), ...(limited ? { limited: '1' } : {}) }).toString();
    return c.redirect(`/sign-in${query ? `?${query}` : ''}`, 303);
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
}
