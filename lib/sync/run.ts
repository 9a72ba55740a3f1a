/**
 * One sync: manifest first (small, conditional), then the dataset only when the manifest is signed
 * by a key we ship and names a newer version; then size, sha256 and schema checks; and only then
 * one transaction that swaps the whole dataset. Any failure before that last step leaves the
 * stored data exactly as it was, and every failure is recorded with a typed code and a retry time.
 *
 * Everything from outside (fetch, clock, randomness, storage, keys) is passed in, so tests can
 * drive each failure without a browser.
 */
import { Dataset, Manifest, type Entity } from '../dataset/schema.ts';
import { sha256HexBytes } from './digest.ts';
import type { DatasetStore, SyncPatch } from '../db/store.ts';
import type { SyncErrorRecord, SyncPhase } from '../db/rows.ts';
import { planRetry } from './backoff.ts';
import { SyncError, storageError } from './errors.ts';
import { verifyManifest } from './signature.ts';
import { compareVersions } from './version.ts';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface SyncDeps {
  fetch: typeof fetch;
  /** Epoch milliseconds. */
  now(): number;
  /** In [0, 1); spreads retries. */
  random(): number;
  isOnline(): boolean;
  store: DatasetStore;
  trustedKeys: readonly CryptoKey[];
  /** `serializeIndex(buildIndex(entities))` from lib/mentions. */
  buildIndex(entities: readonly Entity[]): unknown;
  /** How long to wait for response headers, and for each next chunk of a body. */
  timeoutMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  onProgress?(phase: SyncPhase, progress?: number): void;
  /** Adds a hint to a network failure, e.g. that the host permission for a custom URL is missing. */
  explainNetworkFailure?(url: string): Promise<string | undefined>;
}

export interface SyncOptions {
  /** Folder URL that serves manifest.json (and the dataset file it names). */
  baseUrl: string;
  /** Accept an older version than the one stored (only when the user asks for it). */
  allowDowngrade?: boolean;
}

export type SyncOutcome =
  | { result: 'updated'; version: string; previousVersion?: string }
  | { result: 'up-to-date'; version?: string; offered?: string }
  | { result: 'error'; error: SyncErrorRecord; retryAt: string; waitForOnline: boolean };

