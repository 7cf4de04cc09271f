// Renders the report data as one self-contained HTML page: inline CSS, an inline SVG chart and a small
// script for sorting and filtering matches. Pure. A CSP that only admits this page's own script (by
// hash) means no external asset loads and no injected markup could run, even if escaping missed one.

import { createHash } from 'node:crypto';
import { formatDuration } from '../core/duration.js';
import { escapeControls, escapeHtml, isWebUrl, utcMinute } from '../core/text.js';
import { APPLICATION_STATUSES } from '../db/enums.js';
import type { MatchRow } from '../matches/repo.js';
import { groupByRole, type RoleGroup } from '../notify/digest.js';
import { postingAge } from '../matches/age.js';
import { DAY_MS } from '../schedule/tiers.js';
import { REPORT_DAYS, type ReportData, type ReportRun } from './reportData.js';

/** Page text as text: markup escaped, and bidi and control characters shown (they would reorder a row). */
const esc = (v: unknown) => escapeHtml(escapeControls(String(v ?? '')));
const href = (url: string) => (isWebUrl(url) ? esc(url) : '#');
const iso = (ms: number) => new Date(ms).toISOString();
/** UTC text in the page; the script swaps in the reader's local time. */
const time = (ms: number | null | undefined) => (ms ? `<time datetime="${iso(ms)}">${utcMinute(ms)}</time>` : '—');
const label = (status: string) => status.replace(/_/g, ' ');

type Outcome = 'ok' | 'partial' | 'skipped' | 'failed' | 'running';

/** How a run ended, in the chart's five colours (SPEC exit codes: 1 = some task failed, 75 = lease held). */
export function runOutcome(r: Pick<ReportRun, 'status' | 'exitCode'>): Outcome {
  if (r.status === 'running') return 'running';
  if (r.exitCode === 0) return 'ok';
  if (r.exitCode === 1) return 'partial';
  if (r.exitCode === 75) return 'skipped';
  return 'failed';
}

const OUTCOME_TEXT: Record<Outcome, string> = {
  ok: 'all tasks succeeded', partial: 'some tasks failed', skipped: 'another tick held the lease', failed: 'tick failed', running: 'running or cut off',
};

function runsChart(runs: readonly ReportRun[], nowMs: number): string {
  const W = 720, H = 180, left = 40, bottom = 22, top = 8;
  const start = nowMs - REPORT_DAYS * DAY_MS;
  const maxMin = Math.max(1, ...runs.map((r) => (r.durationMs ?? 0) / 60_000));
  const x = (ms: number) => left + ((ms - start) / (nowMs - start)) * (W - left - 4);
  const y = (min: number) => H - bottom - (min / maxMin) * (H - bottom - top);
  const barWidth = Math.max(2, (W - left) / (REPORT_DAYS * 24) - 1);
  const grid: string[] = [];
  for (let d = 0; d <= REPORT_DAYS; d += 1) {
    const dayStart = Math.floor(start / DAY_MS) * DAY_MS + d * DAY_MS;
    if (dayStart < start) continue;
    grid.push(`<line x1="${x(dayStart).toFixed(1)}" x2="${x(dayStart).toFixed(1)}" y1="${top}" y2="${H - bottom}" class="grid"/>`);
    if (d % 2 === 0) grid.push(`<text x="${x(dayStart).toFixed(1)}" y="${H - 6}" class="axis">${iso(dayStart).slice(5, 10)}</text>`);
  }
  const bars = runs.map((r) => {
    const minutes = (r.durationMs ?? 0) / 60_000;
    const outcome = runOutcome(r);
    const h = Math.max(2, H - bottom - y(minutes));
    const tip = `#${r.id} ${utcMinute(r.startedAt)} · ${r.durationMs === null ? 'no duration' : formatDuration(r.durationMs)} · `
      + `exit ${r.exitCode ?? '—'} (${OUTCOME_TEXT[outcome]}) · ${r.succeeded} ok, ${r.failed} failed, ${r.deferred} deferred`;
    return `<rect x="${x(r.startedAt).toFixed(1)}" y="${(H - bottom - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" class="o-${outcome}"><title>${esc(tip)}</title></rect>`;
  });
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Runs of the last ${REPORT_DAYS} days: bar height is the duration, colour the outcome">
<text x="2" y="${top + 8}" class="axis">${maxMin < 10 ? maxMin.toFixed(1) : Math.round(maxMin)} min</text>
<text x="2" y="${H - bottom}" class="axis">0</text>
${grid.join('\n')}
<line x1="${left}" x2="${W}" y1="${H - bottom}" y2="${H - bottom}" class="base"/>
${bars.join('\n')}
</svg>
<p class="legend">${(Object.keys(OUTCOME_TEXT) as Outcome[]).map((o) => `<span><i class="o-${o}"></i>${esc(OUTCOME_TEXT[o])} (${runs.filter((r) => runOutcome(r) === o).length})</span>`).join(' ')}</p>`;
}

function tableHtml(headers: readonly string[], rows: readonly string[][], empty: string, cls = ''): string {
  if (rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  return `<div class="scroll"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td data-label="${esc(headers[i])}">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
}

