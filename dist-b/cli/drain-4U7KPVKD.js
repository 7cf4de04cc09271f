import {
  emptyStats
} from "./chunk-PX6GKYFJ.js";
import {
  timeoutSignal
} from "./chunk-JCOXRJQO.js";
import {
  attemptLimitMs
} from "./chunk-KCNM2TMU.js";
import "./chunk-P3GHZZT5.js";
import {
  PermanentError,
  TimeoutError,
  classify
} from "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-4VNS5WPM.js";

// node_modules/eventemitter3/index.js
var require_eventemitter3 = __commonJS({
  "node_modules/eventemitter3/index.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    var prefix = "~";
    function Events() {
    }
    if (Object.create) {
      Events.prototype = /* @__PURE__ */ Object.create(null);
      if (!new Events().__proto__) prefix = false;
    }
    function EE(fn, context, once) {
      this.fn = fn;
      this.context = context;
      this.once = once || false;
    }
    function addListener(emitter, event, fn, context, once) {
      if (typeof fn !== "function") {
        throw new TypeError("The listener must be a function");
      }
      var listener = new EE(fn, context || emitter, once), evt = prefix ? prefix + event : event;
      if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
      else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
      else emitter._events[evt] = [emitter._events[evt], listener];
      return emitter;
    }
    function clearEvent(emitter, evt) {
      if (--emitter._eventsCount === 0) emitter._events = new Events();
      else delete emitter._events[evt];
    }
    function EventEmitter2() {
      this._events = new Events();
      this._eventsCount = 0;
    }
    EventEmitter2.prototype.eventNames = function eventNames() {
      var names = [], events, name;
      if (this._eventsCount === 0) return names;
      for (name in events = this._events) {
        if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
      }
      if (Object.getOwnPropertySymbols) {
        return names.concat(Object.getOwnPropertySymbols(events));
      }
      return names;
    };
    EventEmitter2.prototype.listeners = function listeners(event) {
      var evt = prefix ? prefix + event : event, handlers = this._events[evt];
      if (!handlers) return [];
      if (handlers.fn) return [handlers.fn];
      for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) {
        ee[i] = handlers[i].fn;
      }
      return ee;
    };
    EventEmitter2.prototype.listenerCount = function listenerCount(event) {
      var evt = prefix ? prefix + event : event, listeners = this._events[evt];
      if (!listeners) return 0;
      if (listeners.fn) return 1;
      return listeners.length;
    };
    EventEmitter2.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return false;
      var listeners = this._events[evt], len = arguments.length, args, i;
      if (listeners.fn) {
        if (listeners.once) this.removeListener(event, listeners.fn, void 0, true);
        switch (len) {
          case 1:
            return listeners.fn.call(listeners.context), true;
          case 2:
            return listeners.fn.call(listeners.context, a1), true;
          case 3:
            return listeners.fn.call(listeners.context, a1, a2), true;
          case 4:
            return listeners.fn.call(listeners.context, a1, a2, a3), true;
          case 5:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
          case 6:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
        }
        for (i = 1, args = new Array(len - 1); i < len; i++) {
          args[i - 1] = arguments[i];
        }
        listeners.fn.apply(listeners.context, args);
      } else {
        var length = listeners.length, j;
        for (i = 0; i < length; i++) {
          if (listeners[i].once) this.removeListener(event, listeners[i].fn, void 0, true);
          switch (len) {
            case 1:
              listeners[i].fn.call(listeners[i].context);
              break;
            case 2:
              listeners[i].fn.call(listeners[i].context, a1);
              break;
            case 3:
              listeners[i].fn.call(listeners[i].context, a1, a2);
              break;
            case 4:
              listeners[i].fn.call(listeners[i].context, a1, a2, a3);
              break;
            default:
              if (!args) for (j = 1, args = new Array(len - 1); j < len; j++) {
                args[j - 1] = arguments[j];
              }
              listeners[i].fn.apply(listeners[i].context, args);
          }
        }
      }
      return true;
    };
    EventEmitter2.prototype.on = function on(event, fn, context) {
      return addListener(this, event, fn, context, false);
    };
    EventEmitter2.prototype.once = function once(event, fn, context) {
      return addListener(this, event, fn, context, true);
    };
    EventEmitter2.prototype.removeListener = function removeListener(event, fn, context, once) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return this;
      if (!fn) {
        clearEvent(this, evt);
        return this;
      }
      var listeners = this._events[evt];
      if (listeners.fn) {
        if (listeners.fn === fn && (!once || listeners.once) && (!context || listeners.context === context)) {
          clearEvent(this, evt);
        }
      } else {
        for (var i = 0, events = [], length = listeners.length; i < length; i++) {
          if (listeners[i].fn !== fn || once && !listeners[i].once || context && listeners[i].context !== context) {
            events.push(listeners[i]);
          }
        }
        if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
        else clearEvent(this, evt);
      }
      return this;
    };
    EventEmitter2.prototype.removeAllListeners = function removeAllListeners(event) {
      var evt;
      if (event) {
        evt = prefix ? prefix + event : event;
        if (this._events[evt]) clearEvent(this, evt);
      } else {
        this._events = new Events();
        this._eventsCount = 0;
      }
      return this;
    };
    EventEmitter2.prototype.off = EventEmitter2.prototype.removeListener;
    EventEmitter2.prototype.addListener = EventEmitter2.prototype.on;
    EventEmitter2.prefixed = prefix;
    EventEmitter2.EventEmitter = EventEmitter2;
    if ("undefined" !== typeof module) {
      module.exports = EventEmitter2;
    }
  }
});

// dist/tick/drain.js
import { setMaxListeners } from "node:events";

// node_modules/eventemitter3/index.mjs
var import_index = __toESM(require_eventemitter3(), 1);

