// The layering of src/ (README, "Layout"), checked by `make check` with every import, type-only ones
// included. A folder may import only the folders listed for it; nothing may form a cycle.

/** Folder → the folders it may import. Lower layers first; a folder never reaches up. */
const ALLOWED = {
  core: [],
  config: ['core'],
  schedule: ['core'],
  db: ['core', 'schedule'],
  scrape: ['core', 'db'],
  matches: ['core', 'db'],
  queue: ['core', 'db', 'schedule'],
  analyze: ['core', 'config', 'db', 'matches'],
  users: ['core', 'db', 'analyze'],
  postings: ['core', 'db', 'scrape'],
  companies: ['core', 'db', 'schedule', 'scrape'],
  // notify makes the digest's single-use action tokens (auth) for the Applied / Not for me buttons.
  notify: ['core', 'config', 'db', 'matches', 'schedule', 'auth'],
  report: ['core', 'config', 'db', 'matches', 'notify', 'schedule'],
  tasks: ['core', 'config', 'db', 'schedule', 'queue', 'scrape', 'analyze', 'users', 'postings', 'companies'],
  tick: ['core', 'config', 'db', 'queue', 'scrape', 'analyze', 'tasks', 'notify', 'report'],
  ops: ['core', 'config', 'db', 'scrape', 'notify'],
  demo: ['core'],
  // Identity: passwords, sessions, API tokens, one-time links; used by both edges (cli and web).
  auth: ['core', 'db'],
  // The dashboard sits beside the CLI at the top: it parses, checks who asks, and calls the same modules.
  web: ['core', 'config', 'db', 'schedule', 'scrape', 'matches', 'queue', 'analyze', 'users', 'postings', 'companies', 'notify', 'report',
    'tasks', 'tick', 'ops', 'auth'],
  cli: ['*'],
};

const layerRules = Object.entries(ALLOWED)
  .filter(([, allowed]) => !allowed.includes('*'))
  .map(([folder, allowed]) => ({
    name: `layer-${folder}`,
    comment: `src/${folder} may import only ${allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'itself'} (see README, Layout)`,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: { path: '^src/', pathNot: [`^src/${folder}/`, ...allowed.map((f) => `^src/${f}/`)] },
  }));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, type-only imports included: cut it by moving the shared piece down a layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-cli-imports-cli',
      comment: 'The CLI is the process edge: nothing below it may import it.',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
