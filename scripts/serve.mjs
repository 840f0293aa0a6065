#!/usr/bin/env node
// A tiny zero-dependency static server for the examples: `npm start` builds, then runs this and prints
// the URL of the planner example. Serves only the example pages, the built packages and docs/.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ALLOWED = ['/examples/', '/packages/core/dist/', '/packages/core/templates/', '/packages/elements/dist/', '/packages/sync/dist/', '/docs/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a URL path names under `root`, or undefined when it is outside the served folders. */
export function fileFor(root, urlPath) {
  // Normalised before the check, so `/examples/%2e%2e/` cannot climb out of the served folders.
  let path = posix.normalize(decodeURIComponent(urlPath.split('?')[0]));
  if (path.endsWith('/')) path += 'index.html';
  if (!ALLOWED.some((prefix) => path.startsWith(prefix))) return undefined;
  const file = join(root, path);
  return file.startsWith(root + sep) ? file : undefined;
}

/**
 * Starts the server; resolves with it and its URL once it listens.
 * @example const { url, server } = await startServer({ port: 0 }); // ... server.close()
 */
export function startServer({ root = ROOT, port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    if (req.url === '/' || req.url === '') {
      res.writeHead(302, { location: '/examples/planner/' }).end();
      return;
    }
    let file;
    try {
      file = fileFor(root, req.url ?? '/');
    } catch {
      file = undefined; // a malformed %-escape
    }
    const info = file && (await stat(file).catch(() => undefined));
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://localhost:${actual}/examples/planner/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4173);
  startServer({ port }).then(
    ({ url }) => console.log(`Campaign planner example: ${url}\n(Ctrl+C to stop)`),
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one, e.g. PORT=4180 npm start` : error.message);
      process.exit(1);
    },
  );
}
