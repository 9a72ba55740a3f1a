/**
 * The index as plain JSON, so the background can build it once and hand it to every content
 * script: loading only rebuilds lookup tables from flat arrays, without tokenizing or stemming
 * a single alias again.
 */
import { assembleIndex } from './index-build.ts';
import { countsFromFirst, firstFromCounts } from './trie.ts';
import { E_STARTS, type MentionIndex, type SerializedIndex } from './types.ts';

/** Bumped when the index carries something new (2: numbered dialogue rounds; 3: dated rounds; 4: former bodies). */
export const INDEX_REVISION = 4;

export function serializeIndex(index: MentionIndex): SerializedIndex {
  const { chars, phrase } = index;
  const charEntries: number[] = [];
  for (let node = 0; node + 1 < chars.entryFirst.length; node++) {
    for (let e = chars.entryFirst[node]!; e < chars.entryFirst[node + 1]!; e++) charEntries.push(node, chars.entryGroup[e]!, chars.entryFlags[e]! & ~E_STARTS);
  }
  const phraseOutputs: number[] = [];
  for (let node = 0; node + 1 < phrase.outFirst.length; node++) {
    for (let o = phrase.outFirst[node]!; o < phrase.outFirst[node + 1]!; o++) phraseOutputs.push(node, phrase.out[o]!);
  }
  const periods: number[] = [];
  for (const [family, list] of index.periods) for (const p of list) periods.push(family, p.start, p.end, p.entity);
  const rounds: number[] = [];
  for (const [dialogue, list] of index.rounds) for (const r of list) rounds.push(dialogue, r.ordinal, r.entity);
  const roundDates: number[] = [];
  for (const [dialogue, list] of index.roundDates) for (const r of list) roundDates.push(dialogue, r.date, r.entity);
  return {
    format: 'dialogue-lens-mentions',
    version: 1,
    revision: INDEX_REVISION,
    entityIds: [...index.entityIds],
    aliasText: [...index.aliasText],
    aliasEntity: [...index.aliasEntity],
    aliasFlags: [...index.aliasFlags],
    groupCount: index.groupCount,
    groupThe: index.groupThe,
    casePatterns: [...index.casePatterns],
    charLabels: labelsToString(chars.label),
    charChildCounts: countsFromFirst(chars.first),
    charEntries,
    phraseLabels: [...phrase.label],
    phraseChildCounts: countsFromFirst(phrase.first),
    phraseTailRoot: phrase.tailRoot,
    phraseOutputs,
    periods,
    rounds,
    roundDates,
    formerBodies: [...index.formerBodies],
  };
}

function labelsToString(labels: Uint16Array): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < labels.length; i += step) out += String.fromCharCode(...labels.subarray(i, i + step));
  return out;
}