/** The manifest URL for a base URL, which may be given with or without its trailing slash. */
export function manifestUrlFor(baseUrl: string): string {
  const base = new URL(baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  return new URL('manifest.json', base).href;
}

export async function runSync(deps: SyncDeps, options: SyncOptions): Promise<SyncOutcome> {
  const { store } = deps;
  const timers = {
    set: deps.setTimeout ?? ((fn: () => void, ms: number) => globalThis.setTimeout(fn, ms)),
    clear: deps.clearTimeout ?? ((h: unknown) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)),
  };
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const iso = () => new Date(deps.now()).toISOString();
  let lastReported = -1;
  const report = async (phase: SyncPhase, progress?: number) => {
    deps.onProgress?.(phase, progress);
    // Persist in steps of 10 % so the popup's live query follows without a write per chunk.
    const step = progress === undefined ? -1 : Math.floor(progress * 10);
    if (phase === 'downloading' && step === lastReported) return;
    lastReported = step;
    await store.updateSyncState({ phase, progress }).catch(() => undefined);
  };

  const attemptAt = iso();
  let etagToKeep: { url: string; etag: string } | undefined;
  try {
    await report('checking');
    const manifestUrl = manifestUrlFor(options.baseUrl);
    const [state, current] = await Promise.all([store.syncState(), store.dataset()]).catch((e: unknown) => {
      throw storageError(e);
    });
    if (!deps.isOnline()) throw new SyncError('network', 'The browser is offline.');

    const headers: Record<string, string> = {};
    if (!options.allowDowngrade && current && state.manifestEtag?.url === manifestUrl) headers['if-none-match'] = state.manifestEtag.etag;
    const res = await timedFetch(deps, timers, timeoutMs, manifestUrl, headers);
    if (res.status === 304) {
      await succeed({ result: 'up-to-date', version: current?.version }, state.manifestEtag);
      return { result: 'up-to-date', version: current?.version };
    }
    if (res.status !== 200) throw new SyncError('http', `The server answered ${res.status} for ${manifestUrl}.`, res.status);
    const etag = res.headers.get('etag');
    if (etag) etagToKeep = { url: manifestUrl, etag };
    const manifestText = new TextDecoder().decode(await readBody(res, timers, timeoutMs, 64 * 1024));
    const manifest = parseManifest(manifestText);
    if (!(await verifyManifest(manifest, deps.trustedKeys))) {
      throw new SyncError(
        'signature',
        manifest.signature
          ? `The manifest's signature does not match any key this extension trusts; the dataset was refused.`
          : `The manifest is not signed; the dataset was refused.`,
      );
    }

    const order = current ? compareVersions(manifest.version, current.version) : 1;
    if (order === 0 || (order < 0 && !options.allowDowngrade)) {
      await succeed({ result: 'up-to-date' }, etagToKeep);
      return { result: 'up-to-date', version: current?.version, offered: manifest.version };
    }

    const datasetUrl = new URL(manifest.dataset.path, manifestUrl);
    if (datasetUrl.origin !== new URL(manifestUrl).origin) {
      throw new SyncError('schema', `The manifest points the dataset at another site (${datasetUrl.origin}); refused.`);
    }
    await report('downloading', 0);
    const dres = await timedFetch(deps, timers, timeoutMs, datasetUrl.href, {});
    if (dres.status !== 200) throw new SyncError('http', `The server answered ${dres.status} for ${datasetUrl.href}.`, dres.status);
    const expected = manifest.dataset.bytes;
    const bytes = await readBody(dres, timers, timeoutMs, expected, (got) => void report('downloading', Math.min(1, got / expected)));
    if (bytes.byteLength !== expected) {
      throw new SyncError('integrity', `The dataset is ${bytes.byteLength} bytes; the manifest promises ${expected}. It may be truncated.`);
    }
    await report('verifying');
    const sha = await sha256HexBytes(bytes);
    if (sha !== manifest.dataset.sha256) {
      throw new SyncError('integrity', `The dataset's sha256 (${sha.slice(0, 12)}…) is not the one the manifest promises (${manifest.dataset.sha256.slice(0, 12)}…).`);
    }
    const dataset = parseDataset(bytes, manifest);
    let index: unknown;
    try {
      index = deps.buildIndex(dataset.entities);
    } catch (error) {
      throw new SyncError('schema', `The dataset's names could not be indexed: ${(error as Error).message}`);
    }

    await report('writing');
    await store.replace({
      entities: dataset.entities,
      index,
      dataset: {
        version: dataset.version,
        asOf: dataset.generatedAt.slice(0, 10),
        generatedAt: dataset.generatedAt,
        sha256: sha,
        entityCount: dataset.entities.length,
        source: manifestUrl,
        storedAt: iso(),
      },
    });
    await succeed({ result: 'updated' }, etagToKeep);
    return { result: 'updated', version: dataset.version, previousVersion: current?.version };
  } catch (thrown) {
    let error = toSyncError(thrown);
    if (error.code === 'network' && deps.explainNetworkFailure && deps.isOnline()) {
      const hint = await deps.explainNetworkFailure(options.baseUrl).catch(() => undefined);
      if (hint) error = new SyncError('network', `${error.message} ${hint}`);
    }
    const state = await store.syncState().catch(() => undefined);
    const failures = (state?.failures ?? 0) + 1;
    const plan = planRetry(failures, deps.now(), deps.random(), deps.isOnline());
    const record: SyncErrorRecord = { code: error.code, message: error.message, at: attemptAt };
    if (error.status !== undefined) record.status = error.status;
    const retryAt = new Date(plan.at).toISOString();
    await store
      .updateSyncState({
        phase: 'idle',
        progress: undefined,
        lastAttemptAt: attemptAt,
        lastResult: 'error',
        lastError: record,
        failures,
        nextRetryAt: retryAt,
        waitForOnline: plan.waitForOnline || undefined,
      })
      .catch(() => undefined);
    // Idle only once the result is stored, so whoever sees "idle" also sees the result.
    deps.onProgress?.('idle');
    return { result: 'error', error: record, retryAt, waitForOnline: plan.waitForOnline };
  }

  async function succeed(outcome: { result: 'updated' | 'up-to-date'; version?: string }, etag: { url: string; etag: string } | undefined) {
    const patch: SyncPatch = {
      phase: 'idle',
      progress: undefined,
      lastAttemptAt: attemptAt,
      lastSuccessAt: iso(),
      lastResult: outcome.result,
      lastError: undefined,
      failures: 0,
      nextRetryAt: undefined,
      waitForOnline: undefined,
      manifestEtag: etag,
    };
    await store.updateSyncState(patch).catch(() => undefined);
    deps.onProgress?.('idle');
  }
}

