import "./chunk-4VNS5WPM.js";

// dist/demo/server.js
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
var DEMO_SITE_DIR = fileURLToPath(new URL("../../src/demo/site", import.meta.url));
var TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".xml": "application/xml" };
async function resolveFile(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  for (const candidate of [safe, `${safe}.json`, join(safe, "index.html")]) {
    const file = join(root, candidate);
    if (!file.startsWith(root))
      return null;
    if (await stat(file).then((s) => s.isFile(), () => false))
      return file;
  }
  return null;
}
async function startDemoServer(root = DEMO_SITE_DIR) {
  const notifications = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://demo");
    if (req.method === "POST" && pathname === "/ntfy/") {
      let body = "";
      req.on("data", (chunk) => void (body += chunk.toString()));
      req.on("end", () => {
        try {
          notifications.push(JSON.parse(body));
          res.writeHead(200, { "content-type": "application/json" }).end('{"id":"demo"}');
        } catch {
          res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid JSON"}');
        }
      });
      return;
    }
    void resolveFile(root, pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(await readFile(file));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ntfyTopicUrl: `http://127.0.0.1:${port}/ntfy/scoutly-demo`,
    notifications,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
export {
  DEMO_SITE_DIR,
  startDemoServer
};
