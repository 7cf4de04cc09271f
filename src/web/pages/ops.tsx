// The Problems, Jobs and Health pages: what fails and how to retry it, what the queue and the ticks do,
// and what `scoutly doctor` checks with the digest channels.

import type { FC } from 'hono/jsx';
import { formatDuration } from '../../core/duration.js';
import { runOutcome } from '../../report/html.js';
import type { AttemptRow, JobsReport } from '../../report/jobs.js';
import type { HealthOut } from '../actions/health.js';
import type { problems } from '../actions/jobs.js';
import type { Caller } from '../context.js';
import { Empty, PostForm, Scroll, Time } from './layout.js';

const OUTCOME_WORDS = { ok: 'all tasks succeeded', partial: 'some tasks failed', skipped: 'another tick held the lease', failed: 'tick failed', running: 'running or cut off' } as const;

export const ProblemsPage: FC<{ caller: Caller; data: ReturnType<typeof problems> }> = ({ caller, data }) => (
  <>
    <section aria-labelledby="pc-h">
      <h2 id="pc-h">Companies that keep failing ({data.companies.length})</h2>
      {data.companies.length === 0 ? <Empty>None: every company's last scrape went through.</Empty> : (
        <Scroll label="Companies that keep failing"><table class="cards">
          <thead><tr><th scope="col">Company</th><th scope="col">Failures</th><th scope="col">Last error</th><th scope="col">Paused until</th><th scope="col">Last success</th><th scope="col">Action</th></tr></thead>
          <tbody>{data.companies.map((c) => (
            <tr>
              <td data-label="Company">{c.name}<br /><small class="muted">{c.slug}</small></td>
              <td data-label="Failures" class="num">{c.consecutiveFailures}</td>
              <td data-label="Last error"><strong>{c.lastErrorWords}</strong>{c.lastError ? <><br /><small class="muted">{c.lastError}</small></> : null}</td>
              <td data-label="Paused until"><Time ms={c.breakerOpenUntil} empty="not paused" /></td>
              <td data-label="Last success"><Time ms={c.lastSuccessAt} empty="never" /></td>
              <td data-label="Action"><PostForm action={`/companies/${c.slug}/scrape`} caller={caller} class="inline" label={`Try ${c.name} again now`}><button type="submit">Try again now</button></PostForm></td>
            </tr>
          ))}</tbody>
        </table></Scroll>
      )}
    </section>
    <section aria-labelledby="dt-h">
      <h2 id="dt-h">Dead tasks ({data.deadTasks.length})</h2>
      <p class="muted">A task is dead when its attempts are used up or its error cannot pass by waiting.{caller.account.isAdmin ? '' : ' Only an admin may retry one.'}</p>
      {data.deadTasks.length === 0 ? <Empty>None.</Empty> : (
        <Scroll label="Dead tasks"><table class="cards">
          <thead><tr><th scope="col">Task</th><th scope="col">Company</th><th scope="col">Attempts</th><th scope="col">Last error</th><th scope="col">Action</th></tr></thead>
          <tbody>{data.deadTasks.map((t) => (
            <tr>
              <td data-label="Task">#{t.id} {t.kind.replace(/_/g, ' ')}</td>
              <td data-label="Company">{t.company ?? '—'}</td>
              <td data-label="Attempts" class="num">{t.attempts}/{t.maxAttempts}</td>
              <td data-label="Last error"><strong>{t.lastErrorWords}</strong>{t.lastError ? <><br /><small class="muted">{t.lastError}</small></> : null}</td>
              <td data-label="Action">{caller.account.isAdmin
                ? <PostForm action={`/tasks/${t.id}/retry`} caller={caller} class="inline" label={`Retry task ${t.id}`}><button type="submit">Retry</button></PostForm>
                : <span class="muted">admins only</span>}</td>
            </tr>
          ))}</tbody>
        </table></Scroll>
      )}
    </section>
  </>
);

const STATUSES = ['pending', 'running', 'failed', 'succeeded', 'dead'] as const;

