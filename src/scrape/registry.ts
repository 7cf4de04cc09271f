// Picks and runs a company's source, cheapest first: a board named by the careers URL, else one the page
// embeds (fingerprints in its HTML, then in the rendered DOM), else the page itself with the company's
// selector or heuristics, read with plain HTTP or in Chromium as learnt (page/readPage.ts). The user's filter
// is applied by the board, or the page keeps applying it itself.

import { PermanentError, TaskError } from '../core/errors.js';
import { boardFilter, detectFromHtml, detectFromUrl, unappliedFilter, type SourceOrigin } from './detect.js';
import { describeFilter, type SourceFilter } from './sourceFilter.js';
import { withFeedDrift, type FeedDrift } from './feed.js';
import { feedSource } from './sources.js';
import { readPage, type AdaptivePageRead } from './page/readPage.js';
import { UNLEARNT, type ReadPlan, type RenderState } from './page/renderChoice.js';
import type { DetectedSource, RawPosting, ScrapeContext } from './types.js';

export interface ScrapeTarget {
  careersUrl: string;
  selector: string | null;
  /** The filter pasted with the careers URL (`companies.source_filter`). */
  filter?: SourceFilter | null;
  /** How the page is read (learnt per company); unlearnt when absent. */
  render?: RenderState;
  /** URLs of the company's open postings (a static read that loses most of them is checked in Chromium). */
  openUrls?: readonly string[];
}

/**
 * A source remembered from an earlier scrape, and how it was found. For `browser`, `token` may name a
 * board found on the page that could not be read (`greenhouse:acme`), so it is not tried at every scrape.
 */
export interface KnownSource {
  kind: DetectedSource['kind'];
  token: string | null;
  origin: SourceOrigin;
}

const boardKey = (s: { kind: string; token: string | null }) => `${s.kind}:${s.token}`;

export interface ScrapeOutcome {
  /** What produced the postings (with the filter it applied). */
  source: DetectedSource;
  postings: RawPosting[];
  /** What to remember for the next scrape; undefined keeps what is remembered. */
  remember?: KnownSource;
  /** What the user should know: a filter the page applies instead, a board found, a guess that failed. */
  notes: string[];
  /** When the page itself was read: how (`both` compared plain HTTP with Chromium), and the state to remember. */
  render?: { used: ReadPlan; next: RenderState; compared?: AdaptivePageRead['compared'] };
  /** What the feed's answers lost without failing (fields left empty, postings dropped); absent when nothing. */
  drift?: FeedDrift;
}

const PAGE: DetectedSource = { kind: 'browser', token: null, filter: null };

/** A board Scoutly guessed that is not there (gone, renamed, or never a board): the page is read instead. */
const guessFailed = (err: unknown) =>
  err instanceof TaskError && ((err instanceof PermanentError && err.kind === 'http_4xx') || err.kind === 'extraction_drift' || err.kind === 'invalid_url');

type FeedRead = { postings: RawPosting[]; drift?: FeedDrift };

async function readFeed(source: DetectedSource, ctx: ScrapeContext): Promise<FeedRead> {
  const feed = feedSource(source.kind);
  const token = source.token;
  if (!feed || !token) throw new PermanentError('invalid_payload', `no reader for source ${source.kind}`);
  const { value: postings, drift } = await withFeedDrift(() => feed.fetch({ token, filter: source.filter ?? null }, ctx));
  return drift ? { postings, drift } : { postings };
}

const label = (s: DetectedSource) => `${s.kind}${s.token ? ` board ${s.token}` : ''}`;

