// The egress guard: every connection a scrape opens is decided on the address it actually connects to.
// A host name is resolved once, every answer checked, and the socket opened to exactly the checked address
// (no second lookup a rebinding DNS server could answer differently). The feed client gets it as an undici
// Agent; Chromium gets it through the local proxy in browser/egressProxy.ts.

import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { isPrivateAddress, type AddressPolicy } from './urlSafety.js';

export type Resolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

export interface EgressPolicy extends AddressPolicy {
  /** How names are resolved; the system resolver (/etc/hosts, then DNS) unless a test stands in for DNS. */
  resolve?: Resolver;
}

const systemResolve: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** A connection refused by the guard: the host and the address it would have reached. */
export class EgressRefusedError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} ${host === address ? 'is' : `resolves to ${address},`} a private or loopback address; set SCOUTLY_ALLOW_PRIVATE_URLS=1 to allow that`);
    this.name = 'EgressRefusedError';
  }
}

/** The EgressRefusedError somewhere in an error's cause chain (undici and Playwright wrap it), or null. */
export function egressRefusal(err: unknown): EgressRefusedError | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof EgressRefusedError) return e;
  }
  return null;
}

/**
 * Resolves a host once and returns the one address to connect to, or throws EgressRefusedError when any
 * answer is not public (a name with one private answer among public ones is refused: the resolver, not
 * us, would pick). `trustedHosts` open a host by name or by address (tests stand a "public" site on 127.0.0.2).
 */
export async function checkedAddress(hostname: string, policy: EgressPolicy): Promise<{ address: string; family: number }> {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const trusted = (h: string) => policy.allowPrivate || (policy.trustedHosts?.includes(h) ?? false);
  const family = isIP(host);
  if (family) {
    if (!trusted(host) && isPrivateAddress(host)) throw new EgressRefusedError(host, host);
    return { address: host, family };
  }
  if (!trusted(host) && (host === 'localhost' || host.endsWith('.localhost'))) throw new EgressRefusedError(host, 'loopback');
  const answers = await (policy.resolve ?? systemResolve)(host);
  if (answers.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host });
  if (!trusted(host)) {
    const bad = answers.find((a) => !trusted(a.address) && isPrivateAddress(a.address));
    if (bad) throw new EgressRefusedError(host, bad.address);
  }
  return answers[0]!;
}

/** An undici dispatcher whose every new connection passes `checkedAddress` and goes to the address it returned. */
export function guardedAgent(policy: EgressPolicy, connectTimeoutMs = 10_000): Agent {
  const connectTo = buildConnector({ timeout: connectTimeoutMs });
  return new Agent({
    connect(options, callback) {
      checkedAddress(options.hostname, policy).then(
        // `host` (name:port) is left as it was: TLS still sends and verifies the name, not the address.
        ({ address }) => connectTo({ ...options, hostname: address }, callback),
        (err: Error) => callback(err, null),
      );
    },
  });
}