/** Days open, with the stale mark past SCOUTLY_STALE_DAYS; a closed posting's age is no longer news. */
function ageCell(g: RoleGroup<MatchRow>, d: ReportData): string {
  const open = g.members.filter((m) => m.closedAt === null);
  if (open.length === 0) return '—';
  const ages = open.map((m) => postingAge(m.openSince, d.generatedAt, d.staleDays));
  const days = Math.max(...ages.map((a) => a.ageDays));
  return `${days} d${ages.some((a) => a.stale) ? ' <span class="tag stale">stale</span>' : ''}`;
}

/** A repost: what changed, the earlier posting, and where the user's match on it stood. */
function repostNote(m: MatchRow): string {
  if (!m.repost) return '';
  const r = m.repost;
  return `<br><small class="muted">reposted${r.change ? `, changed: ${esc(r.change)}` : ''} · <a href="${href(r.url)}" rel="noopener noreferrer">earlier posting</a>`
    + `${r.earlierStatus ? ` · your match #${r.earlierMatchId}: ${esc(label(r.earlierStatus))}` : ''}</small>`;
}

/** Where one place of a role is: its location (or workplace), link and match id. */
const placeOf = (m: MatchRow) => `<a href="${href(m.url)}" rel="noopener noreferrer">${esc(m.location ?? m.workplace ?? 'place not given')}</a> (#${m.id})`;

/** One row per role: the same title at the same company for the same user in several places shows once, with its places. */
function matchesSection(d: ReportData): string {
  // Only open postings are places one can take; a closed posting and its repost are one role over time, not two places.
  const groups = groupByRole(d.matches, (m) => (m.closedAt === null ? 'open' : m.id));
  const companies = [...new Set(d.matches.map((m) => m.company))].sort((a, b) => a.localeCompare(b));
  const rows = groups.map((g) => {
    const m = g.lead;
    const several = g.members.length > 1;
    const where = several ? `<br><small>${g.members.length} places: ${g.members.map(placeOf).join(' · ')}</small>` : m.location ? `<br><small>${esc(m.location)}</small>` : '';
    return `<tr data-id="${m.id}" data-score="${m.score ?? 0}" data-company="${esc(m.company)}" data-status="${esc(m.status)}" data-saved="${m.createdAt}" data-title="${esc(m.title.toLowerCase())}">
<td data-label="id">${g.members.map((x) => x.id).join(', ')}</td><td data-label="score" class="num"><b>${m.score ?? '—'}</b></td><td data-label="company">${esc(m.company)}</td>
<td data-label="title"><a href="${href(m.url)}" rel="noopener noreferrer">${esc(m.title)}</a>${where}${repostNote(m)}${m.reasons.length ? `<br><small class="muted">${esc(m.reasons.slice(0, 3).join(' · '))}</small>` : ''}</td>
<td data-label="status">${esc(label(m.status))}${m.closedAt ? ' <span class="tag">closed</span>' : ''}${m.note ? `<br><small>${esc(m.note)}</small>` : ''}</td>
<td data-label="open">${ageCell(g, d)}</td><td data-label="saved">${time(m.createdAt)}</td></tr>`;
  });
  const statuses = APPLICATION_STATUSES.filter((s) => d.matches.some((m) => m.status === s));
  return `<section id="matches"><h2>Matches <small class="muted">(score ≥ ${d.minScore} when saved)</small></h2>
<div class="filters" id="match-filters">
<label>Min score <input type="number" id="f-score" min="0" max="100" step="5" value="0" inputmode="numeric"></label>
<label>Company <select id="f-company"><option value="">all</option>${companies.map((c) => `<option value="${esc(c)}">${esc(c)}</option>`).join('')}</select></label>
<label>Status <select id="f-status"><option value="">all</option>${statuses.map((s) => `<option value="${s}">${esc(label(s))}</option>`).join('')}</select></label>
<label>Sort <select id="f-sort"><option value="score">best score</option><option value="saved">newest</option><option value="company">company</option><option value="status">status</option></select></label>
</div>
<p class="muted" id="match-count">${groups.length} match(es)</p>
${d.matches.length === 0 ? '<p class="muted">No matches yet.</p>' : `<div class="scroll"><table id="matches-table" class="cards"><thead><tr>
<th data-sort="id">id</th><th data-sort="score">score</th><th data-sort="company">company</th><th data-sort="title">title</th><th data-sort="status">status</th><th>open</th><th data-sort="saved">saved</th>
</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`}
<p class="muted">Update an application with <code>scoutly matches set ID STATUS [--note TEXT]</code>. A role offered in several places shows once, with the places you can take;
"open" counts days from the published date (else from when first seen; a repost's from its first posting), stale past ${d.staleDays} days.</p></section>`;
}

