// Local HTTP servers on 127.0.0.1 standing in for careers sites and ATS APIs. Closed by the caller.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';

export interface TestServer {
  url: string;
  port: number;
  requests: { method: string; url: string; body: string; headers: Record<string, string | string[] | undefined> }[];
  /** TCP connections accepted, whatever came over them (a tunnel, a WebSocket, a request never finished). */
  connections(): number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export async function serve(handler: Handler, host = '127.0.0.1', port = 0): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => void (body += c.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', body, headers: req.headers });
      void Promise.resolve(handler(req, res, body)).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
  });
  server.on('connection', () => void connections++);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${bound}`, port: bound, requests, connections: () => connections,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export const html = (res: ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);

export const json = (res: ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));

/** The product's demo site on 127.0.0.1 for one test file: started before its tests, closed after. */
export function useDemoServer(): { readonly url: string } {
  let demo: DemoServer | undefined;
  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterAll(() => demo?.close());
  return { get url() {
    if (!demo) throw new Error('the demo server starts in beforeAll');
    return demo.url;
  } };
}
