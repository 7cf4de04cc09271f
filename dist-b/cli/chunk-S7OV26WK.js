import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/tick/lease.js
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
function readText(path) {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
}
function pidStartTicks(pid) {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat)
    return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null;
}
function currentIdentity(invocationId) {
  const host = hostname();
  const pid = process.pid;
  return {
    owner: `${host}:${pid}${invocationId ? `:${invocationId}` : ""}`,
    host,
    pid,
    bootId: readText("/proc/sys/kernel/random/boot_id"),
    pidStartTicks: pidStartTicks(pid)
  };
}
function holderIsAlive(holder, self) {
  if (holder.host !== self.host || !holder.bootId || holder.bootId !== self.bootId)
    return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if (err.code === "ESRCH")
      return false;
  }
  const ticks = pidStartTicks(holder.pid);
  return !(holder.pidStartTicks && ticks && ticks !== holder.pidStartTicks);
}
var fromDb = (r) => ({
  owner: r.owner,
  host: r.host,
  pid: r.pid,
  bootId: r.boot_id,
  pidStartTicks: r.pid_start_ticks,
  runId: r.run_id,
  acquiredAt: r.acquired_at,
  expiresAt: r.expires_at
});
function readLease(store) {
  const row = store.sqlite.prepare("SELECT * FROM tick_lease WHERE id = 1").get();
  return row ? fromDb(row) : null;
}
function acquireLease(store, self, nowMs, ttlMs, isAlive = holderIsAlive) {
  return writeTx(store, () => {
    const current = readLease(store);
    if (current && current.owner !== self.owner && current.expiresAt > nowMs && isAlive(current, self)) {
      return { acquired: false, holder: current };
    }
    store.sqlite.prepare(`INSERT INTO tick_lease (id, owner, host, pid, boot_id, pid_start_ticks, run_id, acquired_at, expires_at)
        VALUES (1, @owner, @host, @pid, @bootId, @pidStartTicks, NULL, @now, @expiresAt)
        ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, host = excluded.host, pid = excluded.pid,
          boot_id = excluded.boot_id, pid_start_ticks = excluded.pid_start_ticks, run_id = NULL,
          acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`).run({ ...self, now: nowMs, expiresAt: nowMs + ttlMs });
    return { acquired: true, tookOver: current && current.owner !== self.owner ? current : null };
  });
}
function attachRunToLease(store, owner, runId) {
  writeTx(store, () => store.sqlite.prepare("UPDATE tick_lease SET run_id = ? WHERE id = 1 AND owner = ?").run(runId, owner));
}
function releaseLease(store, owner) {
  writeTx(store, () => store.sqlite.prepare("DELETE FROM tick_lease WHERE id = 1 AND owner = ?").run(owner));
}
function liveHolder(store, nowMs, self = currentIdentity()) {
  const current = readLease(store);
  if (!current || current.expiresAt <= nowMs || !holderIsAlive(current, self))
    return null;
  return current;
}

export {
  currentIdentity,
  acquireLease,
  attachRunToLease,
  releaseLease,
  liveHolder
};
