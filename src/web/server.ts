// Serving the dashboard: on an address (`scoutly web` by hand) or on the socket systemd passes (fd 3,
// LISTEN_FDS/LISTEN_PID); socket-activated, it exits after an idle time with no request in flight, and
// the socket stays with systemd, so the next request starts it again.

import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ListenAddress } from '../config/config.js';

/** systemd passes the first socket as fd 3 (sd_listen_fds(3)). */
export const SD_LISTEN_FDS_START = 3;

/** The socket systemd passed to this process, if any: LISTEN_PID must name us (the variables are inherited). */
export function socketFromSystemd(env: Readonly<Record<string, string | undefined>>, pid: number): number | null {
  return env.LISTEN_PID === String(pid) && Number(env.LISTEN_FDS) >= 1 ? SD_LISTEN_FDS_START : null;
}

/** Loopback addresses: nobody else on the network can reach them. */
export const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i.test(host);

export interface WebServer {
  /** `http://127.0.0.1:8377` (the bound address; a port of 0 is resolved). */
  url: string;
  host: string;
  /** Resolves when the server stopped (idle time over, or close()). */
  closed: Promise<'idle' | 'closed'>;
  close(): Promise<void>;
}

export async function startWebServer(fetch: (req: Request, env: never) => Response | Promise<Response>, where: ListenAddress | { fd: number }, idleMs: number | null): Promise<WebServer> {
  const server = createAdaptorServer({ fetch: fetch as never }) as Server;
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  let stop: (why: 'idle' | 'closed') => void = () => {};
  const closed = new Promise<'idle' | 'closed'>((resolve) => {
    let done = false;
    stop = (why) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      server.close(() => resolve(why));
      // No request is in flight on an idle stop: kept-alive browser connections must not hold the process.
      server.closeIdleConnections();
      if (why === 'idle') server.closeAllConnections();
    };
  });
  const arm = () => {
    if (idleMs === null) return;
    clearTimeout(timer);
    timer = setTimeout(() => inFlight === 0 && stop('idle'), idleMs);
  };
  server.on('request', (_req, res) => {
    inFlight++;
    clearTimeout(timer);
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) arm();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if ('fd' in where) server.listen({ fd: where.fd }, resolve);
    else server.listen(where.port, where.host, resolve);
  });
  arm();
  const address = server.address() as AddressInfo | string | null;
  const host = typeof address === 'object' && address ? address.address : 'unix';
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, host, closed,
    close: async () => {
      stop('closed');
      await closed;
    },
  };
}
