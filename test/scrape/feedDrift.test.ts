// Feeds that lose a field: a posting keeps what it cannot be without, loses what is broken beside it, and
// the loss is tallied as drift; only a list with no readable posting is a changed shape.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeDrift, identityOrLink, lenientList, parseFeed, postingList, withDescendants, withFeedDrift } from '../../src/scrape/feed.js';

const node = z.object({ id: z.number(), name: z.string().nullish() });
const board = z.object({
  total: z.number().nullish(),
  jobs: postingList(z.object({
    id: z.number(), title: z.string(), url: z.string(),
    location: z.object({ name: z.string().nullish() }).nullish(), departments: z.array(node).nullish(), content: z.string().nullish(),
  })),
});
const job = (id: number, extra: Record<string, unknown> = {}) => ({ id, title: `Job ${id}`, url: `https://x.example/${id}`, ...extra });
const read = (data: unknown) => withFeedDrift(async () => parseFeed(board, data, 'https://x.example/jobs'));

describe('a posting that lost a field beside what it needs', () => {
  it('is kept with that field empty, and the loss is tallied by field', async () => {
    const { value, drift } = await read({ jobs: [
      job(1, { departments: [{ name: 'Engineering' }] }), // a department without its id (the Greenhouse case)
      job(2, { departments: [{ id: 7, name: 'Sales' }, { id: 'x', name: 'Broken' }] }),
      job(3, { location: { name: 42 }, content: '<p>ok</p>' }),
      job(4, { departments: [{ name: 'Engineering' }] }),
    ] });
    expect(value.jobs.map((j) => j.id)).toEqual([1, 2, 3, 4]);
    expect(value.jobs[0]!.departments).toBeUndefined();
    expect(value.jobs[1]!.departments).toEqual([{ id: 7, name: 'Sales' }]); // the one broken entry of a list goes, the others stay
    expect(value.jobs[2]).toMatchObject({ location: {}, content: '<p>ok</p>' });
    expect(drift).toEqual({
      emptied: [
        { of: 'posting', field: 'departments[].id', count: 3, problem: expect.stringContaining('expected number') },
        { of: 'posting', field: 'location.name', count: 1, problem: expect.stringContaining('expected string') },
      ],
      dropped: [],
    });
    expect(describeDrift(drift!)).toMatch(/^3 postings kept without departments\[\]\.id \(.+\); 1 posting kept without location\.name \(.+\)$/);
  });

  it('a posting without its identity, link or title is dropped; the others are read', async () => {
    const { value, drift } = await read({ jobs: [job(1), { id: 2, url: 'https://x.example/2' }, job(3, { url: null })] });
    expect(value.jobs.map((j) => j.id)).toEqual([1]);
    expect(drift?.dropped.map((d) => [d.field, d.count])).toEqual([['title', 1], ['url', 1]]);
    expect(describeDrift(drift!)).toContain('1 posting dropped for lacking title');
  });

  it('a posting needs its identity or its link, either will do', async () => {
    const either = z.object({ jobs: postingList(identityOrLink(z.object({ id: z.number().nullish(), title: z.string(), url: z.string().nullish() }), 'id', 'url')) });
    const { value, drift } = await withFeedDrift(async () => parseFeed(either, { jobs: [
      { id: 1, title: 'Only an id' }, { title: 'Only a link', url: 'https://x.example/2' }, { title: 'Neither', url: '' }, { id: 'x', title: 'Broken id', url: 'https://x.example/4' },
    ] }, 'u'));
    expect(value.jobs.map((j) => j.title)).toEqual(['Only an id', 'Only a link', 'Broken id']);
    expect(drift).toEqual({
      emptied: [{ of: 'posting', field: 'id', count: 1, problem: expect.stringContaining('expected number') }],
      dropped: [{ of: 'posting', field: 'id', count: 1, problem: 'expected id or url' }],
    });
  });

  it('a list of which no posting can be read is a changed shape: extraction drift, naming the list and why', () => {
    expect(() => parseFeed(board, { jobs: [{ id: 1 }, { id: 2 }] }, 'https://x.example/jobs')).toThrow(
      expect.objectContaining({ kind: 'extraction_drift', message: expect.stringMatching(/jobs: none of its 2 postings has what a posting needs \(title: /) }));
    expect(() => parseFeed(board, { postings: [] }, 'https://x.example/jobs')).toThrow(expect.objectContaining({ kind: 'extraction_drift' }));
  });

  it('an empty board is no drift', async () => {
    expect(await read({ jobs: [] })).toEqual({ value: { jobs: [] }, drift: null });
  });

  it('the answer itself is left as it was', async () => {
    const answer = { jobs: [job(1, { departments: [{ name: 'Engineering' }] })] };
    const copy = structuredClone(answer);
    await read(answer);
    expect(answer).toEqual(copy);
  });

  it('a posting with thousands of broken entries loses the list in bounded steps and is kept', async () => {
    const broken = Array.from({ length: 20_000 }, () => ({ id: 'x' }));
    const { value, drift } = await read({ jobs: [job(1, { departments: [{ id: 1 }, ...broken] })] });
    expect(value.jobs[0]).toMatchObject({ id: 1, title: 'Job 1' });
    expect(value.jobs[0]!.departments).toBeUndefined();
    expect(drift?.emptied[0]).toMatchObject({ field: 'departments[].id' });
  });

  it('drift of a filter\'s entries is named after them; without a scrape to report to, nothing is kept', async () => {
    const tree = z.object({ departments: lenientList(node, 'department') });
    const { drift } = await withFeedDrift(async () => parseFeed(tree, { departments: [{ id: 1 }, { name: 'no id' }] }, 'https://x.example/d'));
    expect(describeDrift(drift!)).toMatch(/^1 department dropped for lacking id/);
    expect(parseFeed(tree, { departments: [{ id: 1 }, { name: 'no id' }] }, 'https://x.example/d')).toEqual({ departments: [{ id: 1 }] });
  });

  it('pages of one scrape add up; concurrent scrapes keep their own tally', async () => {
    const page = (n: number) => ({ jobs: [job(n, { location: { name: 1 } })] });
    const [a, b] = await Promise.all([
      withFeedDrift(async () => {
        parseFeed(board, page(1), 'u');
        await new Promise((r) => setTimeout(r, 5));
        parseFeed(board, page(2), 'u');
      }),
      withFeedDrift(async () => void parseFeed(board, { jobs: [job(3)] }, 'u')),
    ]);
    expect(a.drift?.emptied).toEqual([expect.objectContaining({ field: 'location.name', count: 2 })]);
    expect(b.drift).toBeNull();
  });
});

describe('trees of departments and teams', () => {
  it('a parent includes every descendant, walked without recursion however deep', () => {
    expect(withDescendants([1], [[1, 2], [2, 3], [4, 5], [3, 1]])).toEqual(new Set([1, 2, 3]));
    const chain = Array.from({ length: 200_000 }, (_, i) => [i, i + 1] as const);
    expect(withDescendants([0], chain).size).toBe(200_001);
  });
});
