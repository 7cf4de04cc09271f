// What the dashboard's handlers share: the services (store, config, clock, log) and, per request, who
// asks. Built once per process by app.ts; handlers never reach for process state.

import type { HttpBindings } from '@hono/node-server';
import type { Account } from '../auth/accounts.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';

export interface WebDeps {
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
}

/** Who asks: through the browser (a session cookie, CSRF-checked) or a script (an API token). */
export interface Caller {
  account: Account;
  via: 'session' | 'token';
  /** The session's cookie token (for sign-out) and the CSRF token its forms carry; null for API tokens. */
  session: { token: string; csrf: string } | null;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { deps: WebDeps; caller: Caller | null };
}
