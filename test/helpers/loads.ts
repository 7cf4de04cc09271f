// What a built process loaded, as test/fixtures/recordLoads.cjs recorded it. The executables are bundles of tsc's
// output (scripts/bundle.mjs): a loaded chunk stands for the modules (dist/…, node_modules/…) dist/bundle.json lists in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface Loads {
  /** The modules in the chunks loaded, other module paths (relative to the repository) and Node's internal modules. */
  modules: string[];
  /** dist/ files loaded that are no bundle output: tsc's one-file-per-module output, which the executables must not load. */
  unbundled: string[];
}

export function readLoads(file: string): Loads {
  const contents = JSON.parse(readFileSync(join(ROOT, 'dist/bundle.json'), 'utf8')) as Record<string, string[]>;
  const loaded = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(`file://${ROOT}`, ''));
  return {
    modules: loaded.flatMap((l) => contents[l] ?? [l]),
    unbundled: loaded.filter((l) => l.startsWith('dist/') && !contents[l]),
  };
}