function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('network', `Unexpected failure: ${(error as Error)?.message ?? String(error)}`, undefined, { cause: error });
}

async function timedFetch(
  deps: SyncDeps,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (h: unknown) => void },
  timeoutMs: number,
  url: string,
  headers: Record<string, string>,
): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = timers.set(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // No cookies, no referrer: the dataset request is the one thing that leaves the browser,
    // and it should say nothing about the user.
    const res = await deps.fetch(url, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    // The body reader keeps using this controller for its own stall timeout.
    (res as Response & { abortController?: AbortController }).abortController = controller;
    return res;
  } catch (error) {
    if (timedOut) throw new SyncError('timeout', `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s.`);
    throw new SyncError('network', `Could not reach ${url} (${(error as Error)?.message ?? 'network error'}).`, undefined, { cause: error });
  } finally {
    timers.clear(timer);
  }
}

/** Reads at most `limit` bytes (one more shows the body is too long); a stalled body times out. */
async function readBody(
  res: Response,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (h: unknown) => void },
  timeoutMs: number,
  limit: number,
  onBytes?: (received: number) => void,
): Promise<Uint8Array> {
  const controller = (res as Response & { abortController?: AbortController }).abortController;
  if (!res.body) return new Uint8Array(await res.arrayBuffer()).slice(0, limit + 1);
  const reader = res.body.getReader();
  const out = new Uint8Array(limit + 1);
  let received = 0;
  for (;;) {
    let timedOut = false;
    const timer = timers.set(() => {
      timedOut = true;
      controller?.abort();
      void reader.cancel().catch(() => undefined);
    }, timeoutMs);
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (timedOut) throw new SyncError('timeout', `The download stalled for ${Math.round(timeoutMs / 1000)} s.`);
      throw new SyncError('network', `The download broke off (${(error as Error)?.message ?? 'network error'}).`, undefined, { cause: error });
    } finally {
      timers.clear(timer);
    }
    if (timedOut) throw new SyncError('timeout', `The download stalled for ${Math.round(timeoutMs / 1000)} s.`);
    if (chunk.done) break;
    const room = out.byteLength - received;
    out.set(chunk.value.subarray(0, room), received);
    received += Math.min(room, chunk.value.byteLength);
    onBytes?.(received);
    if (received > limit) {
      void reader.cancel().catch(() => undefined);
      break;
    }
  }
  return out.subarray(0, received);
}

function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SyncError('schema', 'manifest.json is not valid JSON.');
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw new SyncError('schema', `manifest.json does not fit the schema: ${describeIssue(parsed.error.issues)}`);
  return parsed.data;
}

function parseDataset(bytes: Uint8Array, manifest: Manifest): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError('schema', 'The dataset is not valid JSON.');
  }
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) throw new SyncError('schema', `The dataset does not fit the schema: ${describeIssue(parsed.error.issues)}`);
  if (parsed.data.version !== manifest.version) {
    throw new SyncError('schema', `The dataset says version ${parsed.data.version}; its manifest says ${manifest.version}.`);
  }
  const problem = structuralProblem(parsed.data.entities);
  if (problem) throw new SyncError('schema', `The dataset is inconsistent: ${problem}`);
  return parsed.data;
}

function describeIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const where = first.path.map(String).join('.') || '(root)';
  return `${where}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
}

/** What the schema cannot see one entity at a time: duplicate ids and references to nothing. */
function structuralProblem(entities: readonly Entity[]): string | undefined {
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) return `the id ${e.id} appears twice`;
    ids.add(e.id);
  }
  for (const e of entities) {
    const r = e.relations;
    const refs = [r?.parent, r?.predecessor, r?.successor, ...(r?.related ?? []), ...(e.rounds ?? []), ...(e.round?.mentions ?? [])];
    const missing = refs.find((id) => id !== undefined && !ids.has(id));
    if (missing) return `${e.id} refers to ${missing}, which the dataset does not contain`;
  }
  return undefined;
}
