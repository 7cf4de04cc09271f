// Writing files that another program reads at any moment (node_exporter, a web server, a browser).

import { randomBytes } from 'node:crypto';
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Temp file + rename in the same folder: a reader never sees half a file. The temp name is random and
 * created exclusively (`wx`), so a link planted at a guessable name cannot redirect or re-mode the write.
 * Private by default (0600: reports list matches); pass 0o644 for files others must read (metrics).
 */
export function writeFileAtomically(path: string, content: string, mode = 0o600): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { mode, flag: 'wx' });
    chmodSync(temp, mode); // the umask (0077 under the unit) must not make it unreadable for its reader
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
