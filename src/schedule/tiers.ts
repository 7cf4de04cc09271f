// The rank → interval rule from SPEC "Schedule", as data plus pure helpers.
// Pure: no I/O. The SQL views are generated from RANK_TIERS so code and database cannot disagree.

export const DAY_MS = 86_400_000;

export interface RankTier {
  readonly minRank: number;
  readonly maxRank: number;
  readonly intervalDays: number;
}

/** Highest ranks first; covers 1–100 without gaps (checked by tests). */
export const RANK_TIERS: readonly RankTier[] = [
  { minRank: 81, maxRank: 100, intervalDays: 1 },
  { minRank: 61, maxRank: 80, intervalDays: 2 },
  { minRank: 31, maxRank: 60, intervalDays: 3 },
  { minRank: 11, maxRank: 30, intervalDays: 4 },
  { minRank: 1, maxRank: 10, intervalDays: 5 },
];

export const MIN_RANK = 1;
export const MAX_RANK = 100;

export const LEGACY_PRIORITY_RANKS = { high: 90, medium: 50, low: 10 } as const;
export type LegacyPriority = keyof typeof LEGACY_PRIORITY_RANKS;

export function isValidRank(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_RANK && value <= MAX_RANK;
}

/**
 * Parses a rank typed by a user or read from a file. Returns the rank or a message that says
 * what is accepted, so callers can name the field in their own error.
 */
export function parseRank(input: unknown): { ok: true; rank: number } | { ok: false; message: string } {
  const accepted = `a whole number from ${MIN_RANK} to ${MAX_RANK}`;
  let value: unknown = input;
  if (typeof input === 'string') {
    const trimmed = input.trim();
    value = /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  }
  if (isValidRank(value)) return { ok: true, rank: value };
  return { ok: false, message: `rank must be ${accepted}, got ${JSON.stringify(input)}` };
}

export function tierForRank(rank: number): RankTier {
  if (!isValidRank(rank)) throw new RangeError(`rank must be a whole number from 1 to 100, got ${rank}`);
  const tier = RANK_TIERS.find((t) => rank >= t.minRank && rank <= t.maxRank);
  if (!tier) throw new RangeError(`no schedule tier covers rank ${rank}`);
  return tier;
}

export function intervalMsForRank(rank: number): number {
  return tierForRank(rank).intervalDays * DAY_MS;
}

export function rankForLegacyPriority(priority: LegacyPriority): number {
  return LEGACY_PRIORITY_RANKS[priority];
}

/** A company's effective rank: the highest rank among the users tracking it; null when nobody does. */
export function effectiveRank(preferences: readonly { rank: number; tracking: boolean }[]): number | null {
  let best: number | null = null;
  for (const p of preferences) if (p.tracking && (best === null || p.rank > best)) best = p.rank;
  return best;
}
