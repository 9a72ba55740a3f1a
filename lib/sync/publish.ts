/** The signed bundle that `npm run data:build` writes and a sync server publishes. */
import { buildBundle, type Bundle, type BundleMeta } from '../dataset/bundle.ts';
import { Manifest, type Entity } from '../dataset/schema.ts';
import { canonicalJson, importPublicKey, signManifest, verifyManifest, type SigningKey } from './signature.ts';

/**
 * ECDSA signatures differ on every run. To keep "same data in, same bytes out", a signature from
 * the previous build is kept when it covers exactly the same manifest and verifies with this key.
 */
export async function buildSignedBundle(
  entities: readonly Entity[],
  meta: BundleMeta,
  key: SigningKey,
  previousManifestJson?: string,
): Promise<Bundle> {
  const bundle = await buildBundle(entities, meta);
  let signed: Manifest | undefined;
  if (previousManifestJson) {
    const previous = Manifest.safeParse(safeJson(previousManifestJson));
    if (previous.success && previous.data.signature) {
      const { signature, ...rest } = previous.data;
      const same = canonicalJson(rest) === canonicalJson(bundle.manifest);
      if (same && (await verifyManifest(previous.data, [await importPublicKey(key.publicJwk)]))) {
        signed = { ...bundle.manifest, signature };
      }
    }
  }
  signed ??= await signManifest(bundle.manifest, key.privateKey);
  return { ...bundle, manifest: signed, manifestJson: JSON.stringify(signed, null, 2) + '\n' };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The layout for a static host or CDN: the dataset under a name made from its sha256, which never
 * changes once published (cache it forever), and a small manifest naming it (cache it briefly).
 * A client that fetched the old manifest a moment before a release still finds the old file.
 */
export async function contentAddressed(manifest: Manifest, privateKey: CryptoKey): Promise<{ datasetFile: string; manifestJson: string }> {
  const datasetFile = `dataset.${manifest.dataset.sha256.slice(0, 16)}.json`;
  const { signature: _signature, ...unsigned } = manifest;
  const signed = await signManifest({ ...unsigned, dataset: { ...unsigned.dataset, path: datasetFile } }, privateKey);
  return { datasetFile, manifestJson: JSON.stringify(signed, null, 2) + '\n' };
}
