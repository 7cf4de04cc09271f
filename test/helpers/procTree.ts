// /proc readings for benchmarks and tests: a process's descendants (Chromium's processes), their command lines,
// PSS and CPU.

import { readdirSync, readFileSync } from 'node:fs';

export interface ProcSnapshot {
  stats: Map<number, string>;
  parents: Map<number, number>;
  children: Map<number, number[]>;
}

/** Each live process's stat line, parent and children, read once. */
export function snapshot(): ProcSnapshot {
  const stats = new Map<number, string>();
  const parents = new Map<number, number>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      stats.set(Number(name), stat);
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* gone */ }
  }
  return { stats, parents, children };
}

/** The process and everything below it, the process first. */
export function descendants(root: number, children: Map<number, number[]>): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** A process's arguments as /proc shows them ([] once it is gone). Chromium's helpers rewrite theirs into one string. */
export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** What a process is: its command, and for Chromium's helpers their --type (renderer, gpu-process, utility …). */
function roleOf(pid: number): string {
  // Chromium rewrites its command line into one string: split on spaces then.
  const args = commandLine(pid).flatMap((a) => a.split(' '));
  if (!args.length) return 'gone';
  const exe = (args[0] ?? '').split('/').pop() || 'process';
  const type = args.find((a) => a.startsWith('--type='))?.slice(7);
  const utility = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19).split('.').pop();
  return type ? `${type}${utility ? `:${utility}` : ''}` : exe;
}

/** PSS of a process and its descendants, in MiB, with the share of each kind of process. */
export function treePss(root = process.pid): { total: number; byRole: Record<string, number> } {
  const byRole: Record<string, number> = {};
  let kb = 0;
  for (const pid of descendants(root, snapshot().children)) {
    try {
      const pss = Number(/Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      kb += pss;
      const role = roleOf(pid);
      byRole[role] = (byRole[role] ?? 0) + pss / 1024;
    } catch { /* gone */ }
  }
  return { total: kb / 1024, byRole };
}

/** PSS of a process and its descendants, in MiB. */
export function treePssMiB(root = process.pid): number {
  return treePss(root).total;
}

/** CPU seconds of a process and its descendants, summed over every process seen while sampling every 100 ms. */
export function cpuSampler(root = process.pid) {
  const ticks = new Map<number, number>();
  const hz = 100; // USER_HZ on Linux
  const sample = () => {
    const { stats, children } = snapshot();
    for (const pid of descendants(root, children)) {
      const stat = stats.get(pid);
      if (!stat) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    }
  };
  sample();
  const start = [...ticks.values()].reduce((a, b) => a + b, 0);
  const timer = setInterval(sample, 100);
  return { stop: () => {
    sample();
    clearInterval(timer);
    return ([...ticks.values()].reduce((a, b) => a + b, 0) - start) / hz;
  } };
}
