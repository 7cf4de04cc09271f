// The browser's only way out: a small HTTP proxy on 127.0.0.1 inside the tick process. Chromium sends every
// document, frame, popup, sub-resource, redirect and WebSocket through it (and resolves no names itself),
// and each upstream connection passes the egress guard, so nothing a page does can reach the LAN.

import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { checkedAddress, EgressRefusedError, type EgressPolicy } from '../egress.js';

/** Set on the proxy's own answers, so a refusal is told apart from a site's 403 or 502. */
export const EGRESS_HEADER = 'x-scoutly-egress';

export interface EgressProxy {
  /** http://127.0.0.1:PORT, for Chromium's --proxy-server. */
  url: string;
  /** Connections refused so far (a test and the log read it). */
  refused(): number;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'proxy-connection', 'proxy-authorization', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const IDLE_MS = 60_000;

/** Splits a CONNECT authority ("host:443", "[::1]:443"); null when it is not one. */
export function parseAuthority(authority: string): { host: string; port: number } | null {
  const m = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(authority);
  if (!m) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1]!, port } : null;
}

/** The proxy's own answer: 403 for a refusal, 502 for an upstream that cannot be reached (the code says why). */
function verdictOf(err: unknown): { status: number; value: string; reason: string } {
  if (err instanceof EgressRefusedError) return { status: 403, value: 'refused', reason: err.message };
  const code = (err as { code?: unknown }).code;
  return { status: 502, value: `unreachable ${typeof code === 'string' ? code : 'ECONNRESET'}`, reason: (err as Error).message };
}

export async function startEgressProxy(policy: EgressPolicy): Promise<EgressProxy> {
  let refusals = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.once('close', () => sockets.delete(socket));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const answer = (err: unknown) => {
      const verdict = verdictOf(err);
      if (verdict.status === 403) refusals++;
      if (res.headersSent) return void res.destroy();
      res.writeHead(verdict.status, { [EGRESS_HEADER]: verdict.value, 'content-type': 'text/plain', connection: 'close' }).end(verdict.reason);
    };
    let target: URL;
    try {
      target = new URL(req.url ?? '');
      if (target.protocol !== 'http:') throw new Error('not http');
    } catch {
      return void res.writeHead(400, { [EGRESS_HEADER]: 'bad request', connection: 'close' }).end('an absolute http:// URL is expected');
    }
    checkedAddress(target.hostname, policy).then(({ address }) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      const upstream = httpRequest({ host: address, port: Number(target.port || 80), method: req.method, path: `${target.pathname}${target.search}`, headers, agent: false, setHost: false });
      upstream.on('socket', track);
      upstream.on('response', (answerRes) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answerRes.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        res.writeHead(answerRes.statusCode ?? 502, out);
        answerRes.pipe(res);
        answerRes.on('error', () => res.destroy());
      });
      upstream.on('error', answer);
      req.pipe(upstream);
    }, answer);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    client.on('error', () => {});
    const authority = parseAuthority(req.url ?? '');
    if (!authority) return void client.end(`HTTP/1.1 400 Bad Request\r\n${EGRESS_HEADER}: bad request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    const refuse = (err: unknown) => {
      const verdict = verdictOf(err);
      if (verdict.status === 403) refusals++;
      if (client.destroyed) return;
      client.end(`HTTP/1.1 ${verdict.status} ${verdict.status === 403 ? 'Forbidden' : 'Bad Gateway'}\r\n${EGRESS_HEADER}: ${verdict.value}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    };
    checkedAddress(authority.host, policy).then(({ address }) => {
      const upstream = connect({ host: address, port: authority.port });
      track(upstream);
      let connected = false;
      upstream.once('error', (err) => (connected ? client.destroy() : refuse(err)));
      upstream.once('connect', () => {
        connected = true;
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      });
    }, refuse);
  });
  server.on('connection', track);
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    refused: () => refusals,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