// node_modules/p-timeout/index.js
var TimeoutError2 = class _TimeoutError extends Error {
  name = "TimeoutError";
  constructor(message, options) {
    super(message, options);
    Error.captureStackTrace?.(this, _TimeoutError);
  }
};
var getAbortedReason = (signal) => signal.reason ?? new DOMException("This operation was aborted.", "AbortError");
function pTimeout(promise, options) {
  const {
    milliseconds,
    fallback,
    message,
    customTimers = { setTimeout, clearTimeout },
    signal
  } = options;
  let timer;
  let abortHandler;
  const wrappedPromise = new Promise((resolve, reject) => {
    if (typeof milliseconds !== "number" || Math.sign(milliseconds) !== 1) {
      throw new TypeError(`Expected \`milliseconds\` to be a positive number, got \`${milliseconds}\``);
    }
    if (signal?.aborted) {
      reject(getAbortedReason(signal));
      promise.then(resolve, reject);
      return;
    }
    if (signal) {
      abortHandler = () => {
        reject(getAbortedReason(signal));
      };
      signal.addEventListener("abort", abortHandler, { once: true });
    }
    promise.then(resolve, reject);
    if (milliseconds === Number.POSITIVE_INFINITY) {
      return;
    }
    const timeoutError = new TimeoutError2();
    timer = customTimers.setTimeout.call(void 0, () => {
      if (fallback) {
        try {
          resolve(fallback());
        } catch (error) {
          reject(error);
        }
        return;
      }
      if (typeof promise.cancel === "function") {
        promise.cancel();
      }
      if (message === false) {
        resolve();
      } else if (message instanceof Error) {
        reject(message);
      } else {
        timeoutError.message = message ?? `Promise timed out after ${milliseconds} milliseconds`;
        reject(timeoutError);
      }
    }, milliseconds);
  });
  const cancelablePromise = wrappedPromise.finally(() => {
    cancelablePromise.clear();
    if (abortHandler && signal) {
      signal.removeEventListener("abort", abortHandler);
    }
  });
  cancelablePromise.clear = () => {
    customTimers.clearTimeout.call(void 0, timer);
    timer = void 0;
  };
  return cancelablePromise;
}

// node_modules/p-queue/dist/lower-bound.js
function lowerBound(array, value, comparator) {
  let first = 0;
  let count = array.length;
  while (count > 0) {
    const step = Math.trunc(count / 2);
    let it = first + step;
    if (comparator(array[it], value) <= 0) {
      first = ++it;
      count -= step + 1;
    } else {
      count = step;
    }
  }
  return first;
}

// node_modules/p-queue/dist/priority-queue.js
var compactionThreshold = 100;
var PriorityQueue = class {
  #queue = [];
  // The queue is stored as a sorted array, but dequeued items are left before `#head` until compaction. Only items from `#head` onward are live, which keeps repeated dequeues amortized O(1).
  #head = 0;
  enqueue(run, options) {
    const { priority = 0, id } = options ?? {};
    const { size } = this;
    const element = {
      priority,
      id,
      run
    };
    if (size === 0) {
      this.#queue.length = 0;
      this.#head = 0;
      this.#queue.push(element);
      return;
    }
    if (this.#queue.at(-1).priority >= priority) {
      this.#queue.push(element);
      return;
    }
    this.#compact();
    const index = lowerBound(this.#queue, element, (a, b) => b.priority - a.priority);
    this.#queue.splice(index, 0, element);
  }
  setPriority(id, priority) {
    const index = this.#queue.findIndex((element, index2) => index2 >= this.#head && element.id === id);
    if (index === -1) {
      throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
    }
    const [item] = this.#queue.splice(index, 1);
    this.enqueue(item.run, { priority, id });
  }
  remove(idOrRun) {
    const index = this.#queue.findIndex((element, index2) => {
      if (index2 < this.#head) {
        return false;
      }
      if (typeof idOrRun === "string") {
        return element.id === idOrRun;
      }
      return element.run === idOrRun;
    });
    if (index !== -1) {
      this.#queue.splice(index, 1);
    }
  }
  dequeue() {
    if (this.#head === this.#queue.length) {
      return void 0;
    }
    const item = this.#queue[this.#head];
    this.#head++;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    } else if (this.#head > compactionThreshold && this.#head > this.#queue.length / 2) {
      this.#compact();
    }
    return item?.run;
  }
  filter(options) {
    const result = [];
    for (let index = this.#head; index < this.#queue.length; index++) {
      const element = this.#queue[index];
      if (element.priority === options.priority) {
        result.push(element.run);
      }
    }
    return result;
  }
  get size() {
    return this.#queue.length - this.#head;
  }
  #compact() {
    if (this.#head === 0) {
      return;
    }
    this.#queue.splice(0, this.#head);
    this.#head = 0;
  }
};

