/**
 * `npm run --silent annotate -- FILE...`: the mentions the extension would highlight in plain-text
 * files, one JSON object per line: {"file", "start", "end", "text", "entity"} (UTF-16 offsets).
 * Uses the bundled dataset (public/dataset/dataset.json), or `--dataset PATH`.
 * A file that cannot be read is reported on stderr; the others are still annotated, and the exit
 * code is non-zero.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../lib/dataset/schema.ts';
import { buildIndex, findMentions, type MentionIndex } from '../lib/mentions/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATASET = path.join(ROOT, 'public/dataset/dataset.json');

export function loadDatasetIndex(file: string): MentionIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the dataset ${file}: ${(error as Error).message} (run npm run data:build)`);
  }
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the dataset ${file} is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return buildIndex(parsed.data.entities);
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Annotates each file in turn; returns how many could not be read. */
export function annotateFiles(files: readonly string[], index: MentionIndex, io: Output): number {
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`annotate: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
      failures++;
      continue;
    }
    for (const m of findMentions(index, text)) {
      io.out(JSON.stringify({ file, start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.entityId }));
    }
  }
  return failures;
}

function main(argv: string[]): number {
  const files: string[] = [];
  let dataset = DEFAULT_DATASET;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dataset') dataset = argv[++i] ?? '';
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run --silent annotate -- [--dataset dataset.json] FILE...');
      return 0;
    } else files.push(arg);
  }
  if (!files.length) {
    console.error('usage: npm run --silent annotate -- [--dataset dataset.json] FILE...');
    return 2;
  }
  let index: MentionIndex;
  try {
    index = loadDatasetIndex(dataset);
  } catch (error) {
    console.error(`annotate: ${(error as Error).message}`);
    return 2;
  }
  const failures = annotateFiles(files, index, { out: (line) => process.stdout.write(`${line}\n`), err: (line) => console.error(line) });
  return failures ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
