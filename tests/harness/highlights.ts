/**
 * Reading our highlights from a test: the text of each range registered as
 * `CSS.highlights.get('dialogue-lens')`. Highlights hold StaticRanges, which have no text of their
 * own, so each is read through a live Range. Works with Playwright's and Puppeteer's pages alike.
 */

/** In the page: the highlighted texts, in registration order, spaces collapsed. Self-contained, for `page.evaluate`. */
export function highlightedTexts(): string[] {
  const highlight = CSS.highlights.get('dialogue-lens');
  if (!highlight) return [];
  return [...highlight].map((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString().replace(/\s+/g, ' ');
  });
}

interface Evaluating {
  evaluate(fn: () => string[]): Promise<string[]>;
}

/** Waits until `text` is highlighted on the page; fails with what is highlighted instead. */
export async function waitForHighlighted(page: Evaluating, text: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < until) {
    seen = await page.evaluate(highlightedTexts).catch(() => []);
    if (seen.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`"${text}" was not highlighted within ${timeoutMs} ms; highlighted: ${JSON.stringify(seen)}`);
}
