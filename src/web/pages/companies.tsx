// The Companies page: what the user tracks with rank (changed in place), tier and next scrape, source and
// render mode, open postings and health; adding a company by pasting its careers URL (probed live, shown,
// then saved with a rank); other companies to track; importing a file; and the admin's changes.

import type { FC } from 'hono/jsx';
import type { CompanyView } from '../../companies/repo.js';
import { describeFilter } from '../../scrape/sourceFilter.js';
import { errorKindWords } from '../../report/errorWords.js';
import { DAY_MS } from '../../schedule/tiers.js';
import type { ProbeOutcome } from '../actions/companies.js';
import type { Caller } from '../context.js';
import { Empty, OutLink, PostForm, Scroll, Time } from './layout.js';

const tierWords = (intervalMs: number | null) => {
  if (intervalMs === null) return 'not scheduled';
  const days = intervalMs / DAY_MS;
  return days === 1 ? 'daily' : `every ${days} days`;
};
const RENDER_WORDS = { static: 'plain HTTP', browser: 'Chromium', auto: 'not learnt yet' } as const;

export function sourceWords(c: Pick<CompanyView, 'sourceKind' | 'sourceToken' | 'sourceFilter' | 'renderMode' | 'renderOrigin'>): string {
  const filter = describeFilter(c.sourceFilter);
  const source = !c.sourceKind ? 'detected at the next scrape'
    : c.sourceKind === 'browser' ? `its page, read with ${RENDER_WORDS[c.renderMode]}${c.renderOrigin === 'user' ? ' (set)' : ''}`
    : `${c.sourceKind}${c.sourceToken ? ` ${c.sourceToken}` : ''}`;
  return filter ? `${source}; filter ${filter}` : source;
}

const Health: FC<{ c: CompanyView; now: number }> = ({ c, now }) => {
  if (c.consecutiveFailures === 0 && !(c.breakerOpenUntil && c.breakerOpenUntil > now)) {
    return <span class="ok">{c.lastSuccessAt ? <>ok, <Time ms={c.lastSuccessAt} /></> : 'not scraped yet'}</span>;
  }
  return (
    <span class="bad">
      {c.consecutiveFailures} failure{c.consecutiveFailures === 1 ? '' : 's'}: {errorKindWords(c.lastErrorKind)}
      {c.breakerOpenUntil && c.breakerOpenUntil > now ? <>; paused until <Time ms={c.breakerOpenUntil} /></> : null}
    </span>
  );
};

const AdminTools: FC<{ c: CompanyView; caller: Caller }> = ({ c, caller }) => (
  <details class="admin">
    <summary>Manage {c.name}</summary>
    <PostForm action={`/companies/${c.slug}/source`} caller={caller} class="inline" label={`Source of ${c.name}`}>
      <label>Source <input name="source" required placeholder="greenhouse:acme, a board URL, browser or auto" value="" /></label>
      <button type="submit">Set source</button>
    </PostForm>
    <PostForm action={`/companies/${c.slug}/render`} caller={caller} class="inline" label={`How the page of ${c.name} is read`}>
      <label>Read the page <select name="mode">
        <option value="auto" selected={c.renderMode === 'auto'}>auto (learn)</option>
        <option value="static" selected={c.renderMode === 'static'}>with plain HTTP</option>
        <option value="browser" selected={c.renderMode === 'browser'}>in Chromium</option>
      </select></label>
      <button type="submit">Set</button>
    </PostForm>
    <PostForm action={`/companies/${c.slug}/remove`} caller={caller} class="inline danger" label={`Remove ${c.name}`}>
      <label><input type="checkbox" name="confirm" value="yes" required /> remove {c.name} with its postings and matches for everyone</label>
      <button type="submit" class="danger">Remove</button>
    </PostForm>
  </details>
);

