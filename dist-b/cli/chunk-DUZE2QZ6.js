// dist/schedule/tiers.js
var DAY_MS = 864e5;
var RANK_TIERS = [
  { minRank: 81, maxRank: 100, intervalDays: 1 },
  { minRank: 61, maxRank: 80, intervalDays: 2 },
  { minRank: 31, maxRank: 60, intervalDays: 3 },
  { minRank: 11, maxRank: 30, intervalDays: 4 },
  { minRank: 1, maxRank: 10, intervalDays: 5 }
];
var MIN_RANK = 1;
var MAX_RANK = 100;
var LEGACY_PRIORITY_RANKS = { high: 90, medium: 50, low: 10 };
function isValidRank(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_RANK && value <= MAX_RANK;
}
function parseRank(input) {
  const accepted = `a whole number from ${MIN_RANK} to ${MAX_RANK}`;
  let value = input;
  if (typeof input === "string") {
    const trimmed = input.trim();
    value = /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  }
  if (isValidRank(value))
    return { ok: true, rank: value };
  return { ok: false, message: `rank must be ${accepted}, got ${JSON.stringify(input)}` };
}
function tierForRank(rank) {
  if (!isValidRank(rank))
    throw new RangeError(`rank must be a whole number from 1 to 100, got ${rank}`);
  const tier = RANK_TIERS.find((t) => rank >= t.minRank && rank <= t.maxRank);
  if (!tier)
    throw new RangeError(`no schedule tier covers rank ${rank}`);
  return tier;
}
function intervalMsForRank(rank) {
  return tierForRank(rank).intervalDays * DAY_MS;
}

export {
  DAY_MS,
  RANK_TIERS,
  LEGACY_PRIORITY_RANKS,
  parseRank,
  intervalMsForRank
};
