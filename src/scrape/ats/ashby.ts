// Ashby posting API: the whole board in one request; board names are case-sensitive. The posting API
// names departments but gives no ids, so a `departmentId` filter is resolved through the board's teams
// (the hosted board's own GraphQL query): the team and all its sub-teams, as on the board.

import { z } from 'zod';
import { boardToken, firstBoardIn, firstSegment } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, identityOrLink, joinPlaces, lenientList, parseFeed, postingList, withDescendants } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const jobBoard = z.object({
  jobs: postingList(identityOrLink(z.object({
    id: z.string().nullish(), title: z.string(), jobUrl: z.string().nullish(), location: z.string().nullish(),
    secondaryLocations: z.array(z.object({ location: z.string().nullish() })).nullish(), department: z.string().nullish(), team: z.string().nullish(),
    workplaceType: z.string().nullish(), isRemote: z.boolean().nullish(), isListed: z.boolean().nullish(), publishedAt: z.string().nullish(),
    employmentType: z.string().nullish(), descriptionPlain: z.string().nullish(), descriptionHtml: z.string().nullish(),
    compensation: z.object({ compensationTierSummary: z.string().nullish() }).nullish(),
  }), 'id', 'jobUrl')),
});

const teamsBoard = z.object({
  data: z.object({
    jobBoard: z.object({
      teams: lenientList(z.object({ id: z.string(), name: z.string().nullish(), parentTeamId: z.string().nullish() }), 'team'),
      jobPostings: lenientList(z.object({
        id: z.string(), teamId: z.string().nullish(), locationId: z.string().nullish(),
        secondaryLocations: z.array(z.object({ locationId: z.string().nullish() })).nullish(),
      }), 'team posting'),
    }).nullable(),
  }),
});

const TEAMS_QUERY = `query ApiJobBoardWithTeams($organizationHostedJobsPageName: String!) {
  jobBoard: jobBoardWithTeams(organizationHostedJobsPageName: $organizationHostedJobsPageName) {
    teams { id name parentTeamId }
    jobPostings { id teamId locationId secondaryLocations { locationId } }
  }
}`;

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const segs = url.pathname.split('/').filter(Boolean);
  let raw: string | null = null;
  if (host === 'jobs.ashbyhq.com') raw = firstSegment(url);
  else if (host === 'api.ashbyhq.com' && segs[0] === 'posting-api' && segs[1] === 'job-board') raw = segs[2] ?? null;
  const token = boardToken(raw); // case-sensitive: kept as written
  return token ? { token, filter: filterFromUrl(url, ['includeCompensation', 'embed', 'version']) } : null;
}

// The embed script's own query (`?version=2`) is no filter; a page's `ashby_department_id` is carried by detection.
const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/(?:jobs|api)\.ashbyhq\.com\/[^"'\s<>]+/g, fromUrl);

async function fetchAshby(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('ashby', 'api.ashbyhq.com', `/posting-api/job-board/${encodeURIComponent(ref.token)}?includeCompensation=true`);
  const data = parseFeed(jobBoard, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const byTeam = ref.filter?.departmentId?.length || ref.filter?.locationId?.length ? await postingIdsByFilter(ref, ctx) : null;
  const employment = ref.filter?.employmentType;
  return data.jobs
    .filter((j) => j.isListed !== false)
    .filter((j) => !byTeam || (j.id != null && byTeam.has(j.id)))
    .filter((j) => !employment?.length || matchesAny(j.employmentType, employment))
    .map((j) => ({
      sourceId: j.id ?? null, title: j.title, url: j.jobUrl ?? `https://jobs.ashbyhq.com/${encodeURIComponent(ref.token)}/${j.id}`,
      location: joinPlaces([j.location, ...(j.secondaryLocations ?? []).map((l) => l.location)]),
      workplaceType: j.workplaceType ?? (j.isRemote ? 'Remote' : null), department: j.department ?? j.team ?? null,
      descriptionText: j.descriptionPlain ?? (j.descriptionHtml ? htmlToText(j.descriptionHtml) : null),
      publishedAt: dateMs(j.publishedAt), compensation: j.compensation?.compensationTierSummary ?? null,
    }));
}

/** Posting ids in the filtered teams (with their sub-teams) and locations. */
async function postingIdsByFilter(ref: BoardRef, ctx: ScrapeContext): Promise<Set<string>> {
  const url = ctx.http.atsUrl('ashby', 'jobs.ashbyhq.com', '/api/non-user-graphql?op=ApiJobBoardWithTeams');
  const body = { operationName: 'ApiJobBoardWithTeams', variables: { organizationHostedJobsPageName: ref.token }, query: TEAMS_QUERY };
  const board = parseFeed(teamsBoard, await ctx.http.postJson(url, body, { signal: ctx.signal }), url).data.jobBoard;
  if (!board) return new Set();
  const wantedTeams = ref.filter?.departmentId ?? [];
  const teams = withDescendants(wantedTeams, board.teams.flatMap((t) => (t.parentTeamId != null ? [[t.parentTeamId, t.id] as const] : [])));
  const locations = new Set(ref.filter?.locationId ?? []);
  return new Set(board.jobPostings
    .filter((p) => !wantedTeams.length || (p.teamId != null && teams.has(p.teamId)))
    .filter((p) => !locations.size || [p.locationId, ...(p.secondaryLocations ?? []).map((l) => l.locationId)].some((l) => l != null && locations.has(l)))
    .map((p) => p.id));
}

export const ashbySource: FeedSource = {
  kind: 'ashby', fromUrl, fromHtml, fetch: fetchAshby,
  filterParams: ['departmentId', 'locationId', 'employmentType'],
  // The Ashby embed reads these from the page's own query string.
  pageParams: { ashby_department_id: 'departmentId', ashby_location_id: 'locationId', departmentId: 'departmentId', locationId: 'locationId' },
};
