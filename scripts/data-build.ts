/**
 * `npm run data:build`: validates data/ and writes the publishable bundle to public/dataset/
 * (`dataset.json` and a signed `manifest.json`), which the extension ships and the sync server serves.
 *
 * The manifest is signed with the private key in DIALOGUE_LENS_SIGNING_KEY (a JWK, or PKCS#8 as
 * PEM or base64). Without it, the committed development key signs, and the output says so: such a
 * bundle is for development and tests, never for publishing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkEntities } from '../lib/dataset/check.ts';
import { DEVELOPMENT_PUBLIC_KEY, RELEASE_PUBLIC_KEYS } from '../lib/sync/keys.ts';
import { buildSignedBundle } from '../lib/sync/publish.ts';
import { importSigningKey } from '../lib/sync/signature.ts';
import { ROOT, readEntities, readMeta } from './dataset-files.ts';

const DEVELOPMENT_KEY_FILE = path.join(ROOT, 'scripts/keys/development-signing-key.jwk.json');

const { entities, problems } = readEntities();
const all = [...problems.map((p) => `${p.file}: ${p.message}`), ...checkEntities(entities).map((p) => `${p.entityId}: ${p.message}`)];
if (all.length) {
  for (const line of all) console.error(`✗ ${line}`);
  console.error(`data:build: refused, ${all.length} problem(s); run npm run data:check`);
  process.exit(1);
}

const fromEnv = process.env.DIALOGUE_LENS_SIGNING_KEY?.trim();
let key;
try {
  key = await importSigningKey(fromEnv || readFileSync(DEVELOPMENT_KEY_FILE, 'utf8'));
} catch (error) {
  console.error(`data:build: DIALOGUE_LENS_SIGNING_KEY is not a usable ECDSA P-256 private key (${(error as Error).message})`);
  process.exit(1);
}
const sameKey = (a: JsonWebKey, b: JsonWebKey) => a.x === b.x && a.y === b.y;
const isDevelopmentKey = sameKey(key.publicJwk, DEVELOPMENT_PUBLIC_KEY);
if (fromEnv && !isDevelopmentKey && !RELEASE_PUBLIC_KEYS.some((k) => sameKey(k, key.publicJwk))) {
  console.warn(
    `data:build: warning: the extension does not ship this key's public half, so it will refuse this bundle.\n` +
      `  Add it to RELEASE_PUBLIC_KEYS in lib/sync/keys.ts: ${JSON.stringify(key.publicJwk)}`,
  );
}

const out = path.join(ROOT, 'public/dataset');
const manifestFile = path.join(out, 'manifest.json');
const previous = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined;
const bundle = await buildSignedBundle(entities, readMeta(), key, previous);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'dataset.json'), bundle.datasetJson);
writeFileSync(manifestFile, bundle.manifestJson);
console.log(`data:build: ${bundle.dataset.entities.length} entities, version ${bundle.manifest.version}, ${bundle.manifest.dataset.bytes} bytes, sha256 ${bundle.manifest.dataset.sha256.slice(0, 12)}…`);
console.log(
  isDevelopmentKey
    ? `data:build: signed with the DEVELOPMENT key (${fromEnv ? 'from DIALOGUE_LENS_SIGNING_KEY' : 'DIALOGUE_LENS_SIGNING_KEY is not set'}): fine for development and tests, not for publishing`
    : 'data:build: signed with the key in DIALOGUE_LENS_SIGNING_KEY',
);
