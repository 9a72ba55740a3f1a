/**
 * A dataset of any size for the search benchmark and the scale tests: the real entities first, then
 * made-up institutions in the same shape, with names, aliases and definitions in three languages
 * drawn from a pseudo-random (seeded, so repeatable) vocabulary, each text as long as the schema
 * allows. Not facts; never shipped.
 */
import type { Entity, Kind } from '../dataset/schema.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = 'abdefghijklmnoprstuwyzçäňöşüýž';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшыэюяё';
const KINDS: Kind[] = ['institution', 'action-plan', 'organization', 'law', 'dialogue-round'];

export function syntheticEntities(real: readonly Entity[], total: number, seed = 7): Entity[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (alphabet: string) => {
    let w = '';
    const n = 4 + Math.floor(random() * 8);
    for (let i = 0; i < n; i++) w += alphabet[Math.floor(random() * alphabet.length)];
    return w;
  };
  const vocab = {
    en: Array.from({ length: 3000 }, () => word(LATIN.slice(0, 20))),
    ru: Array.from({ length: 3000 }, () => word(CYRILLIC)),
    tk: Array.from({ length: 3000 }, () => word(LATIN)),
  };
  const phrase = (lang: 'en' | 'ru' | 'tk', n: number) => Array.from({ length: n }, () => pick(vocab[lang])).join(' ');
  // As long as the schema allows a definition (400 characters), to measure the worst case.
  const definition = (lang: 'en' | 'ru' | 'tk') => {
    let text = phrase(lang, 70);
    while (text.length > 400) text = text.slice(0, text.lastIndexOf(' '));
    return cap(text);
  };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const out: Entity[] = [...real];
  for (let i = 0; out.length < total; i++) {
    const kind = pick(KINDS);
    const start = 1995 + Math.floor(random() * 30);
    const entity: Entity = {
      id: `synthetic.${kind}.n${i}`,
      kind,
      names: { en: cap(phrase('en', 3 + Math.floor(random() * 5))), ru: cap(phrase('ru', 3 + Math.floor(random() * 5))), tk: cap(phrase('tk', 3 + Math.floor(random() * 5))) },
      aliases: Array.from({ length: 2 + Math.floor(random() * 14) }, () => {
        const lang = pick(['en', 'ru', 'tk'] as const);
        return { text: cap(phrase(lang, 1 + Math.floor(random() * 4))), lang };
      }),
      definition: { en: definition('en'), ru: definition('ru'), tk: definition('tk') },
      dates: kind === 'action-plan' ? { periodStart: start, periodEnd: start + 4 } : { established: String(start) },
      sources: [{ url: 'https://example.org/synthetic', title: 'Synthetic entity for benchmarks', supports: ['definition'] }],
    };
    out.push(entity);
  }
  return out;
}
