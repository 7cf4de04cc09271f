// Real SQLite files in fresh temporary folders, migrated exactly as production does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeStore, openStore, type Store } from '../../src/db/client.js';

const dirs: string[] = [];

export function tempDir(prefix = 'scoutly-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return join(tempDir(), 'scoutly.db');
}

export function openTestStore(path = tempDbPath()): Promise<Store> {
  return openStore(path);
}

export function cleanupTempDirs(stores: Store[] = []): void {
  for (const s of stores) closeStore(s);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
