// The Matches page: the user's matches best first with filters, reasons, concerns, place, pay and the
// posting link; one tap moves an application to its likely next state (with a note), any state stays
// reachable, and each match shows its history.

import type { FC } from 'hono/jsx';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../db/enums.js';
import { nextStatuses, STATUS_WORDS } from '../../matches/states.js';
import { postingAge } from '../../matches/age.js';
import type { MatchPage, MatchQuery, MatchWithHistory } from '../actions/matches.js';
import type { Caller } from '../context.js';
import { Empty, OutLink, PostForm, Time } from './layout.js';

const SINCE_CHOICES = [['', 'any time'], ['1d', 'the last day'], ['7d', 'the last 7 days'], ['30d', 'the last 30 days'], ['90d', 'the last 90 days']] as const;
const VIA_WORDS = { cli: 'from the command line', web: 'in the dashboard', api: 'through the API', digest: 'from a digest' } as const;

const Filters: FC<{ query: MatchQuery; companies: { slug: string; name: string }[] }> = ({ query, companies }) => (
  <form method="get" action="/matches" class="filters" aria-label="Filter matches">
    <label>Score at least <input type="number" name="minScore" min={0} max={100} step={5} inputmode="numeric" value={query.minScore === undefined ? '' : String(query.minScore)} /></label>
    <label>Company <select name="company">
      <option value="">all</option>
      {companies.map((c) => <option value={c.slug} selected={query.company === c.slug}>{c.name}</option>)}
    </select></label>
    <label>Status <select name="status">
      <option value="">all</option>
      {APPLICATION_STATUSES.map((s) => <option value={s} selected={query.status === s}>{STATUS_WORDS[s]}</option>)}
    </select></label>
    <label>Saved in <select name="since">
      {SINCE_CHOICES.map(([v, label]) => <option value={v} selected={(query.since ?? '') === v}>{label}</option>)}
    </select></label>
    <button type="submit">Filter</button>
  </form>
);

const StatusForms: FC<{ m: MatchWithHistory; caller: Caller }> = ({ m, caller }) => {
  const next = nextStatuses(m.status);
  const noteId = `note-${m.id}`;
  return (
    <div class="status-forms">
      <PostForm action={`/matches/${m.id}/status`} caller={caller} class="quick" label={`Move ${m.title} to the next state`}>
        <label for={noteId}>Note <span class="muted">(optional)</span></label>
        <input id={noteId} name="note" maxlength={2000} value="" />
        <div class="buttons">
          {next.map((s) => <button type="submit" name="status" value={s} class={s === 'discarded' ? 'secondary' : undefined}>{STATUS_WORDS[s]}</button>)}
        </div>
      </PostForm>
      <details>
        <summary>Another state</summary>
        <PostForm action={`/matches/${m.id}/status`} caller={caller} class="inline" label={`Set the state of ${m.title}`}>
          <label>State <select name="status">
            {APPLICATION_STATUSES.map((s) => <option value={s} selected={s === m.status}>{STATUS_WORDS[s]}</option>)}
          </select></label>
          <label>Note <input name="note" maxlength={2000} value={m.note ?? ''} /></label>
          <button type="submit">Save</button>
        </PostForm>
      </details>
    </div>
  );
};

const History: FC<{ m: MatchWithHistory }> = ({ m }) => (
  <details class="history">
    <summary>History ({m.history.length + 1})</summary>
    <ol>
      <li><Time ms={m.createdAt} />: saved as a match ({STATUS_WORDS.want_to_apply})</li>
      {m.history.map((h) => <li><Time ms={h.createdAt} />: {STATUS_WORDS[h.status]} {VIA_WORDS[h.via]}{h.note ? <>: <q>{h.note}</q></> : null}</li>)}
    </ol>
  </details>
);

const Reasons: FC<{ title: string; items: string[]; cls: string }> = ({ title, items, cls }) =>
  items.length ? <div class={cls}><h3>{title}</h3><ul>{items.map((r) => <li>{r}</li>)}</ul></div> : null;

/** How long the role has been open, marked stale past SCOUTLY_STALE_DAYS; a closed posting's age is no longer news. */
const OpenFor: FC<{ m: MatchWithHistory; age: Age }> = ({ m, age }) => {
  if (m.closedAt) return null;
  const { ageDays, stale } = postingAge(m.openSince, age.now, age.staleDays);
  return <div><dt>Open for</dt><dd>{ageDays === 1 ? '1 day' : `${ageDays} days`}{stale ? <> <span class="tag stale">stale</span></> : null}</dd></div>;
};

