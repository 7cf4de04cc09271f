// What every ATS reader shares: reading a feed's answer posting by posting against its documented shape
// (what is broken beside what a posting needs is left out and tallied as drift), dates, workplace words.

import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { RetryableError } from '../core/errors.js';
import { safeForMessage } from './urlSafety.js';

/** One kind of loss in a feed's answers: what was read (`posting`, or a filter's `department` …), the field (list entries as `[]`), how many, the first problem seen. */
export interface DriftEntry {
  of: string;
  field: string;
  count: number;
  problem: string;
}

/** What a feed's answers lost without failing the scrape. */
export interface FeedDrift {
  /** Entries kept with this field left empty. */
  emptied: DriftEntry[];
  /** Entries dropped: this field, which they cannot be without, was missing or broken. */
  dropped: DriftEntry[];
}

class DriftTally {
  readonly emptied = new Map<string, DriftEntry>();
  readonly dropped = new Map<string, DriftEntry>();
  note(kind: 'emptied' | 'dropped', entry: DriftEntry): void {
    const key = `${entry.of}\n${entry.field}`;
    const seen = this[kind].get(key);
    if (seen) seen.count += entry.count;
    else this[kind].set(key, { ...entry });
  }
  addAll(other: DriftTally): void {
    for (const kind of ['emptied', 'dropped'] as const) for (const e of other[kind].values()) this.note(kind, e);
  }
  report(): FeedDrift | null {
    if (!this.emptied.size && !this.dropped.size) return null;
    return { emptied: [...this.emptied.values()], dropped: [...this.dropped.values()] };
  }
}

/** The tally of the parseFeed running now: zod parses synchronously, so no other parse can interleave. */
let parsing: DriftTally | null = null;
/** The tally of the scrape a feed is read for (withFeedDrift), across its pages and awaits. */
const scrapeDrift = new AsyncLocalStorage<DriftTally>();

/**
 * The feed's answer as the schema says, or an `extraction_drift` error naming the first mismatch. Lists
 * read with lenientList (postingList) keep the entries they can; what they lost goes to the drift of the
 * scrape this parse is part of (withFeedDrift).
 */
export function parseFeed<S extends z.ZodType>(schema: S, data: unknown, url: string): z.output<S> {
  const tally = new DriftTally();
  const outer = parsing;
  parsing = tally;
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(data);
  } finally {
    parsing = outer;
  }
  if (result.success) {
    scrapeDrift.getStore()?.addAll(tally);
    return result.data;
  }
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new RetryableError('extraction_drift', `${safeForMessage(url)}: the feed's answer changed shape (${where}: ${issue?.message ?? 'invalid'})`);
}

/** Runs one feed's reading and returns, with its result, what its answers lost (null when nothing). */
export async function withFeedDrift<T>(read: () => Promise<T>): Promise<{ value: T; drift: FeedDrift | null }> {
  const tally = new DriftTally();
  const value = await scrapeDrift.run(tally, read);
  return { value, drift: tally.report() };
}

/** "2 postings kept without departments[].id (…); 1 posting dropped for lacking title (…)": for logs, status and doctor. */
export function describeDrift(drift: FeedDrift): string {
  const count = (e: DriftEntry) => `${e.count} ${e.of}${e.count === 1 ? '' : 's'}`;
  return [
    ...drift.emptied.map((e) => `${count(e)} kept without ${e.field} (${e.problem})`),
    ...drift.dropped.map((e) => `${count(e)} dropped for lacking ${e.field} (${e.problem})`),
  ].join('; ');
}

/**
 * Repairs tried on one entry part by part: each validates the entry once more. Beyond this, a broken field
 * is removed whole at once (an entry with 10,000 broken departments loses its departments in one step),
 * so the work on a hostile entry stays bounded by its schema's fields.
 */
const FINE_REPAIRS_PER_ENTRY = 32;

type Path = readonly PropertyKey[];
const fieldOf = (path: Path) => path.map((k) => (typeof k === 'number' ? '[]' : String(k))).join('.').replace(/\.\[\]/g, '[]') || '(the whole entry)';
const startsWith = (path: Path, prefix: Path) => prefix.every((k, i) => path[i] === k);

/**
 * `value` without the part at `path`, copied along the path (the answer itself is not changed); null when
 * that part cannot go: it is absent, or it is a list's only entry (then the list itself has to go).
 */
function without(value: unknown, path: Path): { value: unknown } | null {
  const [key, ...rest] = path;
  if (value === null || typeof value !== 'object' || key === undefined) return null;
  const container = value as Record<PropertyKey, unknown>;
  if (rest.length > 0) {
    const inner = without(container[key], rest);
    if (!inner) return null;
    return { value: Array.isArray(value) ? Object.assign([...value], { [key]: inner.value }) : { ...container, [key]: inner.value } };
  }
  if (Array.isArray(value)) return typeof key === 'number' && value.length > 1 ? { value: value.filter((_, i) => i !== key) } : null;
  if (!(key in container)) return null;
  const { [key]: _removed, ...others } = container;
  return { value: others };
}

type Repaired<T> = { ok: true; data: T; lost: { field: string; problem: string }[] } | { ok: false; field: string; problem: string };

/**
 * An entry as `item` says, with each broken part removed: the smallest one around the problem that may go
 * (an optional field, or one entry of a list that has others). A problem in what the schema requires
 * cannot be removed: the entry cannot be read.
 */