/** Sorting and filtering of the matches table; rows carry their values in data attributes. */
const SCRIPT = `(() => {
  const table = document.getElementById('matches-table');
  const tbody = table ? table.tBodies[0] : null;
  const rows = tbody ? Array.from(tbody.rows) : [];
  const $ = (id) => document.getElementById(id);
  const numeric = { id: true, score: true, saved: true };
  let sortKey = 'score';
  let descending = true;
  function apply() {
    const min = Number($('f-score').value) || 0;
    const company = $('f-company').value;
    const status = $('f-status').value;
    let shown = 0;
    for (const row of rows) {
      const visible = Number(row.dataset.score) >= min && (!company || row.dataset.company === company) && (!status || row.dataset.status === status);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const key = sortKey;
    rows.slice().sort((a, b) => {
      const x = a.dataset[key] || '', y = b.dataset[key] || '';
      const c = numeric[key] ? Number(x) - Number(y) : x.localeCompare(y);
      return descending ? -c : c;
    }).forEach((row) => tbody && tbody.appendChild(row));
    if (table) for (const th of table.tHead.rows[0].cells) th.setAttribute('aria-sort', th.dataset.sort === key ? (descending ? 'descending' : 'ascending') : 'none');
    $('match-count').textContent = shown + ' of ' + rows.length + ' match(es) shown';
  }
  for (const id of ['f-score', 'f-company', 'f-status']) $(id).addEventListener('input', apply);
  $('f-sort').addEventListener('input', () => { sortKey = $('f-sort').value; descending = numeric[sortKey] === true; apply(); });
  if (table) for (const th of table.tHead.rows[0].cells) {
    th.addEventListener('click', () => {
      descending = sortKey === th.dataset.sort ? !descending : numeric[th.dataset.sort] === true;
      sortKey = th.dataset.sort;
      $('f-sort').value = ['score', 'saved', 'company', 'status'].includes(sortKey) ? sortKey : $('f-sort').value;
      apply();
    });
  }
  for (const t of document.querySelectorAll('time[datetime]')) {
    const d = new Date(t.getAttribute('datetime'));
    t.title = t.textContent;
    t.textContent = d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  }
  apply();
})();`;

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --line: #d0d5dd; --bg: #fff; --card: #f6f7f9; --accent: #2563eb; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8ec; --muted: #98a2b3; --line: #344054; --bg: #0f1217; --card: #1a1f27; --accent: #7aa2ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 12px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.4rem; margin: 0.2rem 0; } h2 { font-size: 1.15rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
a { color: var(--accent); } .muted { color: var(--muted); } .num { text-align: right; }
.cards-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; }
.card { background: var(--card); border-radius: 8px; padding: 8px 10px; } .card b { display: block; font-size: 1.3rem; }
.scroll { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th[data-sort] { cursor: pointer; user-select: none; } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; } .filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filters input, .filters select { font: inherit; padding: 4px 6px; min-width: 7rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.tag.stale { border-color: #d97706; }
.tag { font-size: 0.75rem; background: var(--card); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
svg { width: 100%; height: auto; } .grid { stroke: var(--line); stroke-width: 0.5; } .base { stroke: var(--muted); } .axis { fill: var(--muted); font-size: 10px; }
.o-ok { fill: #16a34a; background: #16a34a; } .o-partial { fill: #d97706; background: #d97706; } .o-skipped { fill: #98a2b3; background: #98a2b3; }
.o-failed { fill: #dc2626; background: #dc2626; } .o-running { fill: #2563eb; background: #2563eb; }
.legend { font-size: 0.85rem; display: flex; flex-wrap: wrap; gap: 4px 12px; } .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
code { font-size: 0.9em; }
@media (max-width: 640px) {
  body { padding: 8px; font-size: 15px; }
  table.cards thead { display: none; } table.cards tr { display: block; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 4px 0; }
  table.cards td { display: block; border: 0; padding: 3px 10px; }
  table.cards td::before { content: attr(data-label); display: inline-block; min-width: 5.5rem; color: var(--muted); font-size: 0.85rem; }
  table.cards td.num { text-align: left; }
}`;

/** The whole page. Everything untrusted (titles, reasons, errors, notes) goes through esc(). */
export function renderReportHtml(d: ReportData): string {
  const s = d.status;
  const count = (status: string) => s.queue.filter((q) => q.status === status).reduce((n, q) => n + q.count, 0);
  const openMatches = d.matches.filter((m) => m.closedAt === null).length;
  const newThisWeek = d.matches.filter((m) => m.createdAt >= d.generatedAt - 7 * DAY_MS).length;
  const glance = [
    ['tracked companies', s.companies.tracked, `${s.companies.total} known`],
    ['due now', s.companies.dueNow, 'waiting for a tick'],
    ['queued tasks', count('pending') + count('failed'), `${count('running')} running, ${count('dead')} dead`],
    ['open matches', openMatches, `${newThisWeek} new in 7 days`],
    ['Gemini today', s.gemini.configured ? `${s.gemini.requests}/${s.gemini.dailyLimit}` : 'offline', s.gemini.configured ? `quota day ${s.gemini.day}` : 'no API key'],
    ['problem companies', s.problematic.length, s.problematic.length ? 'see below' : 'all healthy'],
  ] as const;
  const problemRows = s.problematic.map((p) => [esc(p.slug), String(p.consecutiveFailures), esc(p.lastErrorKind ?? '?'), esc(p.lastError ?? ''),
    p.breakerOpenUntil && p.breakerOpenUntil > s.now ? time(p.breakerOpenUntil) : '—', time(p.lastSuccessAt)]);
  const closedRows = d.closed.map((c) => [esc(c.company), `<a href="${href(c.url)}" rel="noopener noreferrer">${esc(c.title)}</a>${c.reposted ? ' <span class="tag">reposted</span>' : ''}`,
    time(c.closedAt), time(c.firstSeenAt), c.savedStatus ? esc(label(c.savedStatus)) : '—']);
  const digestRows = s.digests.map((g) => [esc(g.channel), time(g.last.createdAt), g.last.status === 'sent' ? 'sent' : `failed: ${esc(g.last.error ?? '')}`,
    `${g.last.matches} / ${g.last.closed} / ${g.last.warnings}`, time(g.lastSentAt)]);
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Scoutly report</title>
<style>${STYLE}</style></head>
<body>
<header><h1>Scoutly report</h1>
<p class="muted">Generated ${time(d.generatedAt)}. ${s.tickRunning ? `A tick is running since ${time(s.tickRunning.since)}. ` : ''}${s.lastCompletedTick
    ? `Last completed tick #${s.lastCompletedTick.id} at ${time(s.lastCompletedTick.finishedAt)} (exit ${s.lastCompletedTick.exitCode}).` : 'No tick has completed yet.'}</p></header>
${matchesSection(d)}
<section id="glance"><h2>At a glance</h2><div class="cards-grid">
${glance.map(([title, value, note]) => `<div class="card"><span class="muted">${esc(title)}</span><b>${esc(value)}</b><small class="muted">${esc(note)}</small></div>`).join('\n')}
</div></section>
<section id="schedule"><h2>Queue and schedule</h2>
${tableHtml(['ranks', 'every', 'tracked', 'due now'], s.tiers.map((t) => [esc(t.ranks), `${t.intervalDays} d`, String(t.tracked), String(t.due)]), 'No companies tracked.')}
${tableHtml(['task', 'kind', 'company', 'rank', 'status', 'run at', 'attempts'], s.nextUp.map((t) => [`#${t.taskId}`, esc(t.kind), esc(t.slug ?? '—'),
    String(t.rank ?? '—'), esc(t.status), time(t.runAt), String(t.attempts)]), 'Nothing queued.', 'cards')}
</section>
<section id="runs"><h2>Runs, last ${REPORT_DAYS} days <small class="muted">(${d.runs.length})</small></h2>
${d.runs.length ? runsChart(d.runs, d.generatedAt) : '<p class="muted">No runs in this period.</p>'}
</section>
<section id="problems"><h2>Problematic companies</h2>
${tableHtml(['company', 'failures', 'error kind', 'last error', 'paused until', 'last success'], problemRows, 'None: every tracked company scraped fine at its last attempt.', 'cards')}
</section>
<section id="closed"><h2>Closed recently <small class="muted">(last ${REPORT_DAYS} days)</small></h2>
${tableHtml(['company', 'title', 'closed', 'first seen', 'your match'], closedRows, 'No posting closed in this period.', 'cards')}
</section>
<section id="digests"><h2>Digests</h2>
${tableHtml(['channel', 'last digest', 'status', 'matches / closed / warnings', 'last sent'], digestRows, 'No digest sent yet.', 'cards')}
</section>
<script>${SCRIPT}</script>
</body></html>
`;
}
