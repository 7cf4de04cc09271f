// Bundles the CLI's entry points (after tsc): every timer start pays the ESM loader's resolve/load/link per
// module file, so the entries become a few esbuild chunks (code splitting keeps each command in its own).
import { rmSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What `package.json` bin, the systemd units and the Makefile start. */
const ENTRIES = ['src/cli/scoutly.ts', 'src/cli/jobsTick.ts', 'src/cli/demo.ts'];

/**
 * better-sqlite3's JavaScript is bundled (Node's CommonJS loader and the ESM-to-CommonJS translation cost
 * more than its code); db/client.ts names its addon, so the addon stays where npm built it.
 * Left to Node's loader: the browser
 * driver (playwright-core reads its own files and spawns its own scripts at run time), Gemini's SDK (large,
 * loaded only when a key is set), pdf.js (loads its worker and fonts by path) and nodemailer (CommonJS that
 * requires Node's modules at run time; loaded only to send mail).
 */
const EXTERNAL = ['playwright-core', '@google/genai', 'pdfjs-dist', 'nodemailer'];

// Old chunks would pile up (their names carry a hash of their content).
rmSync(`${root}dist/chunks`, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: 'dist',
  // Entries replace tsc's dist/cli/*.js; chunks sit at dist/chunks/: both two folders below the repository,
  // as every dist/<folder>/ module is, so paths computed from import.meta.url ('../../migrations') hold.
  entryNames: 'cli/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.12',
  external: EXTERNAL,
  // CommonJS packages inside the bundle (undici, …) require Node's modules: give every chunk a require.
  banner: { js: "import { createRequire as __scoutlyRequire } from 'node:module'; const require = __scoutlyRequire(import.meta.url);" },
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  logOverride: { 'unsupported-dynamic-import': 'silent' }, // better-sqlite3-napi: optional, loaded by name (db/client.ts)
});

// A path computed from import.meta.url is only right two folders below the repository: check every output.
const misplaced = Object.keys(result.metafile.outputs).filter((out) => relative(root, `${root}${out}`).split(sep).length !== 3);
if (misplaced.length) throw new Error(`bundle: outputs must sit at dist/<folder>/<file>: ${misplaced.join(', ')}`);

// Which source modules each output holds: the start-up test reads it to tell what a command loaded.
const contents = Object.fromEntries(Object.entries(result.metafile.outputs)
  .filter(([out]) => out.endsWith('.js'))
  .map(([out, meta]) => [out, Object.keys(meta.inputs)]));
writeFileSync(`${root}dist/bundle.json`, `${JSON.stringify(contents, null, 1)}\n`);
