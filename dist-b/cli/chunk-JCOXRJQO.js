import {
  TimeoutError
} from "./chunk-ICS75TSL.js";

// dist/core/timeoutSignal.js
function timeoutSignal(ms, ...parents) {
  let controller;
  let ended = false;
  let reason;
  let timedOut = false;
  const listeners = [];
  const end = (why) => {
    if (ended)
      return;
    ended = true;
    reason = why;
    controller?.abort(why);
    for (const listener of listeners.splice(0))
      listener();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    end(new TimeoutError(`timed out after ${ms} ms`));
  }, ms);
  const parentListeners = [];
  for (const parent of parents) {
    if (!parent)
      continue;
    if (parent.aborted) {
      end(parent.reason);
      break;
    }
    const onAbort = () => end(parent.reason);
    parent.addEventListener("abort", onAbort, { once: true });
    parentListeners.push([parent, onAbort]);
  }
  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (ended)
          controller.abort(reason);
      }
      return controller.signal;
    },
    timedOut: () => timedOut,
    onEnd(listener) {
      if (ended)
        listener();
      else
        listeners.push(listener);
    },
    dispose() {
      clearTimeout(timer);
      listeners.length = 0;
      for (const [parent, onAbort] of parentListeners)
        parent.removeEventListener("abort", onAbort);
    }
  };
}

export {
  timeoutSignal
};