const TrackedRow: FC<{ c: CompanyView; caller: Caller; now: number }> = ({ c, caller, now }) => (
  <tr id={`company-${c.slug}`}>
    <td data-label="Company"><OutLink href={c.careersUrl}>{c.name}</OutLink><br /><small class="muted">{c.slug}</small></td>
    <td data-label="Your rank">
      <PostForm action={`/companies/${c.slug}/rank`} caller={caller} class="rank" label={`Rank of ${c.name}`}>
        <input type="number" name="rank" min={1} max={100} required value={String(c.myRank ?? 50)} aria-label={`Rank of ${c.name} (1–100)`} inputmode="numeric" />
        <button type="submit">Save</button>
      </PostForm>
    </td>
    <td data-label="Scraped">{tierWords(c.intervalMs)}<br /><small>next <Time ms={c.nextDueAt} empty="—" /></small></td>
    <td data-label="Source">{sourceWords(c)}</td>
    <td data-label="Open postings" class="num">{c.openPostings}</td>
    <td data-label="Health"><Health c={c} now={now} /></td>
    <td data-label="Actions" class="actions">
      <PostForm action={`/companies/${c.slug}/scrape`} caller={caller} class="inline" label={`Scrape ${c.name} now`}><button type="submit">Scrape now</button></PostForm>
      <PostForm action={`/companies/${c.slug}/untrack`} caller={caller} class="inline" label={`Stop tracking ${c.name}`}><button type="submit" class="secondary">Untrack</button></PostForm>
      {caller.account.isAdmin ? <AdminTools c={c} caller={caller} /> : null}
    </td>
  </tr>
);

const OtherRow: FC<{ c: CompanyView; caller: Caller }> = ({ c, caller }) => (
  <tr>
    <td data-label="Company"><OutLink href={c.careersUrl}>{c.name}</OutLink><br /><small class="muted">{c.slug}</small></td>
    <td data-label="Scraped">{c.effectiveRank === null ? 'nobody tracks it' : tierWords(c.intervalMs)}</td>
    <td data-label="Open postings" class="num">{c.openPostings}</td>
    <td data-label="Track">
      <PostForm action={`/companies/${c.slug}/rank`} caller={caller} class="rank" label={`Track ${c.name}`}>
        <input type="number" name="rank" min={1} max={100} required value={String(c.myRank ?? 50)} aria-label={`Rank for ${c.name} (1–100)`} inputmode="numeric" />
        <button type="submit">Track</button>
      </PostForm>
      {caller.account.isAdmin ? <AdminTools c={c} caller={caller} /> : null}
    </td>
  </tr>
);

export const AddCompanyForm: FC<{ caller: Caller; url?: string; selector?: string }> = ({ caller, url, selector }) => (
  <PostForm action="/companies/preview" caller={caller} class="stack" label="Add a company by its careers URL">
    <label for="add-url">Careers page or job board URL</label>
    <input id="add-url" type="url" name="url" required placeholder="https://boards.greenhouse.io/acme" value={url ?? ''} />
    <details>
      <summary>Where the postings are (optional)</summary>
      <label for="add-selector">CSS selector of the postings on the page</label>
      <input id="add-selector" name="selector" placeholder=".jobs a" value={selector ?? ''} />
    </details>
    <button type="submit">Look it up</button>
    <p class="muted">Scoutly reads the page now, as <code>scoutly probe</code> does, and shows what it finds before anything is saved.</p>
  </PostForm>
);