// node_modules/p-queue/dist/index.js
var PQueue = class extends import_index.default {
  #carryoverIntervalCount;
  #isIntervalIgnored;
  #intervalCount = 0;
  #intervalCap;
  #rateLimitedInInterval = false;
  #rateLimitFlushScheduled = false;
  #interval;
  /*
  Timestamp when the current interval window ends. Kept accurate at every window transition: `#initializeIntervalIfNeeded` sets it when a window starts and `#onInterval` advances it as the recurring timer rolls into each new window. This is the source of truth for whether a task added after the queue goes idle belongs to a fresh window, so it must not go stale.
  */
  #intervalEnd = 0;
  // Recurring timer that drives windows while the queue is actively processing. Absent (`undefined`) once the queue goes idle.
  #intervalId;
  // One-shot timer used while idle to resume at the next window boundary, since `#intervalId` is cleared when idle.
  #timeoutId;
  #strict;
  // Circular buffer implementation for better performance
  #strictTicks = [];
  #strictTicksStartIndex = 0;
  #queue;
  #queueClass;
  #pending = 0;
  // The `!` is needed because of https://github.com/microsoft/TypeScript/issues/32194
  #concurrency;
  #isPaused;
  // Use to assign a unique identifier to a promise function, if not explicitly specified
  #idAssigner = 1n;
  // Track currently running tasks for debugging
  #runningTasks = /* @__PURE__ */ new Map();
  #queueAbortListenerCleanupFunctions = /* @__PURE__ */ new Set();
  /**
      Get or set the default timeout for all tasks. Can be changed at runtime.
  
      Operations will throw a `TimeoutError` if they don't complete within the specified time.
  
      The timeout begins when the operation is dequeued and starts execution, not while it's waiting in the queue.
  
      @example
      ```
      const queue = new PQueue({timeout: 5000});
  
      // Change timeout for all future tasks
      queue.timeout = 10000;
      ```
      */
  timeout;
  constructor(options) {
    super();
    options = {
      carryoverIntervalCount: false,
      intervalCap: Number.POSITIVE_INFINITY,
      interval: 0,
      concurrency: Number.POSITIVE_INFINITY,
      autoStart: true,
      queueClass: PriorityQueue,
      strict: false,
      ...options
    };
    if (!(typeof options.intervalCap === "number" && options.intervalCap >= 1)) {
      throw new TypeError(`Expected \`intervalCap\` to be a number from 1 and up, got \`${options.intervalCap?.toString() ?? ""}\` (${typeof options.intervalCap})`);
    }
    if (options.interval === void 0 || !(Number.isFinite(options.interval) && options.interval >= 0)) {
      throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${options.interval?.toString() ?? ""}\` (${typeof options.interval})`);
    }
    if (options.strict && options.interval === 0) {
      throw new TypeError("The `strict` option requires a non-zero `interval`");
    }
    if (options.strict && options.intervalCap === Number.POSITIVE_INFINITY) {
      throw new TypeError("The `strict` option requires a finite `intervalCap`");
    }
    this.#carryoverIntervalCount = options.carryoverIntervalCount ?? options.carryoverConcurrencyCount ?? false;
    this.#isIntervalIgnored = options.intervalCap === Number.POSITIVE_INFINITY || options.interval === 0;
    this.#intervalCap = options.intervalCap;
    this.#interval = options.interval;
    this.#strict = options.strict;
    this.#queue = new options.queueClass();
    this.#queueClass = options.queueClass;
    this.concurrency = options.concurrency;
    if (options.timeout !== void 0 && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
      throw new TypeError(`Expected \`timeout\` to be a positive finite number, got \`${options.timeout}\` (${typeof options.timeout})`);
    }
    this.timeout = options.timeout;
    this.#isPaused = options.autoStart === false;
    this.#setupRateLimitTracking();
  }
  #cleanupStrictTicks(now) {
    while (this.#strictTicksStartIndex < this.#strictTicks.length) {
      const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
      if (oldestTick !== void 0 && now - oldestTick >= this.#interval) {
        this.#strictTicksStartIndex++;
      } else {
        break;
      }
    }
    const shouldCompact = this.#strictTicksStartIndex > 100 && this.#strictTicksStartIndex > this.#strictTicks.length / 2 || this.#strictTicksStartIndex === this.#strictTicks.length;
    if (shouldCompact) {
      this.#strictTicks = this.#strictTicks.slice(this.#strictTicksStartIndex);
      this.#strictTicksStartIndex = 0;
    }
  }
  // Helper methods for interval consumption
  #consumeIntervalSlot(now) {
    if (this.#strict) {
      this.#strictTicks.push(now);
    } else {
      this.#intervalCount++;
    }
  }
  #rollbackIntervalSlot() {
    if (this.#strict) {
      if (this.#strictTicks.length > this.#strictTicksStartIndex) {
        this.#strictTicks.pop();
      }
    } else if (this.#intervalCount > 0) {
      this.#intervalCount--;
    }
  }
  #getActiveTicksCount() {
    return this.#strictTicks.length - this.#strictTicksStartIndex;
  }
  get #doesIntervalAllowAnother() {
    if (this.#isIntervalIgnored) {
      return true;
    }
    if (this.#strict) {
      return this.#getActiveTicksCount() < this.#intervalCap;
    }
    return this.#intervalCount < this.#intervalCap;
  }
  get #doesConcurrentAllowAnother() {
    return this.#pending < this.#concurrency;
  }
  #next() {
    this.#pending--;
    if (this.#pending === 0) {
      this.emit("pendingZero");
    }
    this.#tryToStartAnother();
    this.emit("next");
  }
  #onResumeInterval() {
    this.#timeoutId = void 0;
    this.#onInterval();
    this.#initializeIntervalIfNeeded();
  }
  #isIntervalPausedAt(now) {
    if (this.#strict) {
      this.#cleanupStrictTicks(now);
      const activeTicksCount = this.#getActiveTicksCount();
      if (activeTicksCount >= this.#intervalCap) {
        const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
        const delay = this.#interval - (now - oldestTick);
        this.#createIntervalTimeout(delay);
        return true;
      }
      return false;
    }
    if (this.#intervalId === void 0) {
      const delay = this.#intervalEnd - now;
      if (delay < 0) {
        this.#intervalCount = this.#carryoverIntervalCount ? this.#pending : 0;
      } else {
        this.#createIntervalTimeout(delay);
        return true;
      }
    }
    return false;
  }
  #createIntervalTimeout(delay) {
    if (this.#timeoutId !== void 0) {
      return;
    }
    this.#timeoutId = setTimeout(() => {
      this.#onResumeInterval();
    }, delay);
  }
  #clearIntervalTimer() {
    if (this.#intervalId) {
      clearInterval(this.#intervalId);
      this.#intervalId = void 0;
    }
  }
  #clearTimeoutTimer() {
    if (this.#timeoutId) {
      clearTimeout(this.#timeoutId);
      this.#timeoutId = void 0;
    }
  }
  #tryToStartAnother() {
    if (this.#queue.size === 0) {
      this.#clearIntervalTimer();
      this.emit("empty");
      if (this.#pending === 0) {
        this.#clearTimeoutTimer();
        if (this.#strict && this.#strictTicksStartIndex > 0) {
          const now = Date.now();
          this.#cleanupStrictTicks(now);
        }
        this.emit("idle");
      }
      return false;
    }
    let taskStarted = false;
    if (!this.#isPaused) {
      const now = Date.now();
      const canInitializeInterval = !this.#isIntervalPausedAt(now);
      if (this.#doesIntervalAllowAnother && this.#doesConcurrentAllowAnother) {
        const job = this.#queue.dequeue();
        if (!this.#isIntervalIgnored) {
          this.#consumeIntervalSlot(now);
          this.#scheduleRateLimitUpdate();
        }
        if (canInitializeInterval) {
          this.#initializeIntervalIfNeeded();
        }
        job();
        this.emit("active");
        taskStarted = true;
      }
    }
    return taskStarted;
  }
  #initializeIntervalIfNeeded() {
    if (this.#isIntervalIgnored || this.#intervalId !== void 0) {
      return;
    }
    if (this.#strict) {
      return;
    }
    this.#intervalId = setInterval(() => {
      this.#onInterval();
    }, this.#interval);
    this.#intervalEnd = Date.now() + this.#interval;
  }
  #onInterval() {
    if (!this.#strict) {
      if (this.#intervalId !== void 0) {
        if (this.#intervalCount === 0 && this.#pending === 0) {
          this.#clearIntervalTimer();
        } else {
          this.#intervalEnd = Date.now() + this.#interval;
        }
      }
      this.#intervalCount = this.#carryoverIntervalCount ? this.#pending : 0;
    }
    this.#processQueue();
    this.#scheduleRateLimitUpdate();
  }
  /**
  Executes all queued functions until it reaches the limit.
  */
  #processQueue() {
    while (this.#tryToStartAnother()) {
    }
  }
  get concurrency() {
    return this.#concurrency;
  }
  set concurrency(newConcurrency) {
    if (!(typeof newConcurrency === "number" && newConcurrency >= 1)) {
      throw new TypeError(`Expected \`concurrency\` to be a number from 1 and up, got \`${newConcurrency}\` (${typeof newConcurrency})`);
    }
    this.#concurrency = newConcurrency;
    this.#processQueue();
  }
  /**
      Updates the priority of a promise function by its id, affecting its execution order. Requires a defined concurrency limit to take effect.
  
      For example, this can be used to prioritize a promise function to run earlier.
  
      ```js
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 0, id: '🦀'});
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 1});
  
      queue.setPriority('🦀', 2);
      ```
  
      In this case, the promise function with `id: '🦀'` runs second.
  
      You can also deprioritize a promise function to delay its execution:
  
      ```js
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 1, id: '🦀'});
      queue.add(async () => '🦄');
      queue.add(async () => '🦄', {priority: 0});
  
      queue.setPriority('🦀', -1);
      ```
      Here, the promise function with `id: '🦀'` executes last.
      */
  setPriority(id, priority) {
    if (typeof priority !== "number" || !Number.isFinite(priority)) {
      throw new TypeError(`Expected \`priority\` to be a finite number, got \`${priority}\` (${typeof priority})`);
    }
    this.#queue.setPriority(id, priority);
  }
  async add(function_, options = {}) {
    options = {
      timeout: this.timeout,
      ...options,
      // Assign unique ID if not provided
      id: options.id ?? (this.#idAssigner++).toString()
    };
    if (options.timeout !== void 0 && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
      throw new TypeError(`Expected \`timeout\` to be a positive finite number, got \`${options.timeout}\` (${typeof options.timeout})`);
    }
    return new Promise((resolve, reject) => {
      const taskSymbol = Symbol(`task-${options.id}`);
      let cleanupQueueAbortHandler = () => void 0;
      const run = async () => {
        cleanupQueueAbortHandler();
        this.#pending++;
        this.#runningTasks.set(taskSymbol, {
          id: options.id,
          priority: options.priority ?? 0,
          // Match priority-queue default
          startTime: Date.now(),
          timeout: options.timeout
        });
        let eventListener;
        try {
          try {
            options.signal?.throwIfAborted();
          } catch (error) {
            this.#rollbackIntervalConsumption();
            this.#runningTasks.delete(taskSymbol);
            throw error;
          }
          let operation = function_({ signal: options.signal });
          if (options.timeout !== void 0) {
            operation = pTimeout(Promise.resolve(operation), {
              milliseconds: options.timeout,
              message: `Task timed out after ${options.timeout}ms (queue has ${this.#pending} running, ${this.#queue.size} waiting)`
            });
          }
          if (options.signal) {
            const { signal } = options;
            operation = Promise.race([operation, new Promise((_resolve, reject2) => {
              eventListener = () => {
                reject2(signal.reason);
              };
              signal.addEventListener("abort", eventListener, { once: true });
              if (signal.aborted) {
                eventListener();
              }
            })]);
          }
          const result = await operation;
          resolve(result);
          this.emit("completed", result);
        } catch (error) {
          reject(error);
          this.emit("error", error);
        } finally {
          if (eventListener) {
            options.signal?.removeEventListener("abort", eventListener);
          }
          this.#runningTasks.delete(taskSymbol);
          queueMicrotask(() => {
            this.#next();
          });
        }
      };
      this.#queue.enqueue(run, options);
      const removeQueuedTask = () => {
        if (this.#queue instanceof PriorityQueue) {
          this.#queue.remove(run);
          return;
        }
        this.#queue.remove?.(options.id);
      };
      if (options.signal) {
        const { signal } = options;
        const queueAbortHandler = () => {
          cleanupQueueAbortHandler();
          removeQueuedTask();
          reject(signal.reason);
          this.#tryToStartAnother();
          this.emit("next");
        };
        cleanupQueueAbortHandler = () => {
          signal.removeEventListener("abort", queueAbortHandler);
          this.#queueAbortListenerCleanupFunctions.delete(cleanupQueueAbortHandler);
        };
        if (signal.aborted) {
          queueAbortHandler();
          return;
        }
        signal.addEventListener("abort", queueAbortHandler, { once: true });
        this.#queueAbortListenerCleanupFunctions.add(cleanupQueueAbortHandler);
      }
      this.emit("add");
      this.#tryToStartAnother();
    });
  }
  async addAll(functions, options) {
    return Promise.all(functions.map(async (function_) => this.add(function_, options)));
  }
  /**
  Start (or resume) executing enqueued tasks within concurrency limit. No need to call this if queue is not paused (via `options.autoStart = false` or by `.pause()` method.)
  */
  start() {
    if (!this.#isPaused) {
      return this;
    }
    this.#isPaused = false;
    this.#processQueue();
    return this;
  }
  /**
  Put queue execution on hold.
  */
  pause() {
    this.#isPaused = true;
  }
  /**
  Clear the queue.
  */
  clear() {
    for (const cleanupQueueAbortHandler of this.#queueAbortListenerCleanupFunctions) {
      cleanupQueueAbortHandler();
    }
    this.#queue = new this.#queueClass();
    this.#clearIntervalTimer();
    this.#updateRateLimitState();
    this.emit("empty");
    if (this.#pending === 0) {
      this.#clearTimeoutTimer();
      this.emit("idle");
    }
    this.emit("next");
  }
  /**
      Can be called multiple times. Useful if you for example add additional items at a later time.
  
      @returns A promise that settles when the queue becomes empty.
      */
  async onEmpty() {
    if (this.#queue.size === 0) {
      return;
    }
    await this.#onEvent("empty");
  }
  /**
      @returns A promise that settles when the queue size is less than the given limit: `queue.size < limit`.
  
      If you want to avoid having the queue grow beyond a certain size you can `await queue.onSizeLessThan()` before adding a new item.
  
      Note that this only limits the number of items waiting to start. There could still be up to `concurrency` jobs already running that this call does not include in its calculation.
      */
  async onSizeLessThan(limit) {
    if (this.#queue.size < limit) {
      return;
    }
    await this.#onEvent(["next", "active"], () => this.#queue.size < limit);
  }
  /**
      The difference with `.onEmpty` is that `.onIdle` guarantees that all work from the queue has finished. `.onEmpty` merely signals that the queue is empty, but it could mean that some promises haven't completed yet.
  
      @returns A promise that settles when the queue becomes empty, and all promises have completed; `queue.size === 0 && queue.pending === 0`.
      */
  async onIdle() {
    if (this.#pending === 0 && this.#queue.size === 0) {
      return;
    }
    await this.#onEvent("idle");
  }
  /**
      The difference with `.onIdle` is that `.onPendingZero` only waits for currently running tasks to finish, ignoring queued tasks.
  
      @returns A promise that settles when all currently running tasks have completed; `queue.pending === 0`.
      */
  async onPendingZero() {
    if (this.#pending === 0) {
      return;
    }
    await this.#onEvent("pendingZero");
  }
  /**
  @returns A promise that settles when the queue becomes rate-limited due to intervalCap.
  */
  async onRateLimit() {
    if (this.isRateLimited) {
      return;
    }
    await this.#onEvent("rateLimit");
  }
  /**
  @returns A promise that settles when the queue is no longer rate-limited.
  */
  async onRateLimitCleared() {
    if (!this.isRateLimited) {
      return;
    }
    await this.#onEvent("rateLimitCleared");
  }
  /**
      @returns A promise that rejects when any task in the queue errors.
  
      Use with `Promise.race([queue.onError(), queue.onIdle()])` to fail fast on the first error while still resolving normally when the queue goes idle.
  
      Important: The promise returned by `add()` still rejects. You must handle each `add()` promise (for example, `.catch(() => {})`) to avoid unhandled rejections.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      queue.add(() => fetchData(1)).catch(() => {});
      queue.add(() => fetchData(2)).catch(() => {});
      queue.add(() => fetchData(3)).catch(() => {});
  
      // Stop processing on first error
      try {
          await Promise.race([
              queue.onError(),
              queue.onIdle()
          ]);
      } catch (error) {
          queue.pause(); // Stop processing remaining tasks
          console.error('Queue failed:', error);
      }
      ```
      */
  // eslint-disable-next-line @typescript-eslint/promise-function-async
  onError() {
    return new Promise((_resolve, reject) => {
      const handleError = (error) => {
        this.off("error", handleError);
        reject(error);
      };
      this.on("error", handleError);
    });
  }
  async #onEvent(events, filter) {
    const eventList = Array.isArray(events) ? events : [events];
    return new Promise((resolve) => {
      const listener = () => {
        if (filter && !filter()) {
          return;
        }
        for (const event of eventList) {
          this.off(event, listener);
        }
        resolve();
      };
      for (const event of eventList) {
        this.on(event, listener);
      }
    });
  }
  /**
  Size of the queue, the number of queued items waiting to run.
  */
  get size() {
    return this.#queue.size;
  }
  /**
      Size of the queue, filtered by the given options.
  
      For example, this can be used to find the number of items remaining in the queue with a specific priority level.
      */
  sizeBy(options) {
    return this.#queue.filter(options).length;
  }
  /**
  Number of running items (no longer in the queue).
  */
  get pending() {
    return this.#pending;
  }
  /**
  Whether the queue is currently paused.
  */
  get isPaused() {
    return this.#isPaused;
  }
  #setupRateLimitTracking() {
    if (this.#isIntervalIgnored) {
      return;
    }
    this.on("add", () => {
      if (this.#queue.size > 0) {
        this.#scheduleRateLimitUpdate();
      }
    });
    this.on("next", () => {
      this.#scheduleRateLimitUpdate();
    });
  }
  #scheduleRateLimitUpdate() {
    if (this.#isIntervalIgnored || this.#rateLimitFlushScheduled) {
      return;
    }
    this.#rateLimitFlushScheduled = true;
    queueMicrotask(() => {
      this.#rateLimitFlushScheduled = false;
      this.#updateRateLimitState();
    });
  }
  #rollbackIntervalConsumption() {
    if (this.#isIntervalIgnored) {
      return;
    }
    this.#rollbackIntervalSlot();
    this.#scheduleRateLimitUpdate();
  }
  #updateRateLimitState() {
    const previous = this.#rateLimitedInInterval;
    if (this.#isIntervalIgnored || this.#queue.size === 0) {
      if (previous) {
        this.#rateLimitedInInterval = false;
        this.emit("rateLimitCleared");
      }
      return;
    }
    let count;
    if (this.#strict) {
      const now = Date.now();
      this.#cleanupStrictTicks(now);
      count = this.#getActiveTicksCount();
    } else {
      count = this.#intervalCount;
    }
    const shouldBeRateLimited = count >= this.#intervalCap;
    if (shouldBeRateLimited !== previous) {
      this.#rateLimitedInInterval = shouldBeRateLimited;
      this.emit(shouldBeRateLimited ? "rateLimit" : "rateLimitCleared");
    }
  }
  /**
  Whether the queue is currently rate-limited due to intervalCap.
  */
  get isRateLimited() {
    return this.#rateLimitedInInterval;
  }
  /**
      Whether the queue is saturated. Returns `true` when:
      - All concurrency slots are occupied and tasks are waiting, OR
      - The queue is rate-limited and tasks are waiting
  
      Useful for detecting backpressure and potential hanging tasks.
  
      ```js
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Backpressure handling
      if (queue.isSaturated) {
          console.log('Queue is saturated, waiting for capacity...');
          await queue.onSizeLessThan(queue.concurrency);
      }
  
      // Monitoring for stuck tasks
      setInterval(() => {
          if (queue.isSaturated) {
              console.warn(`Queue saturated: ${queue.pending} running, ${queue.size} waiting`);
          }
      }, 60000);
      ```
      */
  get isSaturated() {
    return this.#pending === this.#concurrency && this.#queue.size > 0 || this.isRateLimited && this.#queue.size > 0;
  }
  /**
      The tasks currently being executed. Each task includes its `id`, `priority`, `startTime`, `timeout` (if set), and `timeoutRemaining` (milliseconds until the task times out, or `undefined` if no timeout is set).
  
      Returns an array of task info objects.
  
      ```js
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2, timeout: 10000});
  
      // Add tasks with IDs for better debugging
      queue.add(() => fetchUser(123), {id: 'user-123'});
      queue.add(() => fetchPosts(456), {id: 'posts-456', priority: 1});
  
      // Check what's running
      console.log(queue.runningTasks);
      // => [{
      //   id: 'user-123',
      //   priority: 0,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 9700
      // }, {
      //   id: 'posts-456',
      //   priority: 1,
      //   startTime: 1759253001916,
      //   timeout: 10000,
      //   timeoutRemaining: 9900
      // }]
      ```
      */
  get runningTasks() {
    return [...this.#runningTasks.values()].map((task) => ({
      ...task,
      timeoutRemaining: task.timeout ? Math.max(0, task.startTime + task.timeout - Date.now()) : void 0
    }));
  }
};