function repairEntry<T extends z.ZodType>(item: T, value: unknown): Repaired<z.output<T>> {
  let current = value;
  let result: z.ZodSafeParseResult<z.output<T>> = item.safeParse(current);
  const lost: { field: string; problem: string }[] = [];
  let tries = 0;
  while (!result.success) {
    const issue = result.error.issues[0]!;
    const found = { field: fieldOf(issue.path), problem: issue.message };
    let repaired: { value: unknown; result: z.ZodSafeParseResult<z.output<T>> } | null = null;
    const finest = tries < FINE_REPAIRS_PER_ENTRY ? issue.path.length : 1;
    for (let length = finest; length >= 1 && !repaired; length--) {
      const prefix = issue.path.slice(0, length);
      const candidate = without(current, prefix);
      if (!candidate) continue;
      tries++;
      const again = item.safeParse(candidate.value);
      // Still broken where the part was removed (a required key is now missing): try the part around it.
      if (again.success || !again.error.issues.some((i) => startsWith(i.path, prefix))) repaired = { value: candidate.value, result: again };
    }
    if (!repaired) return { ok: false, ...found };
    lost.push(found);
    current = repaired.value;
    result = repaired.result;
  }
  return { ok: true, data: result.data, lost };
}

/**
 * A list in a feed's answer whose entries are read one by one against `item`: what the schema requires is
 * what an entry cannot exist without; anything else that is broken is left out (the entry is kept), and
 * an entry whose required fields are broken is dropped, both noted as drift (parseFeed, withFeedDrift).
 * Only when no entry of a non-empty list can be read has the feed really changed shape: then the parse
 * fails (`extraction_drift`). `of` names the entries in drift notes.
 */
export function lenientList<T extends z.ZodType>(item: T, of: string) {
  return z.array(z.unknown()).transform((values, ctx) => {
    const kept: z.output<T>[] = [];
    let firstDropped: string | null = null;
    for (const value of values) {
      const entry = repairEntry(item, value);
      if (entry.ok) {
        kept.push(entry.data);
        for (const l of entry.lost) parsing?.note('emptied', { of, count: 1, ...l });
      } else {
        parsing?.note('dropped', { of, count: 1, field: entry.field, problem: entry.problem });
        firstDropped ??= `${entry.field}: ${entry.problem}`;
      }
    }
    if (values.length > 0 && kept.length === 0) {
      ctx.addIssue({ code: 'custom', message: `none of its ${values.length} ${of}s has what a ${of} needs (${firstDropped})` });
      return z.NEVER;
    }
    return kept;
  });
}

/**
 * The postings of a feed's answer (see lenientList): a posting requires its identity or link and its title,
 * as the reader's `item` schema says; every other field is optional there.
 */
export const postingList = <T extends z.ZodType>(item: T) => lenientList(item, 'posting');

/**
 * `item` (a posting's schema) needing its identity or its link, either will do (the reader builds the
 * other): `keys` are optional in `item`, and a posting with none of them is dropped.
 */
export const identityOrLink = <T extends z.ZodType>(item: T, ...keys: [string, ...string[]]) =>
  item.refine((posting) => keys.some((k) => {
    const value = (posting as Record<string, unknown>)[k];
    return value !== null && value !== undefined && value !== '';
  }), { message: `expected ${keys.join(' or ')}`, path: [keys[0]] });

/** How many entries a list in the raw answer had (`key` of an object, or the answer itself): paging goes by what was sent, not by what was kept. */
export function answered(data: unknown, key?: string): number {
  const list = key === undefined ? data : data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}

/**
 * The given ids and every id below them in a tree given as parent → child pairs (a filter's department
 * includes its sub-departments). Iterative and linear: a hostile board's chain of 100,000 levels is no recursion.
 */
export function withDescendants<K>(roots: Iterable<K>, edges: Iterable<readonly [parent: K, child: K]>): Set<K> {
  const children = new Map<K, K[]>();
  for (const [parent, child] of edges) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const out = new Set<K>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  return out;
}

export function dateMs(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Remote / Hybrid / On-site when a text (a location name, a metadata value) says so; null otherwise. */
export function workplaceFromText(...texts: (string | null | undefined)[]): string | null {
  const text = texts.filter(Boolean).join(' ');
  if (/\bhybrid\b/i.test(text)) return 'Hybrid';
  if (/\b(remote|remotely|work from home|wfh|telecommut\w*|anywhere)\b/i.test(text)) return 'Remote';
  if (/\b(on-?site|in[- ]office|office[- ]based|in[- ]person)\b/i.test(text)) return 'On-site';
  return null;
}

/** "50000–70000 EUR per year" from a salary object's parts; null without a minimum or maximum. */
export function salaryText(min: number | string | null | undefined, max: number | string | null | undefined, currency?: string | null, period?: string | null): string | null {
  const lo = min === null || min === undefined || min === '' ? null : String(min);
  const hi = max === null || max === undefined || max === '' ? null : String(max);
  if (!lo && !hi) return null;
  const range = lo && hi && lo !== hi ? `${lo}–${hi}` : (lo ?? hi)!;
  return [range, currency, period].filter(Boolean).join(' ');
}

export const joinPlaces = (places: (string | null | undefined)[]): string | null => {
  const unique = [...new Set(places.map((p) => p?.replace(/\s+/g, ' ').trim()).filter((p): p is string => Boolean(p)))];
  return unique.length ? unique.join('; ') : null;
};
