import { describe, expect, it } from 'vitest';
import { buildBundle, sha256Hex } from './bundle.ts';
import type { Entity } from './schema.ts';

const base = {
  aliases: [],
  definition: { en: 'Defined.' },
  sources: [{ url: 'https://example.org/', title: 'Example', supports: ['names', 'definition', 'dates', 'round'] }],
};
const mejlis: Entity = { ...base, id: 'tm.mejlis', kind: 'institution', names: { en: 'Mejlis' } };
const round: Entity = {
  ...base,
  id: 'dialogue.eu-tm-hrd.2020-06-18',
  kind: 'dialogue-round',
  names: { en: 'Round of 18 June 2020' },
  dates: { held: '2020-06-18' },
  round: { mentions: ['tm.mejlis'] },
};
const meta = { version: '1.2.3', asOf: '2026-11-28' };

describe('dataset bundle', () => {
  it('is byte-identical for the same input, whatever the input order', async () => {
    const a = await buildBundle([mejlis, round], meta);
    const b = await buildBundle([round, mejlis], meta);
    expect(a.datasetJson).toBe(b.datasetJson);
    expect(a.manifestJson).toBe(b.manifestJson);
  });

  it('names the dataset’s size and hash in the manifest', async () => {
    const { manifest, datasetJson } = await buildBundle([mejlis, round], meta);
    expect(manifest.dataset.sha256).toBe(await sha256Hex(datasetJson));
    expect(manifest.dataset.bytes).toBe(Buffer.byteLength(datasetJson));
    expect(manifest.counts).toEqual({ 'dialogue-round': 1, institution: 1 });
    expect(manifest.version).toBe('1.2.3');
  });

  it('lists on an institution the dialogue rounds that mention it', async () => {
    const { dataset } = await buildBundle([mejlis, round], meta);
    expect(dataset.entities.find((e) => e.id === 'tm.mejlis')?.rounds).toEqual(['dialogue.eu-tm-hrd.2020-06-18']);
  });
});
