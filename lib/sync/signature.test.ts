import { describe, expect, test } from 'vitest';
import { Manifest } from '../dataset/schema.ts';
import { DEVELOPMENT_PUBLIC_KEY, RELEASE_PUBLIC_KEYS, trustedPublicKeys } from './keys.ts';
import { buildSignedBundle } from './publish.ts';
import { canonicalJson, importPublicKey, importSigningKey, signManifest, verifyManifest } from './signature.ts';
import { baseEntities, developmentSigningKey, fixtureBundle } from './test-fixtures.ts';

async function otherKey() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return importSigningKey(JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey)));
}

describe('manifest signatures', () => {
  test('a manifest signed with the development key verifies with the public key the extension ships', async () => {
    const { manifest } = await fixtureBundle('1.0.0');
    expect(manifest.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await verifyManifest(manifest, [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)])).toBe(true);
  });

  test('changing any signed field (here: the dataset hash) breaks the signature', async () => {
    const { manifest } = await fixtureBundle('1.0.0');
    const forged: Manifest = { ...manifest, dataset: { ...manifest.dataset, sha256: 'f'.repeat(64) } };
    expect(await verifyManifest(forged, [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)])).toBe(false);
  });

  test('an unsigned manifest, garbage, or a signature by another key is refused', async () => {
    const { manifest } = await fixtureBundle('1.0.0');
    const keys = [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)];
    const { signature: _s, ...unsigned } = manifest;
    expect(await verifyManifest(unsigned, keys)).toBe(false);
    expect(await verifyManifest({ ...manifest, signature: 'not base64!' }, keys)).toBe(false);
    expect(await verifyManifest({ ...manifest, signature: btoa('short') }, keys)).toBe(false);
    const stranger = await otherKey();
    expect(await verifyManifest(await signManifest(unsigned, stranger.privateKey), keys)).toBe(false);
  });

  test('the signature covers content, not formatting or key order', async () => {
    const { manifest } = await fixtureBundle('1.0.0');
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as Manifest;
    expect(canonicalJson(reordered)).toBe(canonicalJson(manifest));
    expect(await verifyManifest(reordered, [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)])).toBe(true);
  });

  test('a PKCS#8 PEM key signs just like its JWK', async () => {
    const dev = await developmentSigningKey();
    const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', dev.privateKey));
    const pem = `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----\n`;
    const fromPem = await importSigningKey(pem);
    expect(fromPem.publicJwk).toEqual(DEVELOPMENT_PUBLIC_KEY);
  });

  test('rebuilding unchanged data keeps the manifest byte-identical; changed data gets a new signature', async () => {
    const key = await developmentSigningKey();
    const first = await buildSignedBundle(baseEntities(), { version: '1.0.0', asOf: '2026-01-15' }, key);
    const again = await buildSignedBundle(baseEntities(), { version: '1.0.0', asOf: '2026-01-15' }, key, first.manifestJson);
    expect(again.manifestJson).toBe(first.manifestJson);
    const bumped = await buildSignedBundle(baseEntities(), { version: '1.0.1', asOf: '2026-01-15' }, key, first.manifestJson);
    expect(bumped.manifest.signature).not.toBe(first.manifest.signature);
    expect(await verifyManifest(bumped.manifest, [await importPublicKey(key.publicJwk)])).toBe(true);
  });

  test('a build signed with another key does not reuse the old signature', async () => {
    const first = await fixtureBundle('1.0.0');
    const stranger = await otherKey();
    const resigned = await buildSignedBundle(baseEntities(), { version: '1.0.0', asOf: '2026-01-15' }, stranger, first.manifestJson);
    expect(resigned.manifest.signature).not.toBe(first.manifest.signature);
  });

  test('until a release key exists, the development key is what the extension trusts', () => {
    if (RELEASE_PUBLIC_KEYS.length === 0) {
      expect(trustedPublicKeys({ trustDevelopmentKey: false })).toEqual([DEVELOPMENT_PUBLIC_KEY]);
    } else {
      expect(trustedPublicKeys({ trustDevelopmentKey: false })).not.toContainEqual(DEVELOPMENT_PUBLIC_KEY);
      expect(trustedPublicKeys({ trustDevelopmentKey: true })).toContainEqual(DEVELOPMENT_PUBLIC_KEY);
    }
  });
});
