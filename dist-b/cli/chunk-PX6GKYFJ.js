// dist/tick/runner/stats.js
var emptyStats = () => ({
  claimed: 0,
  succeeded: 0,
  failed: 0,
  dead: 0,
  deferred: 0,
  failuresByKind: {},
  counters: {},
  stopReason: null,
  stopMessage: null,
  configError: null
});

export {
  emptyStats
};
