// Who asks, for every request: a bearer API token (scripts) or the session cookie (browsers). Every route
// needs one except the few PUBLIC ones; without it the API answers 401 and pages send the browser to
// sign in. State-changing requests from a browser must come from this site and carry the session's CSRF
// token; a bearer token is no ambient credential and needs neither.

import type { Context, MiddlewareHandler } from 'hono';
import { apiTokenAccount } from '../auth/apiTokens.js';
import { csrfTokenOf, sessionOf } from '../auth/sessions.js';
import { sameSecret } from '../auth/tokens.js';
import type { AppEnv, Caller } from './context.js';
import { adminOnly, HttpProblem } from './problem.js';
import { clearSessionCookie, fromOwnOrigin, sessionCookie } from './security.js';

/** Paths anyone may reach: signing in, a setup link, a digest's action link, and the static assets. */
export const PUBLIC_PATHS: readonly RegExp[] = [/^\/sign-in$/, /^\/setup\/[^/]+$/, /^\/act\/[^/]+$/, /^\/api\/v1\/actions\/[^/]+$/, /^\/assets\//];

export const isApiPath = (path: string) => path === '/api/openapi.json' || path.startsWith('/api/v1/');

/**
 * A digest's action token is the whole permission: no cookie or session is read, so no other site can
 * borrow one, and it may be used from anywhere (ntfy's app and web app POST it from their own origin).
 */
export const isTokenActionPath = (path: string) => /^\/api\/v1\/actions\/[^/]+$/.test(path);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_FIELD = '_csrf';

function identify(c: Context<AppEnv>): Caller | null | 'bad-token' {
  const { store, clock } = c.var.deps;
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    const account = m ? apiTokenAccount(store, m[1]!, clock.now()) : null;
    return account ? { account, via: 'token', session: null } : 'bad-token';
  }
  const token = sessionCookie(c);
  if (!token) return null;
  const session = sessionOf(store, token, clock.now());
  if (!session) {
    clearSessionCookie(c);
    return null;
  }
  return { account: session.account, via: 'session', session: { token, csrf: csrfTokenOf(token) } };
}

async function csrfTokenSent(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  const value = (await c.req.parseBody())[CSRF_FIELD];
  return typeof value === 'string' ? value : undefined;
}

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const path = c.req.path;
  const api = isApiPath(path);
  const caller = identify(c);
  if (caller === 'bad-token') {
    throw new HttpProblem(401, 'Unauthorized', 'the API token is unknown or revoked; make one with `scoutly users token EMAIL`', [], { 'www-authenticate': 'Bearer' });
  }
  c.set('caller', caller);
  const isPublic = PUBLIC_PATHS.some((p) => p.test(path));
  if (!caller && !isPublic) {
    if (api) throw new HttpProblem(401, 'Unauthorized', 'sign in, or send an API token: Authorization: Bearer TOKEN', [], { 'www-authenticate': 'Bearer' });
    const back = c.req.method === 'GET' && path !== '/' ? `?next=${encodeURIComponent(path + (new URL(c.req.url).search))}` : '';
    return c.redirect(`/sign-in${back}`, 303);
  }
  if (UNSAFE.has(c.req.method) && caller?.via !== 'token' && !isTokenActionPath(path)) {
    if (!fromOwnOrigin(c)) throw new HttpProblem(403, 'Forbidden', 'this request came from another site; use the dashboard\'s own pages');
    if (caller?.session) {
      const sent = await csrfTokenSent(c);
      if (!sent || !sameSecret(sent, caller.session.csrf)) {
        throw new HttpProblem(403, 'Forbidden', 'the form is missing its security token, or it is from an old page; reload the page and try again');
      }
    }
  }
  await next();
};

/** The signed-in caller (every non-public route has one: `authenticate` made sure). */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.var.caller;
  if (!caller) throw new HttpProblem(401, 'Unauthorized', 'sign in first');
  return caller;
}

export function requireAdmin(c: Context<AppEnv>): Caller {
  const caller = callerOf(c);
  if (!caller.account.isAdmin) throw adminOnly();
  return caller;
}
