// URL safety for everything Scoutly fetches: http/https without credentials, and no loopback, private
// or link-local addresses unless SCOUTLY_ALLOW_PRIVATE_URLS=1. The quick check here (no DNS) gives clear
// messages before a request and hop; egress.ts decides again on the address each connection reaches.

import { isIP } from 'node:net';
import { PermanentError } from '../core/errors.js';
import { checkCareersUrl } from './careersUrl.js';

/** The 16 bytes of an IPv6 address (with or without brackets or a zone), or null when it is not one. */
export function ipv6Bytes(text: string): number[] | null {
  // No IP address holds a line break; past this, the zone is everything from the first `%`.
  if (/[\n\r\u2028\u2029]/.test(text)) return null;
  let ip = text.toLowerCase().replace(/^\[|\]$/g, '');
  if (ip.includes('%')) ip = ip.slice(0, ip.indexOf('%'));
  if (isIP(ip) !== 6) return null;
  const dotted = /(?<!\d)(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    ip = `${ip.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = ip.includes('::') ? ip.split('::') as [string, string] : [ip, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === null ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.flatMap((g) => {
    const n = parseInt(g || '0', 16);
    return [n >> 8, n & 0xff];
  });
}

function privateV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 224;
}

/**
 * Pure: whether an IP address is loopback, private, link-local, CGNAT, unspecified, multicast or reserved,
 * including IPv4 addresses carried inside IPv6 (mapped ::ffff:a.b.c.d in any spelling, compatible ::a.b.c.d,
 * NAT64 64:ff9b::/96, 6to4 2002::/16) and the IPv6 ranges that are not public (ULA, link- and site-local).
 */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) return privateV4(ip);
  const b = ipv6Bytes(ip);
  if (!b) return true; // not an address we can read: not one we may fetch
  const v4 = (o: number) => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 16) || (zeros(0, 15) && b[15] === 1)) return true; // :: and ::1
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return privateV4(v4(12)); // ::ffff:a.b.c.d
  if (zeros(0, 12)) return privateV4(v4(12)); // ::a.b.c.d (deprecated compatible form)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return privateV4(v4(12)); // NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return privateV4(v4(2)); // 6to4
  if ((b[0]! & 0xfe) === 0xfc) return true; // fc00::/7 unique local
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return true; // fe80::/10 link-local
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return true; // fec0::/10 site-local (deprecated)
  if (b[0] === 0xff) return true; // multicast
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return true; // documentation
  return false;
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

/** A URL for messages: no credentials, no query string (tokens live there). */
export function safeForMessage(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}
