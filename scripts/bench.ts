/**
 * `npm run bench`: the mention engine on 1–2 MB of generated English, Russian and Turkmen news
 * text with about 2,000 aliases, side by side in one run with
 *   (a) one alternation RegExp over all aliases (case-insensitive, `giu`) and
 *   (b) the floor: a plain pass over the same text that reads every character and counts words.
 * Also the index build time, its serialized size and its approximate heap size. Medians of
 * several runs. The last line is one JSON object.
 *
 * The workload (aliases and text) comes from bench-corpus.ts.
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildIndex, findMentions, loadIndex, serializeIndex, type MentionIndex } from '../lib/mentions/index.ts';
import { aliasesOf, generateText, loadEntities } from './bench-corpus.ts';

const RUNS = 7;
/** Above this the full-text regex run is replaced by a measured fraction, extrapolated. */
const REGEX_BUDGET_MS = Number(process.env.BENCH_REGEX_BUDGET_MS ?? 30_000);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---------------------------------------------------------------- measuring
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time, and the process's CPU time (less disturbed when other programs share the machine). */
function time<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

function timeRuns<T>(runs: number, fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T = fn(); // warm-up: JIT tiers, lazily filled tables
  for (let i = 0; i < runs; i++) {
    const r = time(fn);
    times.push(r.ms);
    result = r.result;
  }
  return { ms: median(times), result };
}

/** The floor: every character read, trivial work done (words counted). */
function floorPass(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function aliasRegex(texts: string[]): RegExp {
  const escaped = [...new Set(texts)].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function regexPass(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text)) count++;
  return count;
}

function retainedBytes(make: () => unknown): { bytes: number; keep: unknown } {
  gc();
  gc();
  const before = process.memoryUsage();
  const keep = make();
  gc();
  gc();
  const after = process.memoryUsage();
  return { bytes: after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers), keep };
}

// ---------------------------------------------------------------- run
const { entities, fromDataset, source } = loadEntities();
const allAliases = aliasesOf(entities);
const { text, inserted } = generateText(allAliases);
console.log(`aliases: ${allAliases.length} (${fromDataset} from ${source})`);
console.log(`text: ${text.length.toLocaleString('en')} UTF-16 chars, ${inserted} names inserted (about half of them inflected)`);

const builds: number[] = [];
let index: MentionIndex = buildIndex(entities);
for (let i = 0; i < RUNS; i++) {
  const r = time(() => buildIndex(entities));
  builds.push(r.ms);
  index = r.result;
}
const buildMs = median(builds);
const serialized = JSON.stringify(serializeIndex(index));
const loadMs = timeRuns(RUNS, () => loadIndex(JSON.parse(serialized))).ms;
const heap = retainedBytes(() => loadIndex(JSON.parse(serialized)));
console.log(`index: build ${buildMs.toFixed(1)} ms (median of ${RUNS}), load from JSON ${loadMs.toFixed(1)} ms, serialized ${(serialized.length / 1024).toFixed(0)} KiB, heap ≈ ${(heap.bytes / 1024).toFixed(0)} KiB`);

// Floor and engine runs alternate, so a busy machine slows both alike.
floorPass(text);
findMentions(index, text);
const floorTimes: number[] = [];
const engineTimes: number[] = [];
const floorCpu: number[] = [];
const engineCpu: number[] = [];
let words = 0;
let mentions: ReturnType<typeof findMentions> = [];
for (let i = 0; i < RUNS * 2; i++) {
  const f = time(() => floorPass(text));
  floorTimes.push(f.ms);
  floorCpu.push(f.cpuMs);
  words = f.result;
  const e = time(() => findMentions(index, text));
  engineTimes.push(e.ms);
  engineCpu.push(e.cpuMs);
  mentions = e.result;
}
const floor = { ms: median(floorTimes), result: words };
const engine = { ms: median(engineTimes), result: mentions };
const cpuRatio = median(engineCpu) / median(floorCpu);
const load = loadavg()[0]!;
console.log(`floor:  ${floor.ms.toFixed(1)} ms (${floor.result} words; CPU ${median(floorCpu).toFixed(1)} ms)`);
console.log(
  `engine: ${engine.ms.toFixed(1)} ms (${engine.result.length} mentions, ${(engine.ms / floor.ms).toFixed(2)}× floor; CPU ${median(engineCpu).toFixed(1)} ms, ${cpuRatio.toFixed(2)}× floor CPU)`,
);
if (load > cpus().length) console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} CPUs: wall times are inflated, CPU times less so`);

const regexBuild = time(() => aliasRegex(allAliases.map((a) => a.text)));
const re = regexBuild.result;
// Node's V8 runs a huge `giu` alternation far slower than Chromium: probe on a slice first.
const probeChars = Math.min(text.length, 20_000);
const probe = time(() => regexPass(re, text.slice(0, probeChars)));
const estimate = (probe.ms * text.length) / probeChars;
let regexMs: number;
let regexMatches: number;
let regexFraction = 1;
if (estimate <= REGEX_BUDGET_MS) {
  const runs = estimate > 5_000 ? 1 : estimate > 1_000 ? 3 : RUNS;
  const r = timeRuns(runs, () => regexPass(re, text));
  regexMs = r.ms;
  regexMatches = r.result;
  console.log(`regex:  ${regexMs.toFixed(1)} ms (${regexMatches} matches; median of ${runs}; built in ${regexBuild.ms.toFixed(1)} ms)`);
} else {
  regexFraction = Math.max(probeChars / text.length, Math.min(1, (REGEX_BUDGET_MS / 6 / estimate) * 1));
  const sliceChars = Math.floor(text.length * regexFraction);
  const slice = text.slice(0, sliceChars);
  const r = time(() => regexPass(re, slice));
  regexMs = (r.ms * text.length) / sliceChars;
  regexMatches = Math.round((r.result * text.length) / sliceChars);
  console.log(
    `regex:  ≈${regexMs.toFixed(0)} ms EXTRAPOLATED from ${(regexFraction * 100).toFixed(1)}% of the text (${sliceChars.toLocaleString('en')} chars in ${r.ms.toFixed(0)} ms): ` +
      `the full run would exceed ${REGEX_BUDGET_MS / 1000} s in Node's V8`,
  );
}

console.log(
  JSON.stringify({
    engine_ms: round(engine.ms),
    regex_ms: round(regexMs),
    floor_ms: round(floor.ms),
    build_ms: round(buildMs),
    engine_x_floor: round(engine.ms / floor.ms),
    engine_x_floor_cpu: round(cpuRatio),
    load_average: round(load),
    regex_extrapolated: regexFraction < 1,
    regex_fraction: round(regexFraction, 4),
    load_ms: round(loadMs),
    serialized_bytes: serialized.length,
    index_heap_bytes: heap.bytes,
    aliases: allAliases.length,
    dataset_aliases: fromDataset,
    text_chars: text.length,
    mentions: engine.result.length,
    regex_matches: regexMatches,
  }),
);

function round(n: number, digits = 2): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
