/**
 * The page's language, so the popover can name an entity in it first ("the page's language
 * first, English second"). The document's own `lang` wins; pages without one are judged by the
 * letters of their text.
 */
import type { Lang } from '../dataset/schema.ts';

/** `tk`, `tk-TM`, `tuk`, `ru-RU`, `en-GB` → our three languages; anything else → undefined. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en' || primary === 'eng') return 'en';
  if (primary === 'ru' || primary === 'rus') return 'ru';
  if (primary === 'tk' || primary === 'tuk') return 'tk';
  return undefined;
}

// Letters of the Turkmen Latin alphabet that English does not use.
const TURKMEN_LETTERS = /[ňýžşäçöüŇÝŽŞÄÇÖÜ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;

/** Guesses from a sample of the page's text by counting letters of each script. */
export function langFromText(sample: string): Lang {
  const text = sample.slice(0, 20_000);
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  const turkmen = text.match(TURKMEN_LETTERS)?.length ?? 0;
  // Turkmen prose has one such letter in every 10–25; an English page quoting a Turkmen name or
  // two stays well below 1 in 33.
  if (latin > 0 && turkmen / latin > 0.03) return 'tk';
  return 'en';
}

export function pageLang(langAttribute: string | null | undefined, textSample: () => string): Lang {
  return langFromTag(langAttribute) ?? langFromText(textSample());
}