// dist/tick/runner/attempt.js
var NO_KIND_LIMIT_MS = 1;
function taskRef(task) {
  return { id: task.id, kind: task.kind, companyId: task.companyId, userId: task.userId, priority: task.priority, attempts: task.attempts, maxAttempts: task.maxAttempts };
}
var limitFor = (kind, deadline) => attemptLimitMs(kind?.timeoutMs ?? NO_KIND_LIMIT_MS, deadline);
async function runAttempt(kind, task, env) {
  const limitMs = limitFor(kind, env.deadline);
  const limit = timeoutSignal(limitMs, env.stop);
  try {
    if (!kind)
      throw new PermanentError("no_handler", `no handler is registered for task kind "${task.kind}"`);
    const payload = kind.payloadSchema.parse(task.payload);
    if (!payload.ok)
      throw new PermanentError("invalid_payload", `invalid ${task.kind} payload: ${payload.message}`);
    let tagged;
    const ctx = {
      task: taskRef(task),
      payload: payload.value,
      clock: env.clock,
      enqueue: env.enqueue,
      park: env.park,
      // Both made when the handler first asks: each costs more than a short task's own work.
      get signal() {
        return limit.signal;
      },
      get log() {
        return tagged ??= env.log.withTag(`${task.kind}#${task.id}`);
      }
    };
    const result = await Promise.race([
      kind.run(ctx),
      new Promise((_, reject) => limit.onEnd(() => reject(limit.timedOut() && !env.stop.aborted ? new TimeoutError(`attempt timed out after ${limitMs} ms`) : new Error(`tick stopping (${String(env.stop.reason)})`))))
    ]);
    return { ok: true, result };
  } catch (err) {
    const stopping = env.stop.aborted && !limit.timedOut();
    return { ok: false, error: classify(err, stopping, env.secrets) };
  } finally {
    limit.dispose();
  }
}

