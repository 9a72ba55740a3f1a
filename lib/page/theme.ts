/**
 * Light or dark popover: it follows the page the reader is looking at (a dark news site gets a dark
 * card), not only the system setting.
 */

/** `rgb(…)`/`rgba(…)` as getComputedStyle writes it → [r, g, b, alpha], or undefined. */
export function parseColor(css: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return undefined;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * The theme for a page given the background colours from the element under the mention outwards
 * (the first opaque one wins), and what the system prefers when every one is transparent.
 */
export function themeFor(backgrounds: readonly string[], systemDark: boolean): 'light' | 'dark' {
  for (const bg of backgrounds) {
    const c = parseColor(bg);
    if (c && c[3] >= 0.5) return luminance(c) < 0.2 ? 'dark' : 'light';
  }
  return systemDark ? 'dark' : 'light';
}
