/** A fixture web server on 127.0.0.1 (loopback only, random free port) for demo and e2e pages. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPages } from './pages.ts';

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve extra HTML at a path (tests add odd or hostile pages). */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>(demoPages().map((p) => [p.path, p.html]));
  const server = http.createServer((req, res) => {
    const html = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, html) => void routes.set(path, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
