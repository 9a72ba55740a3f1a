/** `npm run data:check`: validates data/ and prints coverage. Exits non-zero on any problem. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundle } from '../lib/dataset/bundle.ts';
import { coverage } from '../lib/dataset/check.ts';
import { ROOT, readCheckedEntities, readMeta } from './dataset-files.ts';

const meta = readMeta();
const { entities, problems: all } = readCheckedEntities();
if (!all.length) {
  // What the extension ships must be what data/ says.
  const shipped = path.join(ROOT, 'public/dataset/dataset.json');
  const { datasetJson } = await buildBundle(entities, meta);
  if (!existsSync(shipped) || readFileSync(shipped, 'utf8') !== datasetJson) {
    all.push('public/dataset/dataset.json is not the build of data/: run npm run data:build and commit it');
  }
}
for (const line of all) console.error(`✗ ${line}`);

const c = coverage(entities);
const pct = (n: number) => (c.total ? `${Math.round((100 * n) / c.total)}%` : '0%');
console.log(`dataset ${meta.version} as of ${meta.asOf}: ${c.total} entities, ${c.aliases} names and aliases`);
console.log(`  by kind: ${Object.entries(c.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`  Russian names: ${c.withRussianName} (${pct(c.withRussianName)}), Turkmen names: ${c.withTurkmenName} (${pct(c.withTurkmenName)})`);
console.log(`  dialogue rounds: ${c.rounds}`);
console.log(all.length ? `data:check: ${all.length} problem(s)` : 'data:check: no problems');
process.exit(all.length ? 1 : 0);
