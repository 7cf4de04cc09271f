// The browser-facing rules: response headers (a strict CSP with no inline script or style), who the
// client is behind a trusted proxy, whether the request came over HTTPS, the same-origin check on
// state-changing requests, and the session cookie's attributes.

import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';
import { SESSION_MS } from '../auth/sessions.js';

/**
 * Nothing external, nothing inline. `connect-src 'self'` is the one addition to the brief's list: the
 * progressive enhancement (htmx) submits forms with fetch-style requests to this origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'", "form-action 'self'",
  "frame-ancestors 'none'", "base-uri 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('content-security-policy', CONTENT_SECURITY_POLICY);
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'same-origin');
  h.set('x-frame-options', 'DENY');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('cross-origin-resource-policy', 'same-origin');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  // Pages and API answers are one person's data: no cache keeps them (assets set their own).
  if (!h.has('cache-control')) h.set('cache-control', 'no-store');
};

/** The peer's address as the socket says (`unknown` in-process). */
function peerAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress?.replace(/^::ffff:/, '') ?? 'unknown';
}

const isTrusted = (c: Context<AppEnv>) => c.var.deps.config.web.trustedProxies.includes(peerAddress(c));

/**
 * The client's address, for the sign-in limit: the peer, or behind a trusted proxy the nearest address
 * in X-Forwarded-For that is not itself a trusted proxy (the leftmost entries are the client's to forge).
 */
export function clientAddress(c: Context<AppEnv>): string {
  const peer = peerAddress(c);
  if (!isTrusted(c)) return peer;
  const trusted = c.var.deps.config.web.trustedProxies;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((h) => h.trim().replace(/^::ffff:/, '')).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.includes(hops[i]!)) return hops[i]!;
  return peer;
}

/** HTTPS to the browser: this server never speaks TLS itself, so only a trusted proxy can say so. */
export function isHttps(c: Context<AppEnv>): boolean {
  return isTrusted(c) && (c.req.header('x-forwarded-proto') ?? '').split(',')[0]!.trim().toLowerCase() === 'https';
}

const SAFE_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Whether a state-changing request comes from this site's own pages: the browser's Sec-Fetch-Site, when
 * it sends one, says same-origin, and the Origin, when present, names this host (or SCOUTLY_WEB_URL's).
 */
export function fromOwnOrigin(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && !SAFE_FETCH_SITES.has(site.toLowerCase())) return false;
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false; // `null` (a sandboxed frame, a redirect chain) or garbage
  }
  const own = new Set([c.req.header('host')?.toLowerCase()]);
  if (isTrusted(c)) own.add(c.req.header('x-forwarded-host')?.split(',')[0]!.trim().toLowerCase());
  const url = c.var.deps.config.web.url;
  if (url) own.add(new URL(url).host.toLowerCase());
  return own.has(host);
}

export const SESSION_COOKIE = 'scoutly_session';
const FLASH_COOKIE = 'scoutly_flash';

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(c), maxAge: Math.floor(SESSION_MS / 1000) });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Lax' });
}

export const sessionCookie = (c: Context<AppEnv>): string | undefined => getCookie(c, SESSION_COOKIE);

export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

/** A message for the page the browser is sent to next (post → redirect → get). */
export function setFlash(c: Context<AppEnv>, flash: Flash): void {
  setCookie(c, FLASH_COOKIE, Buffer.from(JSON.stringify(flash)).toString('base64url'), { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(c), maxAge: 120 });
}

/** The waiting message, read once. */
export function takeFlash(c: Context<AppEnv>): Flash | null {
  const raw = getCookie(c, FLASH_COOKIE);
  if (!raw) return null;
  deleteCookie(c, FLASH_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Lax' });
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flash;
    return (value.kind === 'ok' || value.kind === 'error') && typeof value.text === 'string' ? { kind: value.kind, text: value.text.slice(0, 2000) } : null;
  } catch {
    return null;
  }
}
