// Process exit codes from SPEC "Exit codes" (sysexits-style). Only cli/main.ts turns them into an exit.

export const EXIT = {
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
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