export const JobsPage: FC<{ caller: Caller; data: JobsReport; companies: { slug: string; name: string }[]; company: { slug: string; name: string } | null; attempts: AttemptRow[] | null }> =
  ({ caller, data, companies, company, attempts }) => {
    const kinds = [...new Set(data.queue.map((q) => q.kind))];
    const count = (kind: string, status: string) => data.queue.find((q) => q.kind === kind && q.status === status)?.count ?? 0;
    const shown = data.runs.slice(0, 100);
    return (
      <>
        <section aria-labelledby="now-h">
          <h2 id="now-h">Now</h2>
          {data.running ? (
            <p role="status">A tick is running (since <Time ms={data.running.since} />{data.running.runId ? `, run #${data.running.runId}` : ''}): {data.running.attempts.succeeded} task(s) done,
              {' '}{data.running.attempts.failed} failed, {data.running.attempts.deferred} deferred, {data.running.attempts.running} in flight; {data.running.waiting} waiting.</p>
          ) : <p>No tick is running.</p>}
        </section>
        <section aria-labelledby="queue-h">
          <h2 id="queue-h">Queue</h2>
          {kinds.length === 0 ? <Empty>No tasks yet.</Empty> : (
            <Scroll label="Queue"><table>
              <thead><tr><th scope="col">Kind</th>{STATUSES.map((s) => <th scope="col" class="num">{s}</th>)}</tr></thead>
              <tbody>{kinds.map((k) => <tr><th scope="row">{k.replace(/_/g, ' ')}</th>{STATUSES.map((s) => <td class="num">{count(k, s)}</td>)}</tr>)}</tbody>
            </table></Scroll>
          )}
        </section>
        <section aria-labelledby="runs-h">
          <h2 id="runs-h">Runs of the last 14 days ({data.runs.length})</h2>
          {data.runs.length === 0 ? <Empty>No tick has run in 14 days.</Empty> : (
            <Scroll label="Runs"><table class="cards">
              <thead><tr><th scope="col">Run</th><th scope="col">Started</th><th scope="col">Took</th><th scope="col">Outcome</th><th scope="col">Exit code</th><th scope="col">Tasks</th></tr></thead>
              <tbody>{shown.map((r) => (
                <tr>
                  <td data-label="Run">#{r.id}</td>
                  <td data-label="Started"><Time ms={r.startedAt} /></td>
                  <td data-label="Took">{r.durationMs === null ? '—' : formatDuration(r.durationMs)}</td>
                  <td data-label="Outcome"><span class={`o-${runOutcome(r)}`}>{OUTCOME_WORDS[runOutcome(r)]}</span></td>
                  <td data-label="Exit code" class="num">{r.exitCode ?? '—'}</td>
                  <td data-label="Tasks">{r.enqueued} enqueued, {r.succeeded} ok, {r.failed} failed, {r.deferred} deferred</td>
                </tr>
              ))}</tbody>
            </table></Scroll>
          )}
          {data.runs.length > shown.length ? <p class="muted">The latest {shown.length} are shown.</p> : null}
        </section>
        <section aria-labelledby="att-h">
          <h2 id="att-h">A company's attempts</h2>
          <form method="get" action="/jobs" class="filters" aria-label="Choose a company">
            <label>Company <select name="company">
              <option value="">choose…</option>
              {companies.map((c) => <option value={c.slug} selected={company?.slug === c.slug}>{c.name}</option>)}
            </select></label>
            <button type="submit">Show</button>
          </form>
          {company && attempts ? (
            <>
              <PostForm action={`/companies/${company.slug}/scrape`} caller={caller} class="inline" label={`Scrape ${company.name} now`}><button type="submit">Scrape {company.name} now</button></PostForm>
              {attempts.length === 0 ? <Empty>No attempts recorded for {company.name} (kept 90 days).</Empty> : (
                <Scroll label="Attempts"><table class="cards">
                  <thead><tr><th scope="col">Started</th><th scope="col">Kind</th><th scope="col">Attempt</th><th scope="col">Outcome</th><th scope="col">Took</th><th scope="col">Detail</th></tr></thead>
                  <tbody>{attempts.map((a) => (
                    <tr>
                      <td data-label="Started"><Time ms={a.startedAt} /></td>
                      <td data-label="Kind">{a.kind.replace(/_/g, ' ')}</td>
                      <td data-label="Attempt" class="num">{a.attempt}</td>
                      <td data-label="Outcome">{a.outcome ?? 'running'}{a.errorKind ? `: ${a.errorKind}` : ''}</td>
                      <td data-label="Took">{a.durationMs === null ? '—' : formatDuration(a.durationMs)}</td>
                      <td data-label="Detail">{a.errorMessage ?? (a.detail ? Object.entries(a.detail).filter(([, x]) => typeof x !== 'object').map(([k, x]) => `${k} ${String(x)}`).join(', ') : '—')}</td>
                    </tr>
                  ))}</tbody>
                </table></Scroll>
              )}
            </>
          ) : null}
        </section>
      </>
    );
  };

export const HealthPage: FC<{ caller: Caller; data: HealthOut; full: boolean }> = ({ caller, data, full }) => (
  <>
    <section aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      <ul class="checks-list">{data.checks.map((c) => (
        <li class={`check ${c.status}`}><strong>{c.status}</strong> {c.name}: {c.detail}{c.fix && c.status !== 'ok' ? <> <em>Fix: {c.fix}</em></> : null}</li>
      ))}</ul>
      {full ? null : <p><a href="/health?full=1">Also check Chromium and the Gemini key</a> <span class="muted">(starts a browser and asks Gemini: a few seconds)</span></p>}
    </section>
    <section aria-labelledby="gem-h">
      <h2 id="gem-h">Gemini</h2>
      <p>{data.gemini.configured ? <>Model {data.gemini.model}: {data.gemini.requests} of {data.gemini.dailyLimit} requests used on {data.gemini.day} (Pacific time).
        {data.gemini.exhaustedUntil ? <> The quota is spent until <Time ms={data.gemini.exhaustedUntil} />.</> : null}</>
        : 'No key: the offline analyzer scores postings.'}</p>
    </section>
    <section aria-labelledby="dig-h">
      <h2 id="dig-h">Digest channels</h2>
      {data.channels.length === 0 ? <Empty>No channel: set SCOUTLY_NOTIFY_URL (ntfy, Slack, Discord or a webhook) or SCOUTLY_SMTP_URL.</Empty> : (
        <>
          <ul>{data.channels.map((ch) => (
            <li>{ch.label}: {ch.lastStatus === null ? 'nothing sent yet' : <>last digest {ch.lastStatus} <Time ms={ch.lastAt} />{ch.lastError ? ` (${ch.lastError})` : ''}; last delivered <Time ms={ch.lastSentAt} empty="never" /></>}</li>
          ))}</ul>
          <PostForm action="/health/test-digest" caller={caller} class="inline" label="Send a test digest"><button type="submit">Send a test digest</button></PostForm>
        </>
      )}
    </section>
    <section aria-labelledby="tick-h">
      <h2 id="tick-h">Last completed tick</h2>
      <p>{data.lastCompletedTick ? <>Run #{data.lastCompletedTick.id} ended <Time ms={data.lastCompletedTick.finishedAt} /> with exit code {data.lastCompletedTick.exitCode}.</> : 'None yet.'}</p>
    </section>
  </>
);
