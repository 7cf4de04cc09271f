// The Problems and Jobs operations: failing companies and dead tasks with their last error in words,
// retrying a task (admins), the queue, the runs, the tick running now and one company's attempts.

import { listCompanies, requireCompany } from '../../companies/repo.js';
import { listTasks, retryMessage, retryTask } from '../../queue/admin.js';
import { errorKindWords } from '../../report/errorWords.js';
import { companyAttempts, jobsReport, type AttemptRow, type JobsReport } from '../../report/jobs.js';
import type { Caller, WebDeps } from '../context.js';
import { adminOnly, HttpProblem, notFound } from '../problem.js';

export function problems(deps: WebDeps) {
  const companies = listCompanies(deps.store, { problematic: true, nowMs: deps.clock.now() }).map((c) => ({
    slug: c.slug, name: c.name, consecutiveFailures: c.consecutiveFailures, lastErrorKind: c.lastErrorKind, lastError: c.lastError,
    lastErrorWords: errorKindWords(c.lastErrorKind), breakerOpenUntil: c.breakerOpenUntil, lastSuccessAt: c.lastSuccessAt,
  }));
  const deadTasks = listTasks(deps.store, 'dead').map((t) => ({
    id: t.id, kind: t.kind, status: t.status, company: t.company, attempts: t.attempts, maxAttempts: t.maxAttempts, runAt: t.runAt,
    lastErrorKind: t.lastErrorKind, lastError: t.lastError, lastErrorWords: errorKindWords(t.lastErrorKind),
  }));
  return { companies, deadTasks };
}

/** `scoutly queue retry ID` for admins: fresh attempts, run at the next tick. */
export function retry(deps: WebDeps, caller: Caller, id: number): { id: number; message: string } {
  if (!caller.account.isAdmin) throw adminOnly();
  const result = retryTask(deps.store, id, deps.clock.now());
  if (result === 'not_found') throw notFound(`task #${id}`);
  if (result !== 'retried') throw new HttpProblem(409, 'Conflict', retryMessage(id, result));
  return { id, message: retryMessage(id, result) };
}

export const jobs = (deps: WebDeps): JobsReport => jobsReport(deps.store, deps.clock.now());

export function attemptsOf(deps: WebDeps, slug: string): AttemptRow[] {
  let company;
  try {
    company = requireCompany(deps.store, slug);
  } catch {
    throw notFound(`company "${slug}"`);
  }
  return companyAttempts(deps.store, company.id);
}
