/**
 * `npm run serve:data [-- --port 8788] [-- --dir public/dataset]`: serves the built bundle on
 * 127.0.0.1 the way a static host or CDN would (strong ETags, 304s, CORS, a short-lived manifest),
 * so the extension can sync from it: set the sync URL in the options to the address printed.
 * Files are read per request, so a `npm run data:build` while it runs is served at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './dataset-files.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '8788' }, dir: { type: 'string', default: 'public/dataset' } },
});
const dir = path.resolve(ROOT, values.dir);
const port = Number(values.port);

const server = http.createServer((req, res) => {
  const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'If-None-Match', 'access-control-allow-private-network': 'true' }).end();
    return;
  }
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
  const file = path.join(dir, name);
  let status = 200;
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !name || name.includes('..') || path.dirname(file) !== dir || !isFile(file)) {
    status = req.method === 'GET' || req.method === 'HEAD' ? 404 : 405;
    res.writeHead(status, { ...cors, 'content-type': 'text/plain' }).end(status === 404 ? 'not found' : 'method not allowed');
  } else {
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    const headers = {
      ...cors,
      etag,
      'content-type': name.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream',
      // The manifest is what changes; clients revalidate it. Everything else is named by its content in production.
      'cache-control': name === 'manifest.json' ? 'public, max-age=60, must-revalidate' : 'public, max-age=3600',
    };
    if (req.headers['if-none-match'] === etag) {
      status = 304;
      res.writeHead(304, headers).end();
    } else {
      res.writeHead(200, { ...headers, 'content-length': String(body.byteLength) }).end(req.method === 'HEAD' ? undefined : body);
    }
  }
  console.log(`${new Date().toISOString()} ${req.method} /${name} → ${status}`);
});

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

server.listen(port, '127.0.0.1', () => {
  console.log(`serve:data: ${path.relative(ROOT, dir)}/ at http://127.0.0.1:${port}/ (loopback only)`);
  console.log(`  sync URL for the options page: http://127.0.0.1:${port}/`);
});