/** Rebuilds an index from `serializeIndex` output; throws on anything else (it crosses a process boundary). */
export function loadIndex(serialized: unknown): MentionIndex {
  const data = serialized as SerializedIndex;
  if (!data || typeof data !== 'object' || data.format !== 'dialogue-lens-mentions' || data.version !== 1) {
    throw new Error('not a serialized mention index (format or version mismatch)');
  }
  checkShape(data);
  const nodes = data.charLabels.length;
  const charLabels: number[] = new Array(nodes);
  for (let i = 0; i < nodes; i++) charLabels[i] = data.charLabels.charCodeAt(i);
  return assembleIndex({
    entityIds: data.entityIds,
    aliasText: data.aliasText,
    aliasEntity: data.aliasEntity,
    aliasFlags: data.aliasFlags,
    groupCount: data.groupCount,
    groupThe: data.groupThe,
    casePatterns: data.casePatterns,
    charFirst: firstFromCounts(data.charChildCounts, 1),
    charLabels,
    charEntries: data.charEntries,
    phraseFirst: firstFromCounts(data.phraseChildCounts, 2),
    phraseLabels: data.phraseLabels,
    phraseTailRoot: data.phraseTailRoot,
    phraseOutputs: data.phraseOutputs,
    periods: data.periods,
    // Indexes stored before rounds were indexed have none: names of numbered rounds then stay with their dialogue.
    rounds: data.rounds ?? [],
    // And those stored before revision 3 no dated rounds: a dialogue named next to a date stays the dialogue.
    roundDates: data.roundDates ?? [],
    // And those before revision 4 no former bodies: a bare name then stays with the present body.
    formerBodies: data.formerBodies ?? [],
  });
}

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Index data comes over a message channel: check every array before indexing typed arrays with it. */
function checkShape(data: SerializedIndex): void {
  const fail = (what: string) => {
    throw new Error(`serialized mention index is inconsistent: ${what}`);
  };
  if (!isStrings(data.entityIds) || !isStrings(data.aliasText) || typeof data.charLabels !== 'string') fail('names');
  for (const key of ['aliasFlags', 'charChildCounts', 'charEntries', 'phraseLabels', 'phraseChildCounts', 'phraseOutputs', 'periods'] as const) {
    if (!isNumbers(data[key])) fail(key);
  }
  if (!Array.isArray(data.aliasEntity) || !data.aliasEntity.every((n) => Number.isInteger(n) && n >= -1 && n < data.entityIds.length)) fail('aliasEntity');
  const aliases = data.aliasText.length;
  const chars = data.charLabels.length;
  const phrases = data.phraseLabels.length;
  const groups = data.groupCount;
  if (!Number.isInteger(groups) || groups < 0 || !Number.isInteger(data.groupThe) || data.groupThe < -1 || data.groupThe >= groups) fail('groups');
  if (data.aliasEntity.length !== aliases || data.aliasFlags.length !== aliases) fail('aliases');
  if (data.charChildCounts.length !== chars || data.phraseChildCounts.length !== phrases) fail('child counts');
  if (data.charChildCounts.reduce((a, b) => a + b, 1) !== chars) fail('char trie shape');
  if (data.phraseChildCounts.reduce((a, b) => a + b, 2) !== phrases) fail('phrase trie shape');
  if (!Number.isInteger(data.phraseTailRoot) || data.phraseTailRoot < 0 || data.phraseTailRoot >= Math.max(phrases, 1)) fail('tail root');
  for (let i = 0; i < data.charEntries.length; i += 3) {
    if (data.charEntries[i]! >= chars || data.charEntries[i + 1]! >= groups || data.charEntries[i + 2]! > 255) fail('char entries');
  }
  if (data.charEntries.length % 3 || data.phraseOutputs.length % 2 || data.periods.length % 4) fail('record lengths');
  if (data.phraseLabels.some((g, k) => k >= 2 && g >= groups)) fail('phrase labels');
  for (let i = 0; i < data.phraseOutputs.length; i += 2) {
    if (data.phraseOutputs[i]! >= phrases || data.phraseOutputs[i + 1]! >= aliases) fail('phrase outputs');
  }
  for (let i = 0; i < data.periods.length; i += 4) {
    if (data.periods[i]! >= data.entityIds.length || data.periods[i + 3]! >= data.entityIds.length) fail('periods');
  }
  if (data.roundDates !== undefined) {
    if (!isNumbers(data.roundDates) || data.roundDates.length % 3) fail('round dates');
    for (let i = 0; i < data.roundDates.length; i += 3) {
      if (data.roundDates[i]! >= data.entityIds.length || data.roundDates[i + 2]! >= data.entityIds.length) fail('round dates');
    }
  }
  if (data.formerBodies !== undefined) {
    if (!isNumbers(data.formerBodies) || data.formerBodies.length % 3 || data.formerBodies.some((n) => n >= data.entityIds.length)) fail('former bodies');
  }
  if (data.rounds !== undefined) {
    if (!isNumbers(data.rounds) || data.rounds.length % 3) fail('rounds');
    for (let i = 0; i < data.rounds.length; i += 3) {
      if (data.rounds[i]! >= data.entityIds.length || data.rounds[i + 2]! >= data.entityIds.length) fail('rounds');
    }
  }
  if (!Array.isArray(data.casePatterns) || !data.casePatterns.every((p) => Array.isArray(p) && Number.isInteger(p[0]) && typeof p[1] === 'string')) fail('case patterns');
}
