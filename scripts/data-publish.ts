/**
 * `npm run data:publish -- --out <folder>`: turns the built bundle in public/dataset/ into the files
 * to upload to a static host or CDN: `dataset.<sha256 prefix>.json` (immutable) and a re-signed
 * `manifest.json` that names it. Earlier dataset files in <folder> are kept, so a client that read
 * the previous manifest a moment ago still finds its file. Upload the dataset file first, then the
 * manifest.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Manifest } from '../lib/dataset/schema.ts';
import { sha256HexBytes } from '../lib/sync/digest.ts';
import { contentAddressed } from '../lib/sync/publish.ts';
import { ROOT } from './dataset-files.ts';
import { loadSigningKey } from './signing-key.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('data:publish: say where to write the files: npm run data:publish -- --out <folder>');
  process.exit(2);
}
const out = path.resolve(values.out);
const built = path.join(ROOT, 'public/dataset');
const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8')));
const dataset = readFileSync(path.join(built, manifest.dataset.path));
if (dataset.byteLength !== manifest.dataset.bytes || (await sha256HexBytes(dataset)) !== manifest.dataset.sha256) {
  console.error('data:publish: public/dataset/ is inconsistent (size or sha256); run npm run data:build');
  process.exit(1);
}

const signing = await loadSigningKey('data:publish');
const { datasetFile, manifestJson } = await contentAddressed(manifest, signing.key.privateKey);
mkdirSync(out, { recursive: true });
if (!existsSync(path.join(out, datasetFile))) writeFileSync(path.join(out, datasetFile), dataset);
writeFileSync(path.join(out, 'manifest.json'), manifestJson);
console.log(`data:publish: version ${manifest.version} → ${path.relative(process.cwd(), out) || '.'}/`);
console.log(`  ${datasetFile}  ${dataset.byteLength} bytes  Cache-Control: public, max-age=31536000, immutable`);
console.log(`  manifest.json  Cache-Control: public, max-age=300`);
console.log('  upload the dataset file first, then manifest.json');
console.log(signing.describe);
