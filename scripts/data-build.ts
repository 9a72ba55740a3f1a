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
import { buildSignedBundle } from '../lib/sync/publish.ts';
import { ROOT, readCheckedEntities, readMeta } from './dataset-files.ts';
import { loadSigningKey } from './signing-key.ts';

const { entities, problems: all } = readCheckedEntities();
if (all.length) {
  for (const line of all) console.error(`✗ ${line}`);
  console.error(`data:build: refused, ${all.length} problem(s); run npm run data:check`);
  process.exit(1);
}

const signing = await loadSigningKey('data:build');
const out = path.join(ROOT, 'public/dataset');
const manifestFile = path.join(out, 'manifest.json');
const previous = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined;
const bundle = await buildSignedBundle(entities, readMeta(), signing.key, previous);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'dataset.json'), bundle.datasetJson);
writeFileSync(manifestFile, bundle.manifestJson);
console.log(`data:build: ${bundle.dataset.entities.length} entities, version ${bundle.manifest.version}, ${bundle.manifest.dataset.bytes} bytes, sha256 ${bundle.manifest.dataset.sha256.slice(0, 12)}…`);
console.log(signing.describe);
