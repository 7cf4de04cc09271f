// The Node flags the timer's unit starts Scoutly with: tests and benchmarks start the CLI the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXEC_START = /^ExecStart=\/usr\/bin\/node((?: --[\w-]+(?:=[\w.-]+)?)*) \/opt\/scoutly\/dist\/cli\/jobsTick\.cjs$/m;

/** The flags between `/usr/bin/node` and the script in systemd/scoutly-tick.service's ExecStart. */
export function unitNodeFlags(root: string): string[] {
  const unit = readFileSync(join(root, 'systemd/scoutly-tick.service'), 'utf8');
  const flags = EXEC_START.exec(unit)?.[1];
  if (flags === undefined) throw new Error('systemd/scoutly-tick.service: ExecStart must be /usr/bin/node [--flag …] /opt/scoutly/dist/cli/jobsTick.cjs');
  return flags.split(' ').filter(Boolean);
}
