/**
 * Datasets for the sync and database tests (tests only). The entities are shaped like real ones;
 * the "new" one is invented so a test can tell the newer dataset from the older.
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../dataset/schema.ts';
import type { Bundle } from '../dataset/bundle.ts';
import { buildSignedBundle } from './publish.ts';
import { importSigningKey, type SigningKey } from './signature.ts';

const source = (supports: string[]) => ({ url: 'https://example.org/source', title: 'A source page', supports });

export function baseEntities(): Entity[] {
  return [
    {
      id: 'tm.ombudsman',
      kind: 'institution',
      names: { en: 'Ombudsman of Turkmenistan', ru: 'Омбудсмен Туркменистана' },
      aliases: [{ text: 'Ombudswoman of Turkmenistan', lang: 'en' }],
      definition: { en: 'The human rights commissioner of Turkmenistan.' },
      sources: [source(['names', 'aliases', 'definition'])],
    },
    {
      id: 'dialogue.eu-tm-hrd',
      kind: 'dialogue',
      names: { en: 'EU–Turkmenistan Human Rights Dialogue' },
      aliases: [],
      definition: { en: 'The annual human rights dialogue between the EU and Turkmenistan.' },
      sources: [source(['names', 'definition'])],
    },
    {
      id: 'dialogue.eu-tm-hrd.2020-06-18',
      kind: 'dialogue-round',
      names: { en: 'EU–Turkmenistan Human Rights Dialogue, 2020' },
      aliases: [],
      definition: { en: 'A round of the dialogue held by video conference.' },
      dates: { held: '2020-06-18' },
      relations: { parent: 'dialogue.eu-tm-hrd' },
      round: { ordinal: 12, mentions: ['tm.ombudsman'] },
      sources: [source(['names', 'definition', 'dates', 'relations', 'round'])],
    },
  ];
}

/** Only in the newer fixture dataset. */
export const NEW_ENTITY: Entity = {
  id: 'tm.commission-on-sync-checks',
  kind: 'institution',
  names: { en: 'State Commission on Sync Checks' },
  aliases: [],
  definition: { en: 'An invented commission that exists only in the newer test dataset.' },
  sources: [source(['names', 'definition'])],
};

let devKey: Promise<SigningKey> | undefined;
export function developmentSigningKey(): Promise<SigningKey> {
  devKey ??= importSigningKey(readFileSync(new URL('../../scripts/keys/development-signing-key.jwk.json', import.meta.url), 'utf8'));
  return devKey;
}

export async function fixtureBundle(version: string, entities: Entity[] = baseEntities(), key?: SigningKey): Promise<Bundle> {
  return buildSignedBundle(entities, { version, asOf: '2026-01-15' }, key ?? (await developmentSigningKey()));
}