export const CompaniesPage: FC<{ caller: Caller; companies: CompanyView[]; now: number }> = ({ caller, companies, now }) => {
  const tracked = companies.filter((c) => c.tracking);
  const others = companies.filter((c) => !c.tracking);
  return (
    <>
      <section aria-labelledby="add-h"><h2 id="add-h">Add a company</h2><AddCompanyForm caller={caller} /></section>
      <section aria-labelledby="tracked-h">
        <h2 id="tracked-h">Your companies ({tracked.length})</h2>
        <p class="muted">Rank 81–100 is scraped daily, 61–80 every 2 days, 31–60 every 3, 11–30 every 4, 1–10 every 5; a company shared with others follows the highest rank.</p>
        {tracked.length === 0 ? <Empty>You track no company yet: add one above, or track one below.</Empty> : (
          <Scroll label="Your companies"><table class="cards">
            <thead><tr><th scope="col">Company</th><th scope="col">Your rank</th><th scope="col">Scraped</th><th scope="col">Source</th><th scope="col">Open postings</th><th scope="col">Health</th><th scope="col">Actions</th></tr></thead>
            <tbody>{tracked.map((c) => <TrackedRow c={c} caller={caller} now={now} />)}</tbody>
          </table></Scroll>
        )}
      </section>
      {others.length ? (
        <section aria-labelledby="others-h">
          <h2 id="others-h">Other companies ({others.length})</h2>
          <Scroll label="Other companies"><table class="cards">
            <thead><tr><th scope="col">Company</th><th scope="col">Scraped</th><th scope="col">Open postings</th><th scope="col">Track</th></tr></thead>
            <tbody>{others.map((c) => <OtherRow c={c} caller={caller} />)}</tbody>
          </table></Scroll>
        </section>
      ) : null}
      <section aria-labelledby="import-h">
        <h2 id="import-h">Import a file</h2>
        <PostForm action="/companies/import" caller={caller} multipart class="stack" label="Import companies from a file">
          <label for="import-file">A JSON array in Scoutly's seed format, or CSV with the same headers</label>
          <input id="import-file" type="file" name="file" accept=".json,.csv,application/json,text/csv" required />
          <label><input type="checkbox" name="skipInvalid" value="1" /> import the valid rows even if some are not</label>
          <label><input type="checkbox" name="track" value="1" checked /> track them: each row's rank, else</label>
          <label for="import-rank">Rank for rows without one</label>
          <input id="import-rank" type="number" name="rank" min={1} max={100} value="50" inputmode="numeric" />
          <button type="submit">Import</button>
        </PostForm>
      </section>
    </>
  );
};

export const PreviewPage: FC<{ caller: Caller; probe: ProbeOutcome; selector: string }> = ({ caller, probe, selector }) => (
  <>
    <p><OutLink href={probe.url}>{probe.url}</OutLink></p>
    {probe.failed ? (
      <p class="flash error" role="alert">It could not be read: {probe.failed}. You can still save it: every scrape tries again, and the Problems page shows why it fails.</p>
    ) : (
      <dl class="facts">
        <div><dt>Source</dt><dd>{probe.source.kind === 'browser' ? 'the careers page itself' : `${probe.source.kind}${probe.source.token ? ` board ${probe.source.token}` : ''}`}</dd></div>
        <div><dt>Filter</dt><dd>{probe.filter ?? 'none (the whole board)'}</dd></div>
        <div><dt>Postings found</dt><dd>{probe.postings.length}</dd></div>
      </dl>
    )}
    {probe.notes.length ? <ul class="notes">{probe.notes.map((n) => <li>{n}</li>)}</ul> : null}
    {probe.postings.length ? (
      <section aria-labelledby="found-h"><h2 id="found-h">What it found</h2>
        <ul class="postings">{probe.postings.slice(0, 50).map((p) => <li><OutLink href={p.url}>{p.title}</OutLink>{p.location ? <small class="muted"> · {p.location}</small> : null}</li>)}</ul>
        {probe.postings.length > 50 ? <p class="muted">… and {probe.postings.length - 50} more.</p> : null}
      </section>
    ) : null}
    <section aria-labelledby="save-h">
      <h2 id="save-h">Save and track it</h2>
      <PostForm action="/companies" caller={caller} class="stack" label="Save the company">
        <input type="hidden" name="url" value={probe.url} />
        <input type="hidden" name="selector" value={selector} />
        <label for="save-name">Name</label><input id="save-name" name="name" required maxlength={200} value={probe.suggested.name} />
        <label for="save-slug">Short id (letters, digits, ".", "_", "-")</label><input id="save-slug" name="slug" required maxlength={100} pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,99}" value={probe.suggested.slug} />
        <label for="save-rank">Your rank (1–100: 81+ daily … 1–10 every 5 days)</label><input id="save-rank" type="number" name="rank" min={1} max={100} required value="50" inputmode="numeric" />
        <button type="submit">Save and track</button>
      </PostForm>
    </section>
    <p><a href="/companies">Back to companies</a></p>
  </>
);
