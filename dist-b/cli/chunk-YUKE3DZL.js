// dist/core/clock.js
function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted)
      return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(ms, signal)
};
async function yieldTurn(signal) {
  await new Promise((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}

export {
  systemClock,
  yieldTurn
};