// dist/tick/runner/groupCommit.js
function groupCommit(transaction, log, onFailed) {
  let pending = [];
  let flushing = null;
  const flush = () => {
    const group = pending;
    pending = [];
    flushing = null;
    try {
      transaction(() => {
        for (const { write } of group) {
          try {
            write();
          } catch (err) {
            if (err.name === "SqliteError")
              throw err;
            log.error("internal error while recording an outcome:", err);
          }
        }
      });
    } catch (err) {
      onFailed(group.map((g) => g.item), err);
    }
  };
  return {
    add(item, write) {
      pending.push({ item, write });
      flushing ??= new Promise((resolve) => setImmediate(() => {
        flush();
        resolve();
      }));
      return flushing;
    }
  };
}

// dist/tick/runner/loop.js
async function claimLoop(d) {
  const launch = (task) => {
    d.slots.taken();
    return d.start(task).finally(() => d.slots.released());
  };
  while (!d.stop.aborted) {
    const free = d.slots.free();
    if (free === 0) {
      await d.slots.changed(d.stop);
      continue;
    }
    if (d.deadline.remainingMs() < d.longestAttemptMs)
      return "budget";
    const claim = { nowMs: d.now(), runId: d.runId, kind: d.kind };
    const tasks = d.queue.claimMany(free, claim);
    if (tasks.length > 0) {
      for (const task of tasks)
        launch(task);
      continue;
    }
    if (d.slots.busy > 0) {
      await d.slots.changed(d.stop);
      continue;
    }
    const suspect = d.queue.claim({ ...claim, suspect: true });
    if (!suspect)
      return "empty";
    d.log.warn(`running ${suspect.kind} #${suspect.id} alone: its last tick died while running it`);
    await launch(suspect);
  }
  return "stopped";
}

