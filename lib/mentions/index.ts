/**
 * The mention engine: finds names of Turkmen institutions, national plans and dialogue rounds in
 * plain text (English, Russian, Turkmen). No DOM, no browser globals: the content script feeds it
 * text and maps the offsets back to nodes.
 */
export { buildIndex } from './index-build.ts';
export { serializeIndex, loadIndex, INDEX_REVISION } from './serialize.ts';
export { findMentions, analyzeContext, pageContext, warmUp, type TextContext } from './match.ts';
export { findMentionsInParts, type PartMention } from './parts.ts';
export type { Mention, MatchOptions, MentionIndex, SerializedIndex } from './types.ts';
