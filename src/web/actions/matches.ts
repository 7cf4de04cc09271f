// The Matches operations, for pages and API alike: a user's matches with their history, and moving an
// application to another state. Another user's match is "not found", never "forbidden".

import { consumeToken, peekToken } from '../../auth/oneTimeTokens.js';
import { parseDuration } from '../../core/duration.js';
import { writeTx } from '../../db/client.js';
import type { ApplicationStatus } from '../../db/enums.js';
import { countMatches, findMatch, listMatches, matchHistory, setMatchStatus, type HistoryEntry, type MatchDetail, type MatchFilter } from '../../matches/repo.js';
import type { Caller, WebDeps } from '../context.js';
import { notFound } from '../problem.js';

/** A page of matches fits a phone's scrolling; scripts may ask for more at once, up to the largest page. */
export const MATCHES_PER_PAGE = 50;
export const MAX_MATCHES_PER_PAGE = 500;

export type MatchWithHistory = MatchDetail & { history: HistoryEntry[] };

export interface MatchQuery {
  minScore?: number | undefined;
  company?: string | undefined;
  status?: ApplicationStatus | undefined;
  since?: string | undefined;
  /** From 1. */
  page?: number | undefined;
  perPage?: number | undefined;
}

/** One page of a user's matches, and how many there are on all pages. */
export interface MatchPage {
  matches: MatchWithHistory[]; total: number; page: number; perPage: number;
}

function withHistory(deps: WebDeps, rows: MatchDetail[]): MatchWithHistory[] {
  const history = matchHistory(deps.store, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, history: history.get(r.id) ?? [] }));
}

/** The page of the user's matches the query asks for (the first, of MATCHES_PER_PAGE, unless it says). */
export function myMatches(deps: WebDeps, caller: Caller, q: MatchQuery): MatchPage {
  const since = q.since === undefined ? null : parseDuration(q.since);
  const filter: MatchFilter = {
    userId: caller.account.id, ...(q.minScore !== undefined ? { minScore: q.minScore } : {}), ...(q.company ? { company: q.company } : {}),
    ...(q.status ? { status: q.status } : {}), ...(since !== null ? { sinceMs: deps.clock.now() - since } : {}),
  };
  const page = q.page ?? 1;
  const perPage = q.perPage ?? MATCHES_PER_PAGE;
  return {
    matches: withHistory(deps, listMatches(deps.store, filter, { limit: perPage, offset: (page - 1) * perPage })),
    total: countMatches(deps.store, filter), page, perPage,
  };
}

export function myMatch(deps: WebDeps, caller: Caller, id: number): MatchWithHistory {
  const match = findMatch(deps.store, id, caller.account.id);
  if (!match) throw notFound(`match #${id}`);
  return withHistory(deps, [match])[0]!;
}

export function changeStatus(deps: WebDeps, caller: Caller, id: number, change: { status: ApplicationStatus; note?: string | undefined }): MatchWithHistory {
  const note = change.note?.trim() ? change.note.trim() : undefined;
  const via = caller.via === 'token' ? 'api' : 'web';
  if (!setMatchStatus(deps.store, id, change.status, { note, via, userId: caller.account.id }, deps.clock.now())) throw notFound(`match #${id}`);
  return myMatch(deps, caller, id);
}

/** What a digest's action link would do, shown before it is used; null when it is unknown, used or expired. */
export function previewAction(deps: WebDeps, token: string): { match: MatchDetail; status: ApplicationStatus } | null {
  const grant = peekToken(deps.store, token, 'action', deps.clock.now());
  const match = grant?.savedJobId ? findMatch(deps.store, grant.savedJobId, grant.userId) : undefined;
  return match && grant?.action ? { match, status: grant.action } : null;
}

/** Uses a digest's action token: its one match of its one user goes to its one status, once. */
export function applyAction(deps: WebDeps, token: string): MatchDetail {
  const now = deps.clock.now();
  return writeTx(deps.store, () => {
    const grant = consumeToken(deps.store, token, 'action', now);
    if (!grant?.savedJobId || !grant.action) throw notFound('action (the link is unknown, already used or expired)');
    if (!setMatchStatus(deps.store, grant.savedJobId, grant.action, { via: 'digest', userId: grant.userId }, now)) throw notFound('match for this action');
    return findMatch(deps.store, grant.savedJobId, grant.userId)!;
  });
}
