/**
 * Authenticity of the published dataset. The manifest carries an ECDSA P-256 / SHA-256 signature
 * over its own canonical JSON (without the signature field); the manifest names the dataset's
 * sha256, so a verified manifest vouches for the dataset too. Only WebCrypto is used, so the same
 * code signs in Node (`npm run data:build`) and verifies in Chrome and Firefox.
 *
 * ECDSA rather than Ed25519: every browser we support verifies it, and the schema names it.
 */
import type { Manifest } from '../dataset/schema.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** JSON with object keys sorted at every level and no whitespace: one byte string per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The bytes a signature covers: the manifest without its `signature` field. */
export function signedBytes(manifest: Manifest): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...rest } = manifest;
  return new TextEncoder().encode(canonicalJson(rest));
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

export function importPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ALGORITHM, false, ['verify']);
}

export interface SigningKey {
  privateKey: CryptoKey;
  /** The public half, to ship in the extension (lib/sync/keys.ts). */
  publicJwk: JsonWebKey;
}

/**
 * Reads a private key as given in DIALOGUE_LENS_SIGNING_KEY: a JWK (JSON), a PKCS#8 PEM
 * (`-----BEGIN PRIVATE KEY-----`), or PKCS#8 DER in base64.
 */
export async function importSigningKey(text: string): Promise<SigningKey> {
  const trimmed = text.trim();
  let privateKey: CryptoKey;
  if (trimmed.startsWith('{')) {
    const jwk = JSON.parse(trimmed) as JsonWebKey;
    privateKey = await crypto.subtle.importKey('jwk', jwk, ALGORITHM, true, ['sign']);
  } else {
    const body = trimmed.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
    const der = fromBase64(body);
    if (!der) throw new Error('the signing key is neither a JWK nor base64/PEM PKCS#8');
    privateKey = await crypto.subtle.importKey('pkcs8', der, ALGORITHM, true, ['sign']);
  }
  const full = await crypto.subtle.exportKey('jwk', privateKey);
  return { privateKey, publicJwk: { kty: full.kty, crv: full.crv, x: full.x, y: full.y } };
}

export async function signManifest(manifest: Manifest, privateKey: CryptoKey): Promise<Manifest> {
  const sig = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, signedBytes(manifest)));
  return { ...manifest, signature: toBase64(sig) };
}

/** True when some trusted key verifies the manifest's signature; false when unsigned or forged. */
export async function verifyManifest(manifest: Manifest, keys: readonly CryptoKey[]): Promise<boolean> {
  if (!manifest.signature) return false;
  const sig = fromBase64(manifest.signature);
  // A P-256 signature in WebCrypto's (IEEE P1363) form is r‖s, 64 bytes.
  if (!sig || sig.byteLength !== 64) return false;
  const data = signedBytes(manifest);
  for (const key of keys) {
    if (await crypto.subtle.verify(SIGN, key, sig, data)) return true;
  }
  return false;
}
