// Builds dist/ once before the suite (tsc, then the CLI's bundles): the e2e tests run the built CLI, as production does.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  // The executables (dist/cli/scoutly.cjs, jobsTick.cjs, demo.cjs) start rolldown bundles, as `npm run build` makes them.
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
}