/** A repost: what changed, the earlier posting, and where the user's match on it stood. */
const RepostNote: FC<{ m: MatchWithHistory }> = ({ m }) => {
  const r = m.repost;
  if (!r) return null;
  return (
    <p class="muted repost">Reposted{r.change ? `, changed: ${r.change}` : ' unchanged'} · <OutLink href={r.url}>earlier posting</OutLink>
      {r.earlierMatchId !== null ? <> · your match on it: <a href={`#match-${r.earlierMatchId}`}>#{r.earlierMatchId}</a>{r.earlierStatus ? `, ${STATUS_WORDS[r.earlierStatus]}` : ''}</> : null}</p>
  );
};

/** What a card needs to tell a posting's age: the request's clock and the stale threshold. */
interface Age { now: number; staleDays: number }

const MatchCard: FC<{ m: MatchWithHistory; caller: Caller; age: Age }> = ({ m, caller, age }) => (
  <article class="card match" id={`match-${m.id}`} aria-labelledby={`match-${m.id}-title`}>
    <header>
      <span class="score" title="score">{m.score ?? '—'}</span>
      <div>
        <h2 id={`match-${m.id}-title`}><OutLink href={m.url}>{m.title}</OutLink></h2>
        <p class="muted">{m.company} · #{m.id}</p>
        <RepostNote m={m} />
      </div>
      <span class={`badge s-${m.status}`}>{STATUS_WORDS[m.status as ApplicationStatus]}</span>
    </header>
    <dl class="facts">
      <div><dt>Place</dt><dd>{[m.location, m.workplace?.toLowerCase().replace(/_/g, ' ')].filter(Boolean).join(' · ') || '—'}</dd></div>
      <div><dt>Pay</dt><dd>{m.compensation ?? '—'}</dd></div>
      <div><dt>First seen</dt><dd><Time ms={m.firstSeenAt} />{m.closedAt ? <> <span class="tag">closed <Time ms={m.closedAt} /></span></> : null}</dd></div>
      <OpenFor m={m} age={age} />
      {m.note ? <div><dt>Note</dt><dd>{m.note}</dd></div> : null}
    </dl>
    <div class="why">
      <Reasons title="Why it fits" items={m.reasons} cls="reasons" />
      <Reasons title="Concerns" items={m.concerns} cls="concerns" />
    </div>
    <StatusForms m={m} caller={caller} />
    <History m={m} />
  </article>
);

/** Which of the matches this page shows, e.g. "51–100 of 1000"; empty when one page holds them all. */
export function pageRange(list: MatchPage): string {
  if (list.total <= list.perPage && list.page === 1) return '';
  const first = (list.page - 1) * list.perPage + 1;
  return list.matches.length ? `${first}–${first + list.matches.length - 1} of ${list.total}` : `none of ${list.total} on page ${list.page}`;
}

const Pager: FC<{ list: MatchPage; pageLink: (page: number) => string }> = ({ list, pageLink }) => {
  const pages = Math.max(1, Math.ceil(list.total / list.perPage));
  if (pages === 1 && list.page === 1) return null;
  return (
    <nav class="pager" aria-label="Pages of matches">
      {list.page > 1 ? <a href={pageLink(Math.min(list.page - 1, pages))} rel="prev">Previous {list.perPage}</a> : null}
      <span>page {list.page} of {pages}</span>
      {list.page < pages ? <a href={pageLink(list.page + 1)} rel="next">Next {Math.min(list.perPage, list.total - list.page * list.perPage)}</a> : null}
    </nav>
  );
};

export const MatchesPage: FC<{ caller: Caller; list: MatchPage; query: MatchQuery; companies: { slug: string; name: string }[]; minScore: number; age: Age; pageLink: (page: number) => string }> =
  ({ caller, list, query, companies, minScore, age, pageLink }) => {
    const { total } = list;
    const range = pageRange(list);
    const filtered = Object.entries(query).some(([k, v]) => v !== undefined && k !== 'page' && k !== 'perPage');
    return (
      <>
        <Filters query={query} companies={companies} />
        <p class="muted" role="status">{total} match{total === 1 ? '' : 'es'} (postings scored {minScore} or more for you), best first{range ? `: ${range}` : ''}.</p>
        {total === 0
          ? <Empty>No matches{filtered ? ' with these filters' : ' yet: they appear after a tick has scraped and scored postings of the companies you track'}.</Empty>
          : <div class="list">{list.matches.map((m) => <MatchCard m={m} caller={caller} age={age} />)}</div>}
        <Pager list={list} pageLink={pageLink} />
      </>
    );
  };
