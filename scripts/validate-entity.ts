/** Validates single entity files against the schema: `tsx scripts/validate-entity.ts data/x/*.json`. */
import { readFileSync } from 'node:fs';
import { Entity } from '../lib/dataset/schema.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = Entity.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (result.success) continue;
    bad++;
    for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  } catch (error) {
    bad++;
    console.error(`${file}: ${(error as Error).message}`);
  }
}
console.log(bad ? `${bad} invalid file(s)` : `${process.argv.length - 2} file(s) valid`);
process.exit(bad ? 1 : 0);
