// Secret tokens for cookies, API scripts and one-time links: 256 random bits, base64url, and the SHA-256
// that the database keeps instead of the token (a copy of the database grants nothing).

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored for a token. A fast hash is right here: the token has 256 bits, nothing to guess. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** A value derived from a secret for one purpose (the CSRF token from the session's token). */
export const derived = (secret: string, purpose: string): string => createHmac('sha256', secret).update(purpose).digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
