/** The public shapes of the mention engine, and the compiled index it matches with. */
import type { DoubleArray } from './trie.ts';

/** Alias bits. */
export const A_GENERIC = 1;
/** Starts with a coordination head ("Ministry of", "Министерство"): ", Internal Affairs" may follow. */
export const A_HEAD = 2;
/** Built-in name of a foreign country, a demonym or the EU: context only, never reported. */
export const A_FOREIGN = 4;
/** Built-in name of Turkmenistan or its people: context only, never reported. */
export const A_HOME = 8;
/** The single word "Mejlis", which in Turkmen is also the common noun "session". */
export const A_MEJLIS = 16;
/** "Halk Maslahaty", which also names the local people's councils of velayats and etraps. */
export const A_COUNCIL = 32;
/**
 * A one-word generic Turkmen name that is also the English plural of one of its entity's English
 * names: Turkmen "Ombudsmen" (the Ombudsman) is English "ombudsmen" (ombudsmen in general).
 */
export const A_EN_PLURAL = 64;
/** Ends in a word for a body named by its topic ("… Commission", "… комиссия", "… topar"): see `topicOf` in match.ts. */
export const A_TOPIC = 128;

/** Stem-end bits of a slot: it ends a stem; none of its entries needs a case check; some take endings. */
export const STEM_END = 1;
export const STEM_PLAIN = 2;
export const STEM_INFLECTS = 4;
/** Some entry's group can begin an alias. */
export const STEM_STARTS = 8;
/** Plain, and no stem above it takes endings: a word spelled exactly so is this stem and nothing else. */
export const STEM_SOLE = 16;

/** Char-trie entry bits. */
export const E_INFLECTS = 1;
/** Two bits: the script whose endings the page word may add (`SUFFIX_*` in inflection.ts). */
export const E_SCRIPT_SHIFT = 1;
export const E_CASE = 8;
/** The entry's word group can begin an alias: the token is worth a walk of the alias trie. Derived, not stored. */
export const E_STARTS = 16;

export interface Mention {
  /** UTF-16 offsets into the text that was passed in, end exclusive. */
  start: number;
  end: number;
  entityId: string;
  /** The alias (as written in the dataset) that matched; for a plan resolved to a period, the plan's alias. */
  alias: string;
}

export interface MatchOptions {
  /**
   * Whether the page is about Turkmenistan, which generic aliases ("Supreme Court") need.
   * Omitted: decided from the text itself.
   */
  aboutTurkmenistan?: boolean;
  /**
   * Whether the page uses Turkmen "mejlis" in its common sense (a session, a sitting), as judged
   * from elsewhere on the page. The text's own evidence ("dialogyň mejlisi") counts in any case.
   * A content script that feeds text in pieces can decide both flags once with `analyzeContext`.
   */
  mejlisAsSession?: boolean;
  /**
   * Bodies whose bare name a page uses for their predecessor (`MentionIndex.formerBodies`), as
   * judged from elsewhere on the page: ids of the predecessors. The text's own evidence counts in any case.
   */
  formerBodies?: readonly string[];
}

/** Folded-character trie of alias-word stems, frozen in breadth-first order (children contiguous). */
export interface CharTrie {
  /** Children of node k are the nodes first[k] .. first[k+1]-1, sorted by label. */
  first: Int32Array;
  /** The folded character on the edge into each node. */
  label: Uint16Array;
  /** Entries (word groups a stem stands for) of node k: entryFirst[k] .. entryFirst[k+1]-1. */
  entryFirst: Int32Array;
  entryGroup: Int32Array;
  /** `E_*` bits above. */
  entryFlags: Uint8Array;
  /** The same trie as a double array, which the scanner steps through (slots, not node numbers). */
  slots: DoubleArray;
  /** `STEM_*` bits of each slot (0: no stem ends there). */
  stemEnd: Uint8Array;
  /** Letters from the root to each slot. */
  depth: Uint16Array;
  /**
   * For each slot, the deepest slot strictly above it where a stem ends (−1: none): the scanner walks
   * letters without looking at stems, and at the word's end follows these links from the stem it
   * ended on to the shorter stems the word passed through.
   */
  stemAbove: Int32Array;
  /** The deepest slot at or above each slot where a stem that takes endings ends (−1: none). */
  inflectsUp: Int32Array;
}

