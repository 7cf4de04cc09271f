// Writing files that another program reads at any moment (node_exporter, a web server, a browser).

import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temp file + rename in the same folder: a reader never sees half a file. */
export function writeFileAtomically(path: string, content: string, mode = 0o644): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { mode });
    chmodSync(temp, mode); // the umask (0077 under the unit) must not make it unreadable for its reader
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