// dist/tick/runner/handBack.js
import { performance } from "node:perf_hooks";
var HAND_BACK_WINDOW_MS = 3e4;
async function handBackWhenFree(queue, clock, log, tasks) {
  const until = performance.now() + HAND_BACK_WINDOW_MS;
  const why = { kind: "database", disposition: "fatal", message: "the database was locked by another writer; handed back", blamesCompany: false };
  for (let tryNo = 1; ; tryNo++) {
    try {
      let handed = 0;
      queue.batch(() => {
        for (const task of tasks)
          if (queue.release(task, clock.now(), why))
            handed++;
      });
      log.info(`handed back ${handed} task(s) once the database was free again`);
      return handed;
    } catch (err) {
      if (performance.now() >= until) {
        log.error(`could not hand back ${tasks.length} task(s) within ${HAND_BACK_WINDOW_MS / 1e3} s; the next tick will recover them:`, err);
        return 0;
      }
      if (tryNo === 1)
        log.warn(`the database is locked by another writer; handing ${tasks.length} task(s) back as soon as it is free`);
      await new Promise((resolve) => setTimeout(resolve, 1e3));
    }
  }
}

// dist/tick/runner/networkGate.js
var NETWORK_DOWN_AFTER = 3;
var NetworkGate = class {
  downAfter;
  proven = false;
  held = [];
  constructor(downAfter = NETWORK_DOWN_AFTER) {
    this.downAfter = downAfter;
  }
  /** A site-reaching attempt succeeded: the network works. Returns the held failures, to be recorded now. */
  reached() {
    this.proven = true;
    return this.held.splice(0);
  }
  /**
   * Offers a site-reaching network failure. Held (true) while the network is unproven; false once it is
   * proven, when the failure is the company's like any other.
   */
  hold(failure) {
    if (this.proven)
      return false;
    this.held.push(failure);
    return true;
  }
  /** Enough failures held, none reached: the network looks down. */
  looksDown() {
    return !this.proven && this.held.length >= this.downAfter;
  }
  get heldCount() {
    return this.held.length;
  }
  /** At the end of the tick: what is still held is handed back, blaming nobody. */
  takeHeld() {
    return this.held.splice(0);
  }
};

