/**
 * The sync tests' dataset server: serves a signed bundle like a static CDN would (ETags, CORS,
 * short-lived manifest) on 127.0.0.1 only, and can be told to misbehave in each way the sync must
 * survive. Faults are one-shot by default, so a test can check that the retry then succeeds.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Manifest } from '../../lib/dataset/schema.ts';
import { signManifest, type SigningKey } from '../../lib/sync/signature.ts';

export interface PublishedFiles {
  manifestJson: string;
  datasetJson: string;
}

export type Fault =
  /** 500 Internal Server Error. */
  | 'status-500'
  /** 304 Not Modified whatever the request said (a confused cache). */
  | 'not-modified'
  /** The dataset cut short, with a Content-Length that matches the short body. */
  | 'truncated'
  /** Headers, half the body, then the connection dropped. */
  | 'connection-reset'
  /** The right length, one byte changed: the sha256 no longer matches. */
  | 'wrong-hash'
  /** Not JSON, behind a manifest re-signed for it, so only the JSON parse can catch it. */
  | 'invalid-json'
  /** Valid JSON that breaks the schema (an http:// link), behind a re-signed manifest. */
  | 'schema-violation'
  /** The manifest's version bumped after signing. */
  | 'bad-signature'
  /** The manifest without a signature. */
  | 'unsigned'
  /** The response headers arrive only after `delayMs`. */
  | 'slow';

export type Target = 'manifest' | 'dataset';

interface Armed {
  fault: Fault;
  target: Target;
  times: number;
  delayMs: number;
}

export interface RequestLog {
  path: string;
  status: number;
  ifNoneMatch?: string;
  fault?: Fault;
}

export interface DataServer {
  origin: string;
  /** The sync base URL: manifest.json lives here. */
  baseUrl: string;
  /** Serve these files from now on (a new version published mid-run). */
  publish(files: PublishedFiles): void;
  /** Publish `files` right after the next manifest request has been answered. */
  publishAfterNextManifest(files: PublishedFiles): void;
  /** Misbehave on the next `times` requests for `target` (default: the file the fault is about). */
  fault(fault: Fault, options?: { target?: Target; times?: number; delayMs?: number }): Promise<void>;
  requests: RequestLog[];
  close(): Promise<void>;
}

const BASE_PATH = '/v1/';

function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

function defaultTarget(fault: Fault): Target {
  return fault === 'bad-signature' || fault === 'unsigned' || fault === 'not-modified' ? 'manifest' : fault === 'status-500' || fault === 'slow' ? 'manifest' : 'dataset';
}

