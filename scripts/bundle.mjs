// Bundles the CLI's executables from tsc's output: every timer start pays Node's loader per module file
// (resolve, read, compile, link), so what a nothing-due tick and `status` load becomes a few chunks, and
// every other command, page and lazily loaded part stays in chunks of its own (the lazy command table holds).
// The chunks are CommonJS (dist/chunks/*.cjs): Node loads a CommonJS file for less than an ES module (no
// asynchronous loader, no linking); the executables stay ES modules that require the CLI's chunk.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

/**
 * What `package.json` bin, the systemd units and the Makefile start: dist/cli/scoutly.cjs, jobsTick.cjs and
 * demo.cjs, each a call of what cli/main exports (its bundle, chunks/main.cjs), as src/cli/scoutly.ts, jobsTick.ts
 * and demo.ts make it. CommonJS: under the unit's V8 flags an ES module entry costs ≈ 10 ms more CPU at every
 * start than a CommonJS one (Node's ES module loader set up for one file). tsc's dist/cli/*.js of the same names
 * are replaced by ES module entries into the same bundle, for anything still starting them by their old paths.
 */
const EXECUTABLES = { 'cli/scoutly': 'launch([])', 'cli/jobsTick': "launch(['tick'])", 'cli/demo': 'launchDemo()' };
const HEADER = '#!/usr/bin/env node\n// Built by scripts/bundle.mjs: the CLI is dist/chunks/main.cjs and the chunks beside it.\n';
const name = (call) => call.slice(0, call.indexOf('('));
const executable = {
  cjs: (call) => `${HEADER}'use strict';\n\nrequire('../chunks/main.cjs').${call};\n`,
  js: (call) => `${HEADER}import { createRequire } from 'node:module';\n\nconst { ${name(call)} } = createRequire(import.meta.url)('../chunks/main.cjs');\nawait ${call};\n`,
};

/**
 * The start-up path in a few chunks: everything the CLI imports statically (`start`), then what a tick and
 * `status` import on top, shared and apart. Left to itself a bundler makes a chunk per set of importers,
 * ≈ 30 files of a few hundred bytes on a tick's path, and each file costs Node a resolve, read and link.
 */
const GROUPS = [
  // better-sqlite3 12 is imported lazily (db/client.ts picks the driver) but every command opens the database.
  ['start', ['dist/cli/main.js', 'node_modules/better-sqlite3/lib/index.js']],
  ['tick', ['dist/cli/commands/tick.js']],
  ['status', ['dist/cli/commands/status.js']],
];

/**
 * Left to Node's loader: the browser driver (playwright-core reads and spawns its own files at run time),
 * Gemini's SDK (large, loaded only with a key), pdf.js (loads its worker and fonts by path), nodemailer
 * (only to send mail), the optional better-sqlite3 13 (loaded by a name in a variable). better-sqlite3 12's
 * JavaScript is bundled; db/client.ts names its addon, which stays where npm built it.
 */
const EXTERNAL = [/^node:/, /^(playwright-core|@google\/genai|pdfjs-dist|nodemailer|better-sqlite3-napi)(\/|$)/]; // a package and its subpaths

/**
 * Modules the tick imports that other chunks import too, kept in the tick's chunk all the same: left out, each
 * went into a chunk the bundler also made the facade of a lazily imported module of the tick (the tick command,
 * tick/deps.js), so that chunk and the tick's required each other (a cycle, where whichever loaded first saw the
 * other's exports missing; the build's cycle check below refuses it). The runner's loop and counts (the drain,
 * which only a tick loads, imports them too) and tasks/kind.js (small; the task kinds' chunks import it).
 */
const TICK_ONLY = new Set(['dist/tick/runner/loop.js', 'dist/tick/runner/stats.js', 'dist/tasks/kind.js']);

/** The static imports of every module, as rolldown parses them; the groups are computed from it once parsing is done. */
const importsOf = new Map();
const recordImports = { name: 'record-imports', moduleParsed: (info) => void importsOf.set(info.id, info.importedIds) };

