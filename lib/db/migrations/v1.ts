/** Version 1: the dataset's entities, the prebuilt mention index, and sync metadata. */
export const v1 = {
  version: 1,
  stores: {
    entities: 'id, kind',
    mentionIndex: 'id',
    syncMeta: 'key',
  },
} as const;
