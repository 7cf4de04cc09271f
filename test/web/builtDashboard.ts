// The built `scoutly web` in a process of its own and a Chromium to drive it, as the browser tests use them:
// started together, stopped together.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';
import { SCOUTLY, start, waitFor, type Running } from '../helpers/cli.js';

/** The Chromium the project would use (SCOUTLY_CHROMIUM, else the first installed), or null. */
export const CHROMIUM = process.env.SCOUTLY_CHROMIUM ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;

export interface BuiltDashboard {
  server: Running;
  /** Where it listens, as it says so itself. */
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** Starts `scoutly web --listen ADDR:PORT` with `env` (port 0: one the system picks) and, once it listens, Chromium. */
export async function startBuiltDashboard(listen: string, env: Record<string, string>): Promise<BuiltDashboard> {
  if (!CHROMIUM) throw new Error('Chromium is required for the browser tests: apt-get install chromium-headless-shell (make setup does it)');
  const server = start(SCOUTLY, ['web', '--listen', listen], env);
  const url = await waitFor(() => /dashboard at (http:\/\/\S+)/.exec(server.stderr())?.[1], 'the dashboard to listen');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  return {
    server, url, browser,
    async stop() {
      await browser.close();
      server.child.kill('SIGTERM');
      await server.done;
    },
  };
}