/** Each group's chunk name by module id (what both a tick and status import goes to `tick-status`). */
let groupOf;
function groupName(id) {
  if (!groupOf) {
    const closure = (roots) => {
      const seen = new Set();
      const todo = roots.map((p) => `${root}${p}`);
      while (todo.length) {
        const next = todo.pop();
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(...(importsOf.get(next) ?? []));
      }
      return seen;
    };
    const [start, tick, status] = GROUPS.map(([, roots]) => closure(roots));
    // What any other part (a command, a dashboard page, a lazily loaded module) imports stays out of the tick's and
    // status's chunks, or loading that part would load them whole.
    const elsewhere = closure([...importsOf.keys()].filter((m) => !start.has(m) && !tick.has(m) && !status.has(m))
      .flatMap((m) => importsOf.get(m)).map((m) => relative(root, m)));
    groupOf = new Map();
    for (const m of [...tick, ...status]) {
      if (!start.has(m) && (!elsewhere.has(m) || TICK_ONLY.has(relative(root, m)))) groupOf.set(m, tick.has(m) && status.has(m) ? 'tick-status' : tick.has(m) ? 'tick' : 'status');
    }
    for (const m of start) groupOf.set(m, 'start');
  }
  return groupOf.get(id) ?? null;
}

const bundle = await rolldown({
  cwd: root,
  input: { main: 'dist/cli/main.js' },
  platform: 'node',
  external: EXTERNAL,
  plugins: [recordImports],
  preserveEntrySignatures: 'allow-extension',
  // "dynamically imported but also statically imported": expected (a lazy import of what the start chunk has).
  onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
});
const { output } = await bundle.generate({
  format: 'cjs',
  strict: true, // tsc's output is ES modules: strict mode, whatever directives they carry
  // Every output two folders below the repository, as every dist/<folder>/ module is: paths computed from
  // import.meta.url ('../../migrations', the dashboard's assets, the demo's files) hold. Checked below.
  entryFileNames: 'chunks/[name].cjs',
  chunkFileNames: 'chunks/[name]-[hash].cjs',
  sourcemap: true,
  // Not pulling a group's imports into it keeps `start` to what the CLI itself imports; it needs this setting.
  codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: groupName, debugName: 'start-up' }] },
});
await bundle.close();

// Chunks that require each other load half-initialised (CommonJS hands a cycle's second file the first's exports
// as they stand): refuse to build such a bundle.
const chunkImports = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.imports]));
// One depth-first walk over the chunk graph: a chunk met again while its own walk is open closes a cycle.
const walked = new Map(); // file -> 'open' | 'done'
const open = [];
const cycleThrough = (file) => {
  if (walked.get(file) === 'done') return null;
  if (walked.get(file) === 'open') return [...open.slice(open.indexOf(file)), file];
  walked.set(file, 'open');
  open.push(file);
  for (const next of chunkImports.get(file) ?? []) {
    const cycle = cycleThrough(next);
    if (cycle) return cycle;
  }
  open.pop();
  walked.set(file, 'done');
  return null;
};
for (const file of chunkImports.keys()) {
  const cycle = cycleThrough(file);
  if (cycle) throw new Error(`bundle: chunks require each other: ${cycle.join(' -> ')}`);
}

const misplaced = output.filter((o) => o.fileName.split('/').length !== 2).map((o) => o.fileName);
if (misplaced.length) throw new Error(`bundle: outputs must sit at dist/<folder>/<file>: ${misplaced.join(', ')}`);

// Old chunks would pile up (their names carry a hash of their content).
rmSync(`${dist}chunks`, { recursive: true, force: true });
const contents = {};
for (const o of output) {
  const path = `${dist}${o.fileName}`;
  if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, o.type === 'chunk' ? o.code : o.source);
  // Which of tsc's modules each chunk holds: the start-up tests read it to tell what a command loaded.
  if (o.type === 'chunk') contents[`dist/${o.fileName}`] = o.moduleIds.map((id) => relative(root, id).split(sep).join('/'));
}
for (const [file, call] of Object.entries(EXECUTABLES)) {
  for (const [ext, text] of Object.entries(executable)) {
    writeFileSync(`${dist}${file}.${ext}`, text(call), { mode: 0o755 });
    contents[`dist/${file}.${ext}`] = [];
  }
}
writeFileSync(`${dist}bundle.json`, `${JSON.stringify(contents, null, 1)}\n`);