// dist/tick/runner/outcomes.js
var CONFIG_RETRY_MS = 15 * 6e4;
var Outcomes = class {
  queue;
  kinds;
  clock;
  log;
  stats;
  commits;
  requestStop;
  gate = new NetworkGate();
  constructor(queue, kinds, clock, log, stats, commits, requestStop) {
    this.queue = queue;
    this.kinds = kinds;
    this.clock = clock;
    this.log = log;
    this.stats = stats;
    this.commits = commits;
    this.requestStop = requestStop;
  }
  /** Records the attempt's end with the next group of outcomes. */
  settle(task, end) {
    return this.commits.add(task, () => end.ok ? this.succeeded(task, end.result ?? void 0) : this.failed(task, end.error));
  }
  succeeded(task, result) {
    const kind = this.kinds[task.kind];
    if (kind?.reachesSites)
      for (const held of this.gate.reached())
        this.fail(held.task, held.error);
    if (!this.queue.complete(task, this.clock.now(), { detail: result?.detail, onOutcome: kind?.onOutcome }))
      return;
    this.stats.succeeded++;
    for (const [name, n] of Object.entries(result?.counters ?? {}))
      this.stats.counters[name] = (this.stats.counters[name] ?? 0) + n;
    this.log.debug(`${task.kind} #${task.id} succeeded`);
  }
  failed(task, c) {
    const now = this.clock.now();
    switch (c.disposition) {
      case "retry":
      case "permanent":
        if (c.kind === "network" && this.kinds[task.kind]?.reachesSites && this.gate.hold({ task, error: c })) {
          this.log.info(`${task.kind} #${task.id}: ${c.message} (held until the network is known to work)`);
          if (this.gate.looksDown()) {
            this.requestStop("unavailable", `${this.gate.heldCount} companies in a row were unreachable and none reachable: the network looks down`);
          }
          return;
        }
        return this.fail(task, c);
      case "config":
        if (this.queue.snooze(task, now, now + CONFIG_RETRY_MS, c))
          this.stats.deferred++;
        this.stats.configError ??= c.message;
        this.log.error(`${task.kind} #${task.id}: ${c.message}`);
        return;
      case "snooze":
        if (this.queue.snooze(task, now, now + (c.delayMs ?? 0), c))
          this.stats.deferred++;
        this.log.info(`${task.kind} #${task.id} deferred (${c.kind}) for ${Math.round((c.delayMs ?? 0) / 1e3)}s`);
        return;
      case "interrupted":
      case "unavailable":
      case "fatal":
        this.handBack(task, c);
        if (c.disposition === "unavailable")
          this.requestStop("unavailable", c.message);
        if (c.disposition === "fatal")
          this.requestStop("database", c.message);
        return;
    }
  }
  fail(task, c) {
    const result = this.queue.fail(task, this.clock.now(), c, { onOutcome: this.kinds[task.kind]?.onOutcome });
    if (result === "lost")
      return;
    this.stats.failed++;
    this.stats.failuresByKind[c.kind] = (this.stats.failuresByKind[c.kind] ?? 0) + 1;
    if (result === "dead")
      this.stats.dead++;
    const what = result === "dead" ? "is dead" : "will be retried";
    this.log.warn(`${task.kind} #${task.id} attempt ${task.attempts}/${task.maxAttempts} failed (${c.kind}) and ${what}: ${c.message}`);
  }
  /** Gives the attempt back (the task keeps its place); counted as deferred. */
  handBack(task, c) {
    if (this.queue.release(task, this.clock.now(), c))
      this.stats.deferred++;
  }
  /** At the end: network failures still held mean the network was down for everyone; nobody is blamed. */
  releaseHeld() {
    const held = this.gate.takeHeld();
    if (held.length === 0)
      return;
    this.stats.stopReason = "unavailable";
    this.stats.stopMessage ??= "every company that was tried was unreachable: the network looks down; no company is blamed";
    for (const { task, error } of held)
      this.handBack(task, { ...error, disposition: "unavailable", blamesCompany: false });
  }
};

