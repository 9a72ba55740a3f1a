/** Validates single entity files against the schema: `tsx scripts/validate-entity.ts data/x/*.json`. */
import { readEntityFile } from './dataset-files.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const { problems } = readEntityFile(file);
  if (problems.length) bad++;
  for (const problem of problems) console.error(`${file}: ${problem}`);
}
console.log(bad ? `${bad} invalid file(s)` : `${process.argv.length - 2} file(s) valid`);
process.exit(bad ? 1 : 0);
