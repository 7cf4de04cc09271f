// The demo careers site and ATS-shaped feeds (src/demo/site), served on 127.0.0.1 for `make demo`.
// Paths map to files: `/acme/` → acme/index.html, `/greenhouse/<host>/v1/…/jobs` → …/jobs.json.
// `POST /ntfy/` stands in for an ntfy server, so the demo shows the digest a phone would get.

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { demoFile } from './files.js';

export const DEMO_SITE_DIR = demoFile('site');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml' };

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [safe, `${safe}.json`, join(safe, 'index.html')]) {
    const file = join(root, candidate);
    if (!file.startsWith(root)) return null;
    if (await stat(file).then((s) => s.isFile(), () => false)) return file;
  }
  return null;
}

export interface DemoServer {
  url: string;
  /** An ntfy topic URL on this server; what is published there lands in `notifications`. */
  ntfyTopicUrl: string;
  notifications: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startDemoServer(root = DEMO_SITE_DIR): Promise<DemoServer> {
  const notifications: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://demo');
    if (req.method === 'POST' && pathname === '/ntfy/') {
      let body = '';
      req.on('data', (chunk: Buffer) => void (body += chunk.toString()));
      req.on('end', () => {
        try {
          notifications.push(JSON.parse(body) as Record<string, unknown>);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"demo"}');
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid JSON"}');
        }
      });
      return;
    }
    void resolveFile(root, pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ntfyTopicUrl: `http://127.0.0.1:${port}/ntfy/scoutly-demo`,
    notifications,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