// dist/tick/runner/slots.js
var Slots = class {
  concurrency;
  inFlight = 0;
  parked = 0;
  wake = null;
  constructor(concurrency) {
    this.concurrency = concurrency;
  }
  /** Claimed tasks allowed at once, parked ones included. */
  get maxClaimed() {
    return this.concurrency * 2;
  }
  /** Slots free for new claims now. */
  free() {
    return Math.max(0, Math.min(this.concurrency - (this.inFlight - this.parked), this.maxClaimed - this.inFlight));
  }
  get busy() {
    return this.inFlight;
  }
  taken() {
    this.inFlight++;
  }
  released() {
    this.inFlight--;
    this.notify();
  }
  /** Waits for `waitFor` with the slot lent out. */
  async park(waitFor) {
    this.parked++;
    this.notify();
    try {
      return await waitFor;
    } finally {
      this.parked--;
    }
  }
  /** Resolves when a slot may have freed (a task settled or parked) or `stop` aborts. */
  changed(stop) {
    return new Promise((resolve) => {
      const done = () => {
        this.wake = null;
        stop.removeEventListener("abort", done);
        resolve();
      };
      if (stop.aborted)
        return resolve();
      this.wake = done;
      stop.addEventListener("abort", done, { once: true });
    });
  }
  notify() {
    this.wake?.();
  }
};

// dist/tick/drain.js
var whenAborted = (signal) => signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
async function drain(deps, opts) {
  const { queue, clock, log, kinds } = deps;
  const stats = emptyStats();
  const stop = new AbortController();
  setMaxListeners(1e3, stop.signal);
  const requestStop = (reason, message = null) => {
    if (stop.signal.aborted)
      return;
    stats.stopReason = reason;
    stats.stopMessage = message;
    stop.abort(reason);
  };
  const onDeadline = () => requestStop("budget");
  const onSignal = () => requestStop("signal");
  for (const [signal, listener] of [[opts.deadline.signal, onDeadline], [opts.stopSignal, onSignal]]) {
    if (signal.aborted)
      listener();
    else
      signal.addEventListener("abort", listener, { once: true });
  }
  const unrecorded = /* @__PURE__ */ new Map();
  const commits = groupCommit((fn) => queue.batch(fn), log, (tasks, err) => {
    log.error("could not record outcomes (handed back at the end of the tick if the database frees up):", err);
    for (const task of tasks)
      unrecorded.set(task.id, task);
    requestStop("database", err.message);
  });
  const outcomes = new Outcomes(queue, kinds, clock, log, stats, commits, requestStop);
  const slots = new Slots(opts.concurrency);
  const lanes = new PQueue({ concurrency: slots.maxClaimed });
  const inFlight = /* @__PURE__ */ new Map();
  const env = {
    clock,
    log,
    deadline: opts.deadline,
    stop: stop.signal,
    enqueue: deps.enqueue,
    park: (waitFor) => slots.park(waitFor),
    secrets: deps.secrets
  };
  const start = (task) => {
    stats.claimed++;
    log.debug(`claimed ${task.kind} #${task.id} (attempt ${task.attempts}/${task.maxAttempts})`);
    const settled = lanes.add(async () => outcomes.settle(task, await runAttempt(kinds[task.kind], task, env))).catch((err) => log.error(`internal error while settling task #${task.id}:`, err)).finally(() => inFlight.delete(task.id));
    inFlight.set(task.id, { task, settled });
    return settled;
  };
  try {
    const end = await claimLoop({
      queue,
      log,
      deadline: opts.deadline,
      slots,
      stop: stop.signal,
      now: () => clock.now(),
      runId: opts.runId,
      kind: opts.kind,
      start,
      // A claim must leave room for the slowest kind; a kind without a handler fails at once and needs none.
      longestAttemptMs: Math.max(1, ...Object.values(kinds).map((k) => limitFor(k, opts.deadline)))
    });
    if (end === "budget")
      stats.stopReason ??= "budget";
    await Promise.race([lanes.onIdle(), whenAborted(stop.signal)]);
  } catch (err) {
    requestStop("database", err.message);
  }
  if (inFlight.size > 0) {
    const graceOver = new Promise((r) => setTimeout(r, opts.graceMs).unref());
    await Promise.race([Promise.allSettled([...inFlight.values()].map((f) => f.settled)), graceOver]);
  }
  opts.deadline.signal.removeEventListener("abort", onDeadline);
  opts.stopSignal.removeEventListener("abort", onSignal);
  outcomes.releaseHeld();
  for (const { task } of inFlight.values()) {
    try {
      outcomes.handBack(task, classify(new Error("did not stop within the grace period"), true));
    } catch (err) {
      unrecorded.set(task.id, task);
      log.error(`could not release task #${task.id}:`, err);
    }
  }
  if (unrecorded.size > 0)
    stats.deferred += await handBackWhenFree(queue, clock, log, [...unrecorded.values()]);
  return stats;
}
export {
  drain
};
