/**
 * The dataset's closed vocabularies, in a module of their own: the schema (schema.ts) builds its
 * enums from them, and the popup and options page list kinds from them without loading zod.
 */
export const LANGS = ['en', 'ru', 'tk'] as const;

export const KINDS = ['institution', 'action-plan', 'dialogue', 'dialogue-round', 'organization', 'law'] as const;

export const STATUSES = ['active', 'completed', 'superseded', 'abolished', 'held', 'planned'] as const;