/** Scrapes with the known source, or detects one (remembered through `remember`). */
export async function scrape(target: ScrapeTarget, known: KnownSource | null, ctx: ScrapeContext, pageTimeoutMs: number): Promise<ScrapeOutcome> {
  const notes: string[] = [];
  const pageFilter = target.filter ?? null;
  // Boards that could not be read: never tried twice in one attempt, nor again while remembered.
  const failed = new Set<string>(known?.kind === 'browser' && known.token ? [known.token] : []);
  const pageRemembering = (board: DetectedSource): KnownSource => {
    failed.add(boardKey(board));
    return { kind: 'browser', token: boardKey(board), origin: 'page' };
  };
  let remember: KnownSource | undefined;
  /** Reads a board Scoutly found on the page; null, with a note, when the guess was wrong (remembered as such). */
  const tryGuess = async (board: DetectedSource, instead: string): Promise<FeedRead | null> => {
    try {
      return await readFeed(board, ctx);
    } catch (err) {
      if (!guessFailed(err)) throw err;
      notes.push(`the ${label(board)} found on the page could not be read (${(err as Error).message}); ${instead}`);
      remember = pageRemembering(board);
      return null;
    }
  };
  let source: (DetectedSource & { origin: SourceOrigin }) | null = null;
  if (known) source = { ...known, filter: known.kind === 'browser' ? null : boardFilter(known.kind, known.origin, pageFilter) };
  else {
    const fromUrl = detectFromUrl(target.careersUrl);
    if (fromUrl) {
      source = { ...fromUrl, filter: pageFilter ?? fromUrl.filter ?? null, origin: 'url' };
      remember = { kind: fromUrl.kind, token: fromUrl.token, origin: 'url' };
    }
  }

  if (source && source.kind !== 'browser') {
    const unapplied = unappliedFilter(source);
    if (unapplied.length === 0) {
      const { origin, ...used } = source;
      // A board the careers URL or the user names is the source: its errors are the company's.
      const read = origin === 'page' ? await tryGuess(used, 'read the page instead') : await readFeed(used, ctx);
      if (read) return { source: used, ...read, remember, notes };
    } else {
      // Reading the whole board would widen the user's filter: the board's own page applies it instead.
      notes.push(`the ${source.kind} reader cannot apply the filter ${unapplied.join(', ')}; the page is read, which applies it`);
    }
    source = null;
  }

  let first: { url: string; text: string } | undefined;
  if (!known) {
    // First scrape: a cheap look at the page's HTML for an embedded board before reading the page itself.
    first = await ctx.http.getText(target.careersUrl, { signal: ctx.signal }).catch(() => undefined);
    const embedded = first ? detectFromHtml(first.text, target.careersUrl, pageFilter) : null;
    if (embedded?.filterNotCarried) notes.push(`found a ${label(embedded.source)}, but ${embedded.filterNotCarried}; the page is read`);
    else if (embedded) {
      const read = await tryGuess(embedded.source, 'read the page instead');
      if (read) return { source: embedded.source, ...read, remember: { kind: embedded.source.kind, token: embedded.source.token, origin: 'page' }, notes };
    }
    remember ??= { kind: 'browser', token: null, origin: 'page' };
  }

  const page = await readPage({ careersUrl: target.careersUrl, selector: target.selector, render: target.render ?? UNLEARNT, openUrls: target.openUrls ?? [] },
    ctx, pageTimeoutMs, first);
  notes.push(...page.notes);
  const render = { used: page.used, next: page.next, compared: page.compared };
  // Boards behind custom pages: the page (as read: server HTML or rendered DOM) is checked whenever the
  // company has no feed yet, also when it shows postings (the feed gives better data); a board the user
  // pinned the page over is left alone.
  if (known?.origin !== 'user') {
    const embedded = detectFromHtml(page.html, target.careersUrl, pageFilter);
    if (embedded?.filterNotCarried) notes.push(`found a ${label(embedded.source)}, but ${embedded.filterNotCarried}; the page is read`);
    else if (embedded && !failed.has(boardKey(embedded.source))) {
      const next: KnownSource = { kind: embedded.source.kind, token: embedded.source.token, origin: 'page' };
      if (page.postings.length > 0) {
        notes.push(`found a ${label(embedded.source)} on the page${describeFilter(embedded.source.filter) ? ` (filter ${describeFilter(embedded.source.filter)})` : ''}; it is read from the next scrape`);
        return { source: PAGE, postings: page.postings, remember: next, notes, render };
      }
      const read = await tryGuess(embedded.source, 'kept the page\'s result');
      if (read) return { source: embedded.source, ...read, remember: next, notes, render };
    }
  }
  return { source: PAGE, postings: page.postings, remember, notes, render };
}