/** Word-level trie of aliases: edges are word groups, outputs are alias numbers. */
export interface PhraseTrie {
  first: Int32Array;
  label: Int32Array;
  /** Children of the main root by group (−1: none). */
  root: Int32Array;
  /** Root of the second trie, of what follows a coordination head ("Internal Affairs" for "Ministry of Internal Affairs"). */
  tailRoot: number;
  outFirst: Int32Array;
  out: Int32Array;
}

export interface Period {
  start: number;
  end: number;
  entity: number;
}

/** A numbered round of a dialogue ("the 16th round"), by the dialogue's entity number. */
export interface RoundRef {
  ordinal: number;
  entity: number;
}

/** A dated round of a dialogue ("on 18 June 2020"): the day as YYYYMMDD, DD 00 when only the month is known. */
export interface DatedRound {
  date: number;
  entity: number;
}

export interface MentionIndex {
  readonly chars: CharTrie;
  /** Letter case each case-sensitive word group requires: 'U' upper, 'l' anything else. */
  readonly casePatterns: ReadonlyMap<number, string>;
  readonly groupCount: number;
  /** The group of "the", which the matcher may skip inside a name (−1 if no alias has it). */
  readonly groupThe: number;
  readonly phrase: PhraseTrie;
  readonly aliasText: readonly string[];
  /** Entity number of each alias, −1 for the built-in country names. */
  readonly aliasEntity: Int32Array;
  /** `A_*` bits above. */
  readonly aliasFlags: Uint16Array;
  readonly entityIds: readonly string[];
  /** Dated periods of a plan family, keyed by the family's entity number. */
  readonly periods: ReadonlyMap<number, readonly Period[]>;
  /** Numbered rounds of a dialogue, keyed by the dialogue's entity number. */
  readonly rounds: ReadonlyMap<number, readonly RoundRef[]>;
  /** Dated rounds of a dialogue, keyed by the dialogue's entity number. */
  readonly roundDates: ReadonlyMap<number, readonly DatedRound[]>;
  /**
   * Flattened (body, predecessor, structure) entity triples: the predecessor belonged to the
   * structure and the body does not (the Halk Maslahaty of 2023 and the chamber of the Milli Gengesh
   * before it). On a text that names the structure or the predecessor, the body's generic names are
   * the predecessor's: "Halk Maslahatynyň başlygy" in 2021 is the chamber's chair.
   */
  readonly formerBodies: Int32Array;
}

/** Plain JSON, sent from the background to content scripts. */
export interface SerializedIndex {
  format: 'dialogue-lens-mentions';
  version: 1;
  /**
   * What the engine that built it derives from a dataset (INDEX_REVISION): a stored index of an
   * older revision still loads, and the background rebuilds it from the stored entities.
   */
  revision?: number;
  entityIds: string[];
  aliasText: string[];
  aliasEntity: number[];
  aliasFlags: number[];
  groupCount: number;
  groupThe: number;
  casePatterns: [number, string][];
  /** Char trie, breadth first: one character per node (the root's is a placeholder) and child counts. */
  charLabels: string;
  charChildCounts: number[];
  /** Flattened (node, group, flags) triples. */
  charEntries: number[];
  phraseLabels: number[];
  phraseChildCounts: number[];
  phraseTailRoot: number;
  /** Flattened (node, alias) pairs. */
  phraseOutputs: number[];
  /** Flattened (family, start, end, entity) quadruples. */
  periods: number[];
  /** Flattened (dialogue, ordinal, round entity) triples; absent in indexes stored by older versions. */
  rounds?: number[];
  /** Flattened (dialogue, date as YYYYMMDD, round entity) triples; absent before revision 3. */
  roundDates?: number[];
  /** Flattened (body, predecessor, structure) triples; absent before revision 4. */
  formerBodies?: number[];
}
