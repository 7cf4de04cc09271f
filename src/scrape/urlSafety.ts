// URL safety for everything Scoutly fetches: http/https without credentials, and no loopback, private
// or link-local addresses unless SCOUTLY_ALLOW_PRIVATE_URLS=1. Checked before every request and hop.

import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PermanentError } from '../core/errors.js';
import { checkCareersUrl } from '../companies/careersUrl.js';

/** Pure: whether an IP address is loopback, private, link-local, unspecified or otherwise not public. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = ip.toLowerCase().replace(/^\[|\]$/g, '');
  if (v6 === '::' || v6 === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return isPrivateAddress(mapped[1]!);
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v6);
}

/**
 * Which addresses may be fetched. `trustedHosts` are treated as public even when they are not: tests
 * use it to stand a "public" site on one loopback address and a forbidden target on another.
 */
export interface AddressPolicy {
  allowPrivate: boolean;
  trustedHosts?: readonly string[];
}

/** Pure, no DNS: refuses bad shapes and private IP literals (and localhost); hostnames pass. */
export function quickCheck(url: string, policy: AddressPolicy): string | null {
  const shape = checkCareersUrl(url);
  if (shape) return shape;
  if (policy.allowPrivate) return null;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.trustedHosts?.includes(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))) {
    return 'it points at a private or loopback address; set SCOUTLY_ALLOW_PRIVATE_URLS=1 to allow that';
  }
  return null;
}

/** Throws a permanent `invalid_url` error unless the URL may be fetched (resolving the host). */
export async function assertFetchable(url: string, policy: AddressPolicy): Promise<void> {
  const quick = quickCheck(url, policy);
  if (quick) throw new PermanentError('invalid_url', `refused ${safeForMessage(url)}: ${quick}`);
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (policy.allowPrivate || policy.trustedHosts?.includes(host.toLowerCase())) return;
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  // An unresolvable host is left to the request itself, which reports it as a network error.
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new PermanentError('invalid_url', `refused ${safeForMessage(url)}: it points at a private or loopback address (${bad}); set SCOUTLY_ALLOW_PRIVATE_URLS=1 to allow that`);
  }
}

/** A URL for messages: no credentials, no query string (tokens live there). */
export function safeForMessage(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}
