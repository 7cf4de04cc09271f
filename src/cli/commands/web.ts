// `scoutly web [--listen ADDR:PORT]` (the dashboard in the foreground, or socket-activated under systemd)
// and `scoutly web setup-link EMAIL` (a one-time link to choose a password in the browser).

import { hostname } from 'node:os';
import { requireAccount } from '../../auth/accounts.js';
import { createSetupToken, SETUP_LINK_MS } from '../../auth/oneTimeTokens.js';
import { pruneSignInState } from '../../auth/signIn.js';
import { EXIT } from '../../core/exitCodes.js';
import { UsageError } from '../../core/errors.js';
import { LISTEN_FORM, parseListen, type Config, type ListenAddress } from '../../config/config.js';
import { isLoopback, socketFromSystemd, startWebServer } from '../../web/server.js';
import { stringFlag, usageOf, type Command } from '../command.js';

const bracket = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The address people open: SCOUTLY_WEB_URL, else the listening address (this machine's name for "any"). */
export function dashboardUrl(config: Config, listen: ListenAddress = config.web.listen): string {
  if (config.web.url) return config.web.url;
  const host = listen.host === '0.0.0.0' || listen.host === '::' ? hostname() : listen.host;
  return `http://${bracket(host)}:${listen.port}`;
}

/** Listening where others can reach it, in clear text: passwords and session cookies would cross the network readable. */
export function exposureWarning(host: string, config: Config): string | null {
  if (isLoopback(host) || config.web.trustedProxies.length > 0 || config.web.url?.startsWith('https:')) return null;
  return `the dashboard listens on ${host}, reachable from other machines, without HTTPS: passwords and session cookies cross the network `
    + 'in clear text. Put a reverse proxy with HTTPS in front (Caddy, Tailscale Serve; see README "Dashboard") and set '
    + 'SCOUTLY_WEB_TRUSTED_PROXIES, or listen on 127.0.0.1.';
}

export const webCommand: Command = {
  name: 'web',
  summary: 'Serve the dashboard (pages, JSON API, OpenAPI document) until stopped; socket-activated under systemd.',
  synopsis: 'web [--listen ADDR:PORT]',
  help: `Options:
  --listen ADDR:PORT   where to listen (default SCOUTLY_WEB_LISTEN, 127.0.0.1:8377); e.g. 0.0.0.0:8377 for the LAN,
                       which warns unless HTTPS is in front (a trusted proxy, or an https SCOUTLY_WEB_URL)

Sign-in needs a password: \`scoutly users set-password EMAIL\`, or \`scoutly web setup-link EMAIL\` for a link.
Under systemd (scoutly-web.socket) it takes the socket from LISTEN_FDS (fd 3), ignores --listen, and exits
after SCOUTLY_WEB_IDLE (default 10m) without a request; the socket stays, so the next request starts it again.
Ctrl-C (or SIGTERM) stops it after the requests in flight: exit 130 (143).`,
  options: { listen: { type: 'string' } },
  async run(args, ctx) {
    const config = ctx.config;
    const listenText = stringFlag(args, 'listen');
    const listen = listenText === undefined ? config.web.listen : parseListen(listenText);
    if (!listen) throw new UsageError(`--listen takes ${LISTEN_FORM}, got "${listenText}"`, usageOf(webCommand));
    const fd = socketFromSystemd(ctx.io.env, process.pid);
    const store = await ctx.openStore();
    pruneSignInState(store, ctx.now());
    const { createApp } = await import('../../web/app.js');
    const app = createApp({ store, config, clock: ctx.io.clock, log: ctx.log });
    const server = await startWebServer(app.fetch, fd === null ? listen : { fd }, fd === null ? null : config.web.idleMs);
    const warning = exposureWarning(server.host, config);
    if (warning) ctx.log.warn(warning);
    ctx.log.info(fd === null
      ? `dashboard at ${dashboardUrl(config, { host: server.host, port: Number(server.url.split(':').pop()) })} (Ctrl-C stops it)`
      : `dashboard on the socket systemd passed (${server.url}); exits after ${config.web.idleMs / 1000}s without a request`);
    const passwords = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM users WHERE password_hash IS NOT NULL').get() as { n: number }).n;
    if (passwords === 0) ctx.log.warn('nobody can sign in yet: set a password with `scoutly users set-password EMAIL` or `scoutly web setup-link EMAIL`');
    const stop = () => void server.close();
    ctx.io.stopSignal.addEventListener('abort', stop, { once: true });
    try {
      const why = await server.closed;
      if (why === 'idle') {
        ctx.log.info(`no request for ${config.web.idleMs / 1000}s: exiting (systemd starts it again at the next request)`);
        return EXIT.ok;
      }
      return ctx.io.stopSignal.reason === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
    } finally {
      ctx.io.stopSignal.removeEventListener('abort', stop);
    }
  },
};

export const webSetupLinkCommand: Command = {
  name: 'web setup-link',
  summary: 'Print a one-time link (valid 15 minutes) where a user chooses their dashboard password.',
  synopsis: 'web setup-link EMAIL',
  help: `The link opens the dashboard at SCOUTLY_WEB_URL (else the SCOUTLY_WEB_LISTEN address). It works once,
for ${SETUP_LINK_MS / 60_000} minutes; choosing a password there signs the user out everywhere else and signs them in.`,
  positionals: { min: 1, max: 1, names: 'EMAIL' },
  async run(args, ctx) {
    const store = await ctx.openStore();
    const account = requireAccount(store, args.positionals[0]!);
    const token = createSetupToken(store, account.id, ctx.now());
    ctx.out(`${dashboardUrl(ctx.config)}/setup/${token}`);
    ctx.io.stderr.write(`scoutly: a one-time link for ${account.email}, valid ${SETUP_LINK_MS / 60_000} minutes\n`);
    return EXIT.ok;
  },
};
