// Reposts, as rules: a posting that closed and came back under a new id with the same role and nearly the same
// text. Similarity is Jaccard over word triples of the first REPOST_TEXT_CHARS of the text. Pure.

import { roleKey } from '../core/text.js';

/** Only this much of a description is compared: the advert's substance comes first, and the cost stays bounded. */
export const REPOST_TEXT_CHARS = 8_000;
/** Word triples in common, as a share of all: from here on a new posting is the earlier one back (half its phrasing kept). */
export const REPOST_SIMILARITY = 0.5;
/**
 * Below this the text changed materially: a triple-based Jaccard loses about 3 triples per edited word, so
 * 0.85 lets a 400-word advert change some ten scattered words (a date, a requisition number, a sentence)
 * and still count as the same; a rewritten paragraph goes below.
 */
export const MATERIAL_SIMILARITY = 0.85;
/** A predecessor closed longer ago than this is a past hiring round: the role is announced as new. */
export const REPOST_WINDOW_MS = 90 * 86_400_000;

export interface RepostSide {
  title: string;
  location: string | null;
  workplaceType: string | null;
  compensation: string | null;
  descriptionText: string | null;
}

/** The words of a text, lower case, accents dropped, first REPOST_TEXT_CHARS only. */
const words = (text: string) => text.slice(0, REPOST_TEXT_CHARS).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function triples(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  // A text shorter than three words is one "triple" of what it has.
  if (w.length < 3) out.add(w.join(' '));
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Jaccard similarity of two texts' word triples, 0–1; two empty texts are the same (a page that lists titles only). */
export function textSimilarity(a: string | null, b: string | null): number {
  const x = triples(a ?? '');
  const y = triples(b ?? '');
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Spacing and case are not a change ("Berlin,  Germany" is "berlin, germany"). */
export const sameText = (a: string | null, b: string | null) => (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === (b ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The material changes of a repost, in words a digest can show; empty when it is the same advert. */
export function materialChanges(before: RepostSide, after: RepostSide, similarity: number): string[] {
  const changes: string[] = [];
  if (!sameText(before.location, after.location)) changes.push('location');
  if (!sameText(before.workplaceType, after.workplaceType)) changes.push('workplace');
  if (!sameText(before.compensation, after.compensation)) changes.push('pay');
  if (similarity < MATERIAL_SIMILARITY) changes.push('text');
  return changes;
}

export interface RepostCandidate extends RepostSide {
  id: number;
  /** The first posting of its chain (itself when it is not a repost). */
  rootId: number;
  closedAt: number | null;
}

/**
 * The earlier posting a new one is a repost of: the same role (roleKey: the level is part of it) and text at
 * least REPOST_SIMILARITY alike. Among several (one role in several cities), the one in the same place wins,
 * then the most alike, then the most recently closed (one taken down in this very scrape first). Null when none is.
 */
export function findPredecessor(posting: RepostSide, candidates: readonly RepostCandidate[]):
  { predecessor: RepostCandidate; similarity: number } | null {
  const role = roleKey(posting.title);
  let best: { predecessor: RepostCandidate; similarity: number; rank: number[] } | null = null;
  for (const c of candidates) {
    if (roleKey(c.title) !== role) continue;
    const similarity = textSimilarity(c.descriptionText, posting.descriptionText);
    if (similarity < REPOST_SIMILARITY) continue;
    const rank = [sameText(c.location, posting.location) ? 1 : 0, similarity, c.closedAt ?? Infinity];
    if (!best || isAhead(rank, best.rank)) best = { predecessor: c, similarity, rank };
  }
  return best && { predecessor: best.predecessor, similarity: best.similarity };
}

/** Lexicographic order of two rankings. */
function isAhead(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
