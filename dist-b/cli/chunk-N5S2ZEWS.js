import {
  intervalMsForRank
} from "./chunk-DUZE2QZ6.js";

// dist/schedule/due.js
function nextDueAt(input) {
  if (input.lastSuccessAt === null)
    return input.trackedSince;
  return input.lastSuccessAt + intervalMsForRank(input.effectiveRank);
}
var STARVATION_INTERVALS = 2;

export {
  nextDueAt,
  STARVATION_INTERVALS
};