/** `key` re-signs manifests for faults that must get past the signature and hash checks. */
export async function startDataServer(initial: PublishedFiles, key: SigningKey): Promise<DataServer> {
  let files = initial;
  let pendingPublish: PublishedFiles | undefined;
  const armed: Armed[] = [];
  const requests: RequestLog[] = [];
  /** Content faults swap the dataset and re-sign a manifest for it; both are served until the fault is used up. */
  let substitute: { manifestJson: string; datasetJson: string } | undefined;

  const take = (target: Target): Armed | undefined => {
    const i = armed.findIndex((a) => a.target === target);
    if (i < 0) return undefined;
    const a = armed[i]!;
    if (--a.times <= 0) armed.splice(i, 1);
    return a;
  };

  async function resignedFor(datasetBody: string): Promise<string> {
    const manifest = JSON.parse(files.manifestJson) as Manifest;
    const { signature: _s, ...unsigned } = manifest;
    const changed: Manifest = {
      ...unsigned,
      dataset: { ...manifest.dataset, sha256: createHash('sha256').update(datasetBody).digest('hex'), bytes: Buffer.byteLength(datasetBody) },
    };
    return JSON.stringify(await signManifest(changed, key.privateKey), null, 2) + '\n';
  }

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag',
    };
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET',
          'access-control-allow-headers': 'If-None-Match',
          'access-control-allow-private-network': 'true',
          'access-control-max-age': '600',
        })
        .end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    const manifest = JSON.parse(files.manifestJson) as Manifest;
    const target: Target | undefined =
      path === `${BASE_PATH}manifest.json` ? 'manifest' : path === BASE_PATH + manifest.dataset.path ? 'dataset' : undefined;
    const log = (status: number, fault?: Fault) => requests.push({ path, status, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(fault ? { fault } : {}) });
    if (!target) {
      log(404);
      res.writeHead(404, cors).end('not found');
      return;
    }
    const a = take(target);
    if (a?.fault === 'slow') await new Promise((r) => setTimeout(r, a.delayMs));
    if (a?.fault === 'status-500') {
      log(500, a.fault);
      res.writeHead(500, { ...cors, 'content-type': 'text/plain' }).end('internal error');
      return;
    }
    if (a?.fault === 'not-modified') {
      log(304, a.fault);
      res.writeHead(304, cors).end();
      return;
    }

    let body: string;
    if (target === 'manifest') {
      if (a && (a.fault === 'invalid-json' || a.fault === 'schema-violation')) {
        body = a.fault === 'invalid-json' ? '{"schemaVersion": 1, "version": ' : JSON.stringify({ ...manifest, version: 'latest' });
      } else if (a?.fault === 'bad-signature') {
        const [maj, min, pat] = manifest.version.split('.').map(Number);
        body = JSON.stringify({ ...manifest, version: `${maj}.${(min ?? 0) + 1}.${pat}` }, null, 2);
      } else if (a?.fault === 'unsigned') {
        const { signature: _s, ...unsigned } = manifest;
        body = JSON.stringify(unsigned, null, 2);
      } else {
        body = substitute?.manifestJson ?? files.manifestJson;
      }
    } else {
      body = substitute?.datasetJson ?? files.datasetJson;
      substitute = undefined;
    }

    const etag = etagOf(body);
    if (!a && ifNoneMatch === etag) {
      log(304);
      res.writeHead(304, { ...cors, etag }).end();
      return;
    }
    const headers = {
      ...cors,
      'content-type': 'application/json; charset=utf-8',
      // As a CDN would: the manifest is revalidated often, the content-addressed dataset never changes.
      'cache-control': target === 'manifest' ? 'public, max-age=60' : 'public, max-age=31536000, immutable',
      etag,
    };
    const buf = Buffer.from(body);
    if (a?.fault === 'truncated') {
      const half = buf.subarray(0, Math.floor(buf.byteLength / 2));
      log(200, a.fault);
      res.writeHead(200, { ...headers, 'content-length': String(half.byteLength) }).end(half);
    } else if (a?.fault === 'connection-reset') {
      log(200, a.fault);
      res.writeHead(200, { ...headers, 'content-length': String(buf.byteLength) });
      res.write(buf.subarray(0, Math.floor(buf.byteLength / 2)), () => res.destroy());
    } else if (a?.fault === 'wrong-hash') {
      const changed = Buffer.from(buf);
      const i = changed.indexOf('Turkmenistan');
      changed[i >= 0 ? i : 10] = 'X'.charCodeAt(0);
      log(200, a.fault);
      res.writeHead(200, { ...headers, 'content-length': String(changed.byteLength) }).end(changed);
    } else {
      log(200, a?.fault);
      res.writeHead(200, { ...headers, 'content-length': String(buf.byteLength) }).end(buf);
    }
    if (target === 'manifest' && pendingPublish) {
      files = pendingPublish;
      pendingPublish = undefined;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    baseUrl: origin + BASE_PATH,
    requests,
    publish(next) {
      files = next;
    },
    publishAfterNextManifest(next) {
      pendingPublish = next;
    },
    async fault(fault, options = {}) {
      const target = options.target ?? defaultTarget(fault);
      const times = options.times ?? 1;
      if ((fault === 'invalid-json' || fault === 'schema-violation') && target === 'dataset') {
        // The manifest must vouch for the broken dataset, or the hash check would catch it first.
        const datasetBody =
          fault === 'invalid-json'
            ? '{"schemaVersion": 1, "entities": [ '
            : files.datasetJson.replace(/"https:\/\//, '"http://');
        substitute = { manifestJson: await resignedFor(datasetBody), datasetJson: datasetBody };
        armed.push({ fault, target, times, delayMs: 0 });
        return;
      }
      armed.push({ fault, target, times, delayMs: options.delayMs ?? 0 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
