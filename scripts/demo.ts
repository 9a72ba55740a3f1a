/**
 * `npm run demo`: the extension at work on the demo pages, headless, on any machine.
 * Serves the seed page (English) and its Russian and Turkmen counterparts on 127.0.0.1, opens each
 * in Chromium with the built extension, prints what the extension found and writes screenshots
 * of each page and of the popup to demo-output/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchChromium } from '../tests/harness/browsers.ts';
import { demoPages } from '../tests/harness/pages.ts';
import { startFixtureServer } from '../tests/harness/server.ts';

const OUT = path.join(ROOT, 'demo-output');
// `npm run demo -- --readme` also refreshes the screenshots the README shows.
const README_SHOTS = process.argv.includes('--readme') ? path.join(ROOT, 'tests/screenshots') : undefined;
mkdirSync(OUT, { recursive: true });
if (README_SHOTS) mkdirSync(README_SHOTS, { recursive: true });

async function screenshot(page: Page, file: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(OUT, file), fullPage });
  if (README_SHOTS) copyFileSync(path.join(OUT, file), path.join(README_SHOTS, file));
}

/** The highlighted text on a page, read from the CSS Custom Highlight registry (the page's DOM is untouched). */
async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('dialogue-lens');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')) : [];
  });
}

async function waitForAnnotation(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('dialogue-lens'), null, { timeout: 15_000 });
  // Annotation runs in slices after idle: wait until the count stops changing.
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const count = await page.evaluate(() => CSS.highlights.get('dialogue-lens')?.size ?? 0);
    if (count === last && count > 0) return;
    last = count;
    await page.waitForTimeout(150);
  }
}

const server = await startFixtureServer();
const session = await launchChromium();
try {
  for (const demo of demoPages()) {
    const page = await session.context.newPage();
    await page.goto(server.url(demo.path));
    await waitForAnnotation(page);
    const found = await highlightedTexts(page);
    const file = `page-${path.basename(demo.path, '.html')}.png`;
    await screenshot(page, file, true);
    console.log(`\n${demo.title}\n  ${server.url(demo.path)} (${demo.lang}): ${found.length} mention(s) highlighted`);
    for (const text of found) console.log(`  • ${text}`);
    console.log(`  screenshot: demo-output/${file}`);
    await page.close();
  }

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.waitForLoadState('networkidle');
  await screenshot(popup, 'popup.png');
  console.log('\npopup: demo-output/popup.png');
} finally {
  await session.close();
  await server.close();
}
