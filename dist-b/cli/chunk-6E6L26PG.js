// dist/core/exitCodes.js
var EXIT = {
  ok: 0,
  taskFailures: 1,
  usage: 64,
  unavailable: 69,
  internal: 70,
  database: 74,
  leaseHeld: 75,
  config: 78,
  /** Stopped by SIGINT (Ctrl-C) / SIGTERM after handing its tasks back: the shell's 128 + signal number. */
  interrupted: 130,
  terminated: 143
};

export {
  EXIT
};
