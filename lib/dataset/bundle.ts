/**
 * The publishable bundle: `dataset.json` plus a small `manifest.json` that names its version,
 * size and sha256. The same input gives byte-identical output, so a rebuild that changes nothing
 * publishes nothing new.
 */
import { Dataset, Manifest, SCHEMA_VERSION, type Entity } from './schema.ts';

export interface BundleMeta {
  /** Semver of the data, bumped by whoever publishes. */
  version: string;
  /** The day the data was last reviewed; doubles as generatedAt so builds are reproducible. */
  asOf: string;
}

export interface Bundle {
  dataset: Dataset;
  datasetJson: string;
  manifest: Manifest;
  manifestJson: string;
}

/** Lists on every entity the dialogue rounds that mention it, so readers need not search for them. */
export function withRoundLinks(entities: readonly Entity[]): Entity[] {
  const roundsOf = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.kind !== 'dialogue-round') continue;
    for (const id of e.round?.mentions ?? []) {
      const set = roundsOf.get(id) ?? new Set<string>();
      set.add(e.id);
      roundsOf.set(id, set);
    }
  }
  return entities.map((e) => {
    const rounds = new Set([...(e.rounds ?? []), ...(roundsOf.get(e.id) ?? [])]);
    return rounds.size ? { ...e, rounds: [...rounds].sort() } : e;
  });
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function buildBundle(entities: readonly Entity[], meta: BundleMeta): Promise<Bundle> {
  const generatedAt = `${meta.asOf}T00:00:00.000Z`;
  const sorted = withRoundLinks(entities).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dataset = Dataset.parse({ schemaVersion: SCHEMA_VERSION, version: meta.version, generatedAt, entities: sorted });
  const datasetJson = JSON.stringify(dataset) + '\n';
  const counts: Record<string, number> = {};
  for (const e of dataset.entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  const manifest = Manifest.parse({
    schemaVersion: SCHEMA_VERSION,
    version: meta.version,
    generatedAt,
    dataset: {
      path: 'dataset.json',
      sha256: await sha256Hex(datasetJson),
      bytes: new TextEncoder().encode(datasetJson).byteLength,
    },
    counts: Object.fromEntries(Object.entries(counts).sort()),
  });
  return { dataset, datasetJson, manifest, manifestJson: JSON.stringify(manifest, null, 2) + '\n' };
}
