// The single-instance tick lease: one row in tick_lease. A live holder means "exit 75"; a holder whose
// process is gone (same host and boot, pid dead or reused) or whose lease expired is taken over.

import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { writeTx, type Store } from '../db/client.js';

export interface ProcessIdentity {
  owner: string;
  host: string;
  pid: number;
  bootId: string | null;
  pidStartTicks: string | null;
}

export interface LeaseRow extends ProcessIdentity {
  runId: number | null;
  acquiredAt: number;
  expiresAt: number;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: the process start time, which differs when a pid is reused. */
export function pidStartTicks(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

export function currentIdentity(invocationId?: string): ProcessIdentity {
  const host = hostname();
  const pid = process.pid;
  return {
    owner: `${host}:${pid}${invocationId ? `:${invocationId}` : ''}`,
    host,
    pid,
    bootId: readText('/proc/sys/kernel/random/boot_id'),
    pidStartTicks: pidStartTicks(pid),
  };
}

/** Whether the holder's process still runs. Only decidable on the same host and boot; elsewhere, trust expiry. */
export function holderIsAlive(holder: ProcessIdentity, self: ProcessIdentity): boolean {
  if (holder.host !== self.host || !holder.bootId || holder.bootId !== self.bootId) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const ticks = pidStartTicks(holder.pid);
  return !(holder.pidStartTicks && ticks && ticks !== holder.pidStartTicks);
}

export type LeaseResult = { acquired: true; tookOver: LeaseRow | null } | { acquired: false; holder: LeaseRow };

interface LeaseDbRow {
  owner: string; host: string; pid: number; boot_id: string | null; pid_start_ticks: string | null;
  run_id: number | null; acquired_at: number; expires_at: number;
}

const fromDb = (r: LeaseDbRow): LeaseRow => ({
  owner: r.owner, host: r.host, pid: r.pid, bootId: r.boot_id, pidStartTicks: r.pid_start_ticks,
  runId: r.run_id, acquiredAt: r.acquired_at, expiresAt: r.expires_at,
});

export function readLease(store: Store): LeaseRow | null {
  const row = store.sqlite.prepare('SELECT * FROM tick_lease WHERE id = 1').get() as LeaseDbRow | undefined;
  return row ? fromDb(row) : null;
}

export function acquireLease(
  store: Store,
  self: ProcessIdentity,
  nowMs: number,
  ttlMs: number,
  isAlive: (holder: ProcessIdentity, self: ProcessIdentity) => boolean = holderIsAlive,
): LeaseResult {
  return writeTx(store, () => {
    const current = readLease(store);
    if (current && current.owner !== self.owner && current.expiresAt > nowMs && isAlive(current, self)) {
      return { acquired: false, holder: current };
    }
    store.sqlite
      .prepare(`INSERT INTO tick_lease (id, owner, host, pid, boot_id, pid_start_ticks, run_id, acquired_at, expires_at)
        VALUES (1, @owner, @host, @pid, @bootId, @pidStartTicks, NULL, @now, @expiresAt)
        ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, host = excluded.host, pid = excluded.pid,
          boot_id = excluded.boot_id, pid_start_ticks = excluded.pid_start_ticks, run_id = NULL,
          acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`)
      .run({ ...self, now: nowMs, expiresAt: nowMs + ttlMs });
    return { acquired: true, tookOver: current && current.owner !== self.owner ? current : null };
  });
}

export function attachRunToLease(store: Store, owner: string, runId: number): void {
  writeTx(store, () => store.sqlite.prepare('UPDATE tick_lease SET run_id = ? WHERE id = 1 AND owner = ?').run(runId, owner));
}

export function releaseLease(store: Store, owner: string): void {
  writeTx(store, () => store.sqlite.prepare('DELETE FROM tick_lease WHERE id = 1 AND owner = ?').run(owner));
}

/** For commands that must not run beside a tick (queue reset-stuck): the live holder, if any. */
export function liveHolder(store: Store, nowMs: number, self: ProcessIdentity = currentIdentity()): LeaseRow | null {
  const current = readLease(store);
  if (!current || current.expiresAt <= nowMs || !holderIsAlive(current, self)) return null;
  return current;
}
