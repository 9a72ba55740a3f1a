/**
 * `npm run data:build`: validates data/ and writes the publishable bundle to public/dataset/
 * (`dataset.json` and `manifest.json`), which the extension ships and the sync server serves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundle } from '../lib/dataset/bundle.ts';
import { checkEntities } from '../lib/dataset/check.ts';
import { ROOT, readEntities, readMeta } from './dataset-files.ts';

const { entities, problems } = readEntities();
const all = [...problems.map((p) => `${p.file}: ${p.message}`), ...checkEntities(entities).map((p) => `${p.entityId}: ${p.message}`)];
if (all.length) {
  for (const line of all) console.error(`✗ ${line}`);
  console.error(`data:build: refused, ${all.length} problem(s); run npm run data:check`);
  process.exit(1);
}
const bundle = await buildBundle(entities, readMeta());
const out = path.join(ROOT, 'public/dataset');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'dataset.json'), bundle.datasetJson);
writeFileSync(path.join(out, 'manifest.json'), bundle.manifestJson);
console.log(`data:build: ${bundle.dataset.entities.length} entities, version ${bundle.manifest.version}, ${bundle.manifest.dataset.bytes} bytes, sha256 ${bundle.manifest.dataset.sha256.slice(0, 12)}…`);
