// What every page route shares: rendering in the frame, reading a form, and the post → redirect → get
// of a form's action with its message (a problem the person can fix comes back as a message).

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import { callerOf } from '../authn.js';
import type { AppEnv, Caller } from '../context.js';
import { fieldProblems, HttpProblem, invalid, toProblem } from '../problem.js';
import type { ProfileFields } from '../profileForm.js';
import { setFlash, takeFlash } from '../security.js';
import { documentHtml, Page } from './layout.js';

export type C = Context<AppEnv>;

/** Renders a page in the frame, with the waiting message (if any). */
export function page(c: C, title: string, body: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 = 200): Response {
  const flash = takeFlash(c);
  return c.html(documentHtml(<Page title={title} path={c.req.path} caller={c.var.caller} flash={flash}>{body}</Page>), status);
}

/** The submitted form's text fields (files left out; a repeated name gives a list). */
export async function formFields(c: C): Promise<ProfileFields> {
  const body = await c.req.parseBody({ all: true });
  const out: ProfileFields = {};
  for (const [k, v] of Object.entries(body)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    if (values.length) out[k] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** The field values a schema checks: empty inputs count as not given. */
export function parse<S extends z.ZodType>(schema: S, fields: Record<string, unknown>): z.output<S> {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && v !== undefined));
  const result = schema.safeParse(given);
  if (!result.success) throw invalid(fieldProblems(result.error));
  return result.data;
}

export async function fileOf(c: C, field: string): Promise<File> {
  const value = (await c.req.parseBody({ all: true }))[field];
  const file = Array.isArray(value) ? value[0] : value;
  if (!(file instanceof File) || file.size === 0) throw invalid([{ field, message: 'choose a file first' }]);
  return file;
}

const PAGE_PREFIXES = ['/matches', '/companies', '/problems', '/jobs', '/profile', '/health'];

/** Where the form came from (to keep its filters), when that is one of our pages; else `fallback`. */
export function backTo(c: C, fallback: string): string {
  try {
    const referer = new URL(c.req.header('referer') ?? '');
    if (referer.host === c.req.header('host') && PAGE_PREFIXES.some((p) => referer.pathname.startsWith(p))) return referer.pathname + referer.search;
  } catch {
    // no or a malformed Referer
  }
  return fallback;
}

/** Only a path of this site, never `//elsewhere` or an absolute URL. */
export const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/matches');

export const problemText = (p: HttpProblem) => (p.errors.length > 1 ? `${p.message} (${p.errors.slice(0, 10).map((e) => `${e.field}: ${e.message}`).join('; ')})` : p.message);

/**
 * A form's POST: runs `work`, then redirects with its message. A problem the person can fix (bad input, a
 * conflict) comes back as a message on the page they came from; others render the error page.
 */
export function formAction(work: (c: C, caller: Caller) => Promise<{ message: string; to?: string }> | { message: string; to?: string }, fallback: string | ((c: C) => string)) {
  return async (c: C) => {
    const back = typeof fallback === 'string' ? fallback : fallback(c);
    try {
      const done = await work(c, callerOf(c));
      setFlash(c, { kind: 'ok', text: done.message });
      return c.redirect(done.to ?? backTo(c, back), 303);
    } catch (err) {
      const p = toProblem(err);
      if (![400, 409, 413].includes(p.status)) throw err;
      setFlash(c, { kind: 'error', text: problemText(p) });
      return c.redirect(backTo(c, back), 303);
    }
  };
}


