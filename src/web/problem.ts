// Errors as RFC 9457 problem details (`application/problem+json`) for the API, naming the field at fault,
// and the mapping from the domain's typed errors to HTTP statuses. Pages render the same facts as HTML.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DatabaseError, InputError, UsageError } from '../core/errors.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A failure with its HTTP status, thrown by handlers and rendered by the app's error handler. */
export class HttpProblem extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly title: string, detail: string, readonly errors: FieldProblem[] = [], readonly headers: Record<string, string> = {}) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'Not found', `no ${what} here (it does not exist, or it is not yours)`);
export const adminOnly = () => new HttpProblem(403, 'Forbidden', 'only an admin may do this (the first user, or one added with `scoutly users add EMAIL --admin`)');

/** Zod's issues as field problems (`languages.0.level`), the first one named in the detail. */
export function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(body)', message: i.message }));
}

export function invalid(errors: FieldProblem[]): HttpProblem {
  const first = errors[0];
  return new HttpProblem(400, 'Invalid request', first ? `${first.field}: ${first.message}` : 'the request is not valid', errors);
}

/** What any thrown value means over HTTP. Unknown errors are 500 and say nothing of their insides. */
export function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (err instanceof InputError || err instanceof UsageError) return new HttpProblem(400, 'Invalid request', err.message);
  // Hono's own refusals: a body that is not the JSON or form it claims (400), a missing Content-Type (415).
  if (err instanceof HTTPException && err.status < 500) return new HttpProblem(err.status as ContentfulStatusCode, 'Invalid request', err.message || 'the request could not be read');
  const busy = (err as { code?: string })?.code === 'SQLITE_BUSY';
  if (busy || err instanceof DatabaseError) {
    return new HttpProblem(503, 'Database unavailable', busy ? 'the database is busy; try again in a moment' : 'the database cannot be used right now', [], { 'retry-after': '5' });
  }
  return new HttpProblem(500, 'Internal error', 'something went wrong on our side; it was logged');
}

export function problemJson(c: Context, p: HttpProblem): Response {
  const body = { type: 'about:blank', title: p.title, status: p.status, detail: p.message, ...(p.errors.length ? { errors: p.errors } : {}) };
  return c.body(JSON.stringify(body), p.status, { ...p.headers, 'content-type': 'application/problem+json' });
}
