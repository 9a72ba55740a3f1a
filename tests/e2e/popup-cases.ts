/**
 * The popup and the options page (issue 7), written once and run in Chromium (playwright-core) and
 * Firefox (puppeteer-core over WebDriver BiDi) by popup.chromium.test.ts and popup.firefox.test.ts
 * through a small driver. The popup is opened as a tab (`popup.html`), as the popover's "Search in
 * Dialogue Lens" opens it; "On this page" then speaks of the tab the reader was on before.
 * Everything is read from the pages as a user meets them: focused element, roles and names,
 * visible text, the page's `CSS.highlights`.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Dataset, type Entity } from '../../lib/dataset/schema.ts';
import { buildSignedBundle } from '../../lib/sync/publish.ts';
import { NEW_ENTITY, developmentSigningKey } from '../../lib/sync/test-fixtures.ts';
import { ROOT } from '../harness/browsers.ts';
import { startDataServer, type DataServer } from '../harness/data-server.ts';
import { highlightedTexts } from '../harness/highlights.ts';
import type { FixtureServer } from '../harness/server.ts';

export const SEED_PAGE = '/human-rights-dialogue-2020.html';

/** A tab, driven the same way in both browsers. */
export interface Tab {
  /** Runs `fn(arg)` in the page and returns its JSON result. */
  run<R>(fn: (arg: never) => R, arg?: unknown): Promise<Awaited<R>>;
  type(text: string): Promise<void>;
  press(key: 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape' | 'Tab'): Promise<void>;
  /** A real mouse click on the element the selector finds. */
  click(selector: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** The browser's preferred languages (navigator.languages), where the driver can set them. */
  languages?: string[];
}

export interface Driver {
  name: 'chromium' | 'firefox';
  server: FixtureServer;
  /** Where screenshots go. */
  out: string;
  /** A web page from the fixture server, in a new tab brought to the front. */
  openPage(path: string): Promise<Tab>;
  /** An extension page (`popup.html`, `options.html`) in a new tab brought to the front. */
  openExtension(page: string, options?: OpenOptions): Promise<Tab>;
  /** The built extension's directory. */
  extensionDir: string;
  /** Whether `openExtension` can set `languages`. */
  canSetLanguages: boolean;
}

export interface Case {
  name: string;
  /** Runs only in these browsers (default: both). */
  only?: Driver['name'];
  run(d: Driver): Promise<void>;
}

/** Polls `fn` in the tab until it returns something truthy. */
type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

export async function waitFor<R>(tab: Tab, fn: (arg: never) => R, arg?: unknown, what = 'condition', timeoutMs = 15_000): Promise<Truthy<Awaited<R>>> {
  const deadline = Date.now() + timeoutMs;
  let last: Awaited<R> | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await tab.run(fn, arg);
      if (last) return last as Truthy<Awaited<R>>;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}${error ? `; error: ${String(error)}` : ''}`);
}

/** Types into a field, replacing what it held. */
async function fill(tab: Tab, selector: string, text: string): Promise<void> {
  await tab.click(selector);
  await tab.run((sel: string) => (document.querySelector(sel) as HTMLInputElement).select(), selector);
  await tab.type(text);
}

/** The popup's search results, as names, in order. */
const optionNames = () => [...document.querySelectorAll('[role="listbox"] [role="option"] .result-name')].map((o) => o.textContent);

/** Opens the seed page and waits until its annotation has settled. */
async function seedPage(d: Driver): Promise<Tab> {
  const page = await d.openPage(SEED_PAGE);
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = (await page.run(highlightedTexts)).length;
    if (n > 0 && n === last) return page;
    last = n;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail('the seed page was never annotated');
}

async function openPopup(d: Driver, options?: OpenOptions): Promise<Tab> {
  const popup = await d.openExtension('popup.html', options);
  await waitFor(popup, () => document.querySelector('.sync-footer .dataset-facts')?.textContent, undefined, 'the popup to load its dataset');
  return popup;
}

function bundledDataset(d: Driver) {
  return Dataset.parse(JSON.parse(readFileSync(path.join(d.extensionDir, 'dataset/dataset.json'), 'utf8')));
}

export const cases: Case[] = [
  {
    name: 'the search field is focused when the popup opens, and "ombudswoman" finds the Ombudsman first',
    async run(d) {
      const popup = await openPopup(d);
      const focused = await popup.run(() => ({ role: document.activeElement?.getAttribute('role'), controls: document.activeElement?.getAttribute('aria-controls') }));
      assert.deepEqual(focused, { role: 'combobox', controls: 'search-results' });
      await popup.type('ombudswoman');
      const names = await waitFor(popup, () => {
        const n = [...document.querySelectorAll('[role="listbox"] [role="option"] .result-name')].map((o) => o.textContent);
        return n.length ? n : null;
      }, undefined, 'search results');
      assert.equal(names[0], 'Ombudsman of Turkmenistan');
      const firstMatched = await popup.run(() => document.querySelector('[role="option"] .result-meta')?.textContent ?? '');
      assert.match(firstMatched, /matches “Ombudswoman”/);
      await popup.screenshot('search-ombudswoman.png');

      // Kind chips: "Action plans" alone leaves only plans; "All" brings every kind back.
      await fill(popup, '#search-input', 'turkmenistan');
      await waitFor(popup, () => document.querySelectorAll('[role="option"]').length > 3, undefined, 'results for turkmenistan');
      const kindsOf = () => [...document.querySelectorAll('[role="option"] .result-meta')].map((m) => m.textContent?.split(' · ')[0]);
      assert.ok(new Set(await popup.run(kindsOf)).size > 1, 'several kinds before filtering');
      const chip = await popup.run(() => [...document.querySelectorAll('.kind-chips button')].findIndex((b) => b.textContent === 'Action plans'));
      assert.ok(chip > 0, 'there is an "Action plans" chip');
      await popup.click(`.kind-chips button:nth-child(${chip + 1})`);
      const only = await waitFor(
        popup,
        () => {
          const kinds = [...document.querySelectorAll('[role="option"] .result-meta')].map((m) => m.textContent?.split(' · ')[0]);
          return kinds.length && kinds.every((k) => k === 'National action plan') ? kinds : null;
        },
        undefined,
        'only action plans',
      );
      assert.ok(only.length > 0);
      assert.equal(await popup.run((n: number) => document.querySelector(`.kind-chips button:nth-child(${n})`)?.getAttribute('aria-pressed'), chip + 1), 'true');
      await popup.click('.kind-chips button:nth-child(1)');
      await waitFor(popup, () => new Set([...document.querySelectorAll('[role="option"] .result-meta')].map((m) => m.textContent?.split(' · ')[0])).size > 1, undefined, 'all kinds again');
      await popup.close();
    },
  },
  {
    name: '"меджлис" finds the Mejlis first; ↓ moves the active option, Enter opens it, Escape goes back to the results',
    async run(d) {
      const popup = await openPopup(d);
      await popup.type('меджлис');
      await waitFor(popup, () => document.querySelectorAll('[role="option"]').length > 0, undefined, 'results for меджлис');
      assert.equal((await popup.run(optionNames))[0], 'Mejlis of Turkmenistan');

      const activeName = () => {
        const id = document.querySelector('[role="combobox"]')?.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id)?.querySelector('.result-name')?.textContent : null;
      };
      assert.equal(await popup.run(activeName), 'Mejlis of Turkmenistan', 'the first result is active');
      const count = (await popup.run(optionNames)).length;
      if (count > 1) {
        await popup.press('ArrowDown');
        assert.equal(await popup.run(activeName), (await popup.run(optionNames))[1]);
        await popup.press('ArrowUp');
      }
      await popup.press('Enter');
      const heading = await waitFor(popup, () => document.querySelector('.entity-card h2')?.textContent, undefined, 'the Mejlis card');
      assert.equal(heading, 'Mejlis of Turkmenistan');
      assert.equal(await popup.run(() => document.activeElement?.id), 'entity-title', 'the card takes focus at its heading');
      await popup.screenshot('entity-mejlis.png');
      await popup.press('Escape');
      await waitFor(popup, () => document.querySelectorAll('[role="option"]').length > 0 && !document.querySelector('.entity-card'), undefined, 'back to the results');
      assert.equal(await popup.run(() => document.activeElement?.getAttribute('role')), 'combobox');
      await popup.close();
    },
  },
  {
    name: 'the popup opened on an entity (as the popover\'s "Search in Dialogue Lens" opens it) shows that entity with its dialogue rounds',
    async run(d) {
      const bundled = bundledDataset(d);
      // An entity that a dialogue round mentions, so the card has rounds to list.
      const round = bundled.entities.find((e) => e.kind === 'dialogue-round' && e.round?.mentions?.length && e.dates?.held);
      const target = round && bundled.entities.find((e) => e.id === round.round!.mentions![0]);
      assert.ok(target, 'the dataset has a round that mentions an entity');
      const popup = await d.openExtension(`popup.html?entity=${encodeURIComponent(target.id)}`);
      const heading = await waitFor(popup, () => document.querySelector('.entity-card h2')?.textContent, undefined, 'the entity card');
      assert.equal(heading, target.names.en);
      const rounds = await popup.run(() => [...document.querySelectorAll('.entity-card .rounds > li')].length);
      assert.ok(rounds > 0, 'the card lists the rounds the entity came up at');
      await popup.close();
    },
  },
  {
    name: 'the home view lists every round of the Human Rights Dialogue by date, each with its links',
    async run(d) {
      const bundled = bundledDataset(d);
      const rounds = bundled.entities.filter((e) => e.kind === 'dialogue-round' && e.relations?.parent === 'dialogue.eu-tm-hrd');
      const popup = await openPopup(d);
      const shown = await waitFor(
        popup,
        () => {
          const items = [...document.querySelectorAll('.timeline > li')];
          return items.length ? items.map((li) => ({ date: li.querySelector('.round-date')?.textContent, links: li.querySelectorAll('.round-links a[href^="https://"]').length })) : null;
        },
        undefined,
        'the timeline',
      );
      assert.equal(shown.length, rounds.length);
      const years = shown.map((r) => Number(/\d{4}/.exec(r.date ?? '')?.[0] ?? NaN)).filter((y) => !Number.isNaN(y));
      assert.deepEqual(years, [...years].sort((a, b) => a - b), 'oldest first');
      const withLinks = rounds.filter((r) => r.links?.length).length;
      assert.equal(shown.filter((r) => r.links > 0).length, withLinks, 'every round that has links shows them');
      await popup.close();
    },
  },
  {
    name: 'the seed page\'s mentions are listed under "On this page", and choosing one scrolls to it and flashes it',
    async run(d) {
      const page = await seedPage(d);
      await page.run(() => window.scrollTo(0, document.body.scrollHeight));
      const popup = await openPopup(d);
      const listed = await waitFor(
        popup,
        () => {
          const items = [...document.querySelectorAll('.mention-list .mention')];
          return items.length ? items.map((li) => ({ name: li.querySelector('.mention-name')?.textContent, count: Number(li.querySelector('.count')?.textContent) })) : null;
        },
        undefined,
        '"On this page" to list the mentions',
      );
      const names = listed.map((m) => m.name);
      assert.ok(names.includes('Ombudsman of Turkmenistan'), `lists the Ombudsman (${names.join('; ')})`);
      assert.ok(names.includes('Mejlis of Turkmenistan'), 'lists the Mejlis');
      assert.ok(listed.every((m) => m.count >= 1));
      const onPage = (await page.run(highlightedTexts)).length;
      assert.equal(
        listed.reduce((s, m) => s + m.count, 0),
        onPage,
        'the counts add up to the mentions highlighted on the page',
      );
      await popup.screenshot('on-this-page.png');

      await popup.click('button[aria-label="Show “Ombudsman of Turkmenistan” on the page"]');
      const flashed = await waitFor(
        page,
        () => {
          const flash = CSS.highlights.get('dialogue-lens-flash');
          if (!flash) return null;
          const [r] = [...flash];
          if (!r) return null;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const rect = live.getBoundingClientRect();
          return { text: live.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
        },
        undefined,
        'the mention to flash on the page',
        5000,
      );
      assert.match(flashed.text, /Ombuds/);
      assert.ok(flashed.inView, 'the page scrolled the mention into view');
      await popup.close();
      await page.close();
    },
  },
  {
    name: '"Highlight on this site" switches the seed page\'s highlights off and on, and is remembered for the site',
    async run(d) {
      const page = await seedPage(d);
      const popup = await openPopup(d);
      const site = await waitFor(popup, () => document.querySelector('.site-name')?.textContent, undefined, 'the site of the tab');
      assert.equal(site, '127.0.0.1');
      const sw = 'input[role="switch"]';
      assert.equal(await popup.run((s: string) => (document.querySelector(s) as HTMLInputElement).checked, sw), true);
      assert.equal(await popup.run((s: string) => document.querySelector(s)?.closest('label')?.textContent, sw), 'Highlight on this site');
      await popup.click(sw);
      await waitFor(page, () => (CSS.highlights.get('dialogue-lens')?.size ?? 0) === 0, undefined, 'the highlights to go');
      await popup.close();

      // The popup speaks of the tab the reader was on: come back to the page, then open it again.
      await page.bringToFront();
      const again = await openPopup(d);
      await waitFor(again, () => !!document.querySelector('.site-name'), undefined, 'the site');
      assert.equal(await again.run((s: string) => (document.querySelector(s) as HTMLInputElement).checked, sw), false, 'remembered as off');
      assert.match(await again.run(() => document.querySelector('.panel')?.textContent ?? ''), /Highlighting is off on this site/);
      await again.click(sw);
      await waitFor(page, () => (CSS.highlights.get('dialogue-lens')?.size ?? 0) > 0, undefined, 'the highlights to come back');
      await again.close();
      await page.close();
    },
  },
  {
    name: 'turning a kind off in the options removes its highlights on the next page load',
    async run(d) {
      const institutionNames = /Mejlis|Ombuds/;
      const before = await seedPage(d);
      const texts = await before.run(highlightedTexts);
      assert.ok(texts.some((t) => institutionNames.test(t)), 'institutions are highlighted to begin with');
      await before.close();

      const options = await d.openExtension('options.html');
      await waitFor(options, () => !!document.querySelector('#kind-institution'), undefined, 'the options page');
      await options.click('#kind-institution');
      await waitFor(options, () => !(document.querySelector('#kind-institution') as HTMLInputElement).checked, undefined, 'the box to clear');

      const after = await seedPage(d);
      const left = await after.run(highlightedTexts);
      assert.ok(!left.some((t) => institutionNames.test(t)), `no institution is highlighted any more (${left.join('; ')})`);
      assert.ok(left.length > 0, 'other kinds still are');
      await after.close();

      await options.click('#kind-institution');
      await waitFor(options, () => (document.querySelector('#kind-institution') as HTMLInputElement).checked, undefined, 'the box to be ticked again');
      await options.close();
    },
  },
  {
    name: '"Reset to defaults" in the options puts every setting back',
    async run(d) {
      const options = await d.openExtension('options.html');
      await waitFor(options, () => !!document.querySelector('#kind-law'), undefined, 'the options page');
      await options.click('#kind-law');
      await fill(options, '#denied-sites', 'Example.org\nhttps://www.news.example.com/x');
      await options.click('.sites-form button[type="submit"]');
      await waitFor(options, () => document.querySelector('#sites-status')?.textContent === 'Saved.', undefined, 'the sites to be saved');
      assert.equal(await options.run(() => (document.querySelector('#denied-sites') as HTMLTextAreaElement).value), 'example.org\nnews.example.com', 'entries are shown as they are stored');
      assert.equal(await options.run(() => (document.querySelector('#kind-law') as HTMLInputElement).checked), false);

      await options.click('.reset .button.secondary');
      await waitFor(options, () => !!document.querySelector('.reset .button.danger'), undefined, 'the confirmation');
      assert.equal(await options.run(() => document.activeElement?.textContent), 'Reset to defaults', 'the confirming button has focus');
      await options.click('.reset .button.danger');
      await waitFor(options, () => document.querySelector('#reset-status')?.textContent === 'All settings are back to their defaults.', undefined, 'the reset');
      await waitFor(
        options,
        () => (document.querySelector('#kind-law') as HTMLInputElement).checked && (document.querySelector('#denied-sites') as HTMLTextAreaElement).value === '',
        undefined,
        'the defaults shown',
      );
      await options.close();
    },
  },
];

/** Last: it changes the stored dataset for the rest of the session. */
export const syncCase: Case = {
  name: 'a sync URL on this computer is saved from the options, and "Sync now" in the popup shows the new version',
  async run(d) {
    const bundled = bundledDataset(d);
    const newer = bundled.version.replace(/\d+$/, (p) => String(Number(p) + 1));
    const key = await developmentSigningKey();
    const entities: Entity[] = [...bundled.entities.filter((e) => e.id !== NEW_ENTITY.id), NEW_ENTITY];
    let data: DataServer | undefined;
    try {
      data = await startDataServer(await buildSignedBundle(entities, { version: newer, asOf: bundled.generatedAt.slice(0, 10) }, key), key);

      const options = await d.openExtension('options.html');
      await waitFor(options, () => !!document.querySelector('#sync-url'), undefined, 'the options page');
      // Off, so that saving the URL does not sync by itself and "Sync now" is what brings the new version.
      if (await options.run(() => (document.querySelector('#auto-sync') as HTMLInputElement).checked)) await options.click('#auto-sync');
      await waitFor(options, () => !(document.querySelector('#auto-sync') as HTMLInputElement).checked, undefined, 'automatic sync off');
      await fill(options, '#sync-url', 'not a url');
      await options.click('#sync-url-save');
      const invalid = await waitFor(options, () => document.querySelector('#sync-url-status')?.textContent, undefined, 'a validation message');
      assert.equal(invalid, 'This is not a URL.');
      assert.equal(await options.run(() => document.querySelector('#sync-url')?.getAttribute('aria-invalid')), 'true');
      await fill(options, '#sync-url', data.baseUrl);
      await options.click('#sync-url-save');
      const saved = await waitFor(options, () => /^Saved/.test(document.querySelector('#sync-url-status')?.textContent ?? '') && document.querySelector('#sync-url-status')?.textContent, undefined, 'the URL to be saved');
      assert.match(saved, /^Saved/);
      await options.screenshot('options.png');
      await options.close();

      const popup = await openPopup(d);
      const facts = () => document.querySelector('.sync-footer .dataset-facts')?.textContent ?? '';
      assert.match(await popup.run(facts), new RegExp(`Dataset ${bundled.version.replace(/\./g, '\\.')}\\b`));
      // A manifest that is not signed by us: a plain-language error, and the data stays as it was.
      await data.fault('bad-signature');
      await popup.click('.sync-footer button');
      const refused = await waitFor(popup, () => document.querySelector('.sync-footer [role="alert"]')?.textContent, undefined, 'the sync error', 30_000);
      assert.match(refused, /^The new data is not signed by the Dialogue Lens team; it was not used\./);
      assert.match(await popup.run(facts), new RegExp(`Dataset ${bundled.version.replace(/\./g, '\\.')}\\b`), 'the old version stays');
      await popup.screenshot('sync-refused.png');

      await popup.click('.sync-footer button');
      const updated = await waitFor(
        popup,
        (v: string) => document.querySelector('.sync-footer .dataset-facts')?.textContent?.includes(`Dataset ${v}`) && document.querySelector('#sync-progress')?.textContent,
        newer,
        'the new version in the footer',
        30_000,
      );
      assert.equal(updated, `Updated to ${newer}.`);
      // The new entity reaches the popup's search through the live query, without reopening it.
      await popup.click('#search-input');
      await popup.type('sync checks');
      await waitFor(popup, () => document.querySelector('[role="option"] .result-name')?.textContent === 'State Commission on Sync Checks', undefined, 'the synced entity in search');
      await popup.screenshot('synced.png');
      await popup.close();
    } finally {
      await data?.close();
    }
  },
  };

/** Chromium only: it can set the browser's languages per page. */
export const languageCase: Case = {
  name: 'a browser that prefers Russian gets the popup in Russian, and one that prefers Turkmen gets it in Turkmen',
  only: 'chromium',
  async run(d) {
    const ru = await openPopup(d, { languages: ['ru-RU', 'ru', 'en'] });
    assert.equal(await ru.run(() => document.documentElement.lang), 'ru');
    assert.equal(await ru.run(() => document.querySelector('.sync-footer button')?.textContent), 'Синхронизировать');
    assert.equal(await ru.run(() => document.querySelector('label[for="search-input"]')?.textContent), 'Поиск по органам, планам и раундам диалога');
    await ru.type('омбудсмен');
    await waitFor(ru, () => document.querySelector('[role="option"] .result-name')?.textContent === 'Омбудсмен Туркменистана' || document.querySelector('[role="option"] .result-name')?.textContent, undefined, 'results');
    assert.match((await ru.run(() => document.querySelector('[role="option"] .result-name')?.textContent)) ?? '', /Туркмени/);
    await ru.screenshot('popup-ru.png');
    await ru.close();

    const tk = await openPopup(d, { languages: ['tk', 'ru'] });
    assert.equal(await tk.run(() => document.documentElement.lang), 'tk');
    assert.equal(await tk.run(() => document.querySelector('.sync-footer button')?.textContent), 'Häzir sinhronla');
    await tk.type('Turkmenistanyn Mejlisi');
    await waitFor(tk, () => document.querySelector('[role="option"] .result-name')?.textContent, undefined, 'results');
    assert.equal(await tk.run(() => document.querySelector('[role="option"] .result-name')?.textContent), 'Türkmenistanyň Mejlisi');
    await tk.screenshot('popup-tk.png');
    await tk.close();
  },
};

/** The pictures the README shows, refreshed with `README_SCREENSHOTS=1 node --import tsx --test tests/e2e/popup.chromium.test.ts`. */
const README_SHOTS: Record<string, string> = {
  'popup-home-light-1x.png': 'popup-on-this-page.png',
  'popup-search-light-1x.png': 'popup-search.png',
  'popup-entity-dark-1x.png': 'popup-entity-dark.png',
  'options-light-1x.png': 'options.png',
};

function keepForReadme(d: Driver, file: string): void {
  const name = README_SHOTS[file];
  if (!name || !process.env.README_SCREENSHOTS) return;
  const dir = path.join(ROOT, 'tests/screenshots');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(d.out, file), path.join(dir, name));
}

/** README pictures: the popup (on this page, search, an entity card) and the options page, light and dark. */
export const screenshotCase: Case = {
  name: 'screenshots of the popup and the options page, light and dark, at 100 % and 200 % zoom',
  only: 'chromium',
  async run(d) {
    const page = await seedPage(d);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const zoom of [1, 2]) {
        // 200 % zoom in a 600 px-high popup leaves a 300 CSS px-high viewport of the same width.
        const popup = await openPopup(d, { width: 380, height: 600 / zoom, colorScheme });
        await waitFor(popup, () => !!document.querySelector('.mention-list'), undefined, 'on this page');
        await popup.screenshot(`popup-home-${colorScheme}-${zoom}x.png`);
        keepForReadme(d, `popup-home-${colorScheme}-${zoom}x.png`);
        await popup.type('human rights');
        await waitFor(popup, () => document.querySelectorAll('[role="option"]').length > 1, undefined, 'results');
        await popup.screenshot(`popup-search-${colorScheme}-${zoom}x.png`);
        keepForReadme(d, `popup-search-${colorScheme}-${zoom}x.png`);
        await popup.press('Enter');
        await waitFor(popup, () => !!document.querySelector('.entity-card'), undefined, 'a card');
        await popup.screenshot(`popup-entity-${colorScheme}-${zoom}x.png`);
        keepForReadme(d, `popup-entity-${colorScheme}-${zoom}x.png`);
        // No horizontal scrolling at any zoom: everything wraps into the popup's width.
        assert.ok(await popup.run(() => document.documentElement.scrollWidth <= innerWidth + 1), 'nothing overflows sideways');
        await popup.close();

        const options = await d.openExtension('options.html', { width: 900 / zoom, height: 1000 / zoom, colorScheme });
        await waitFor(options, () => !!document.querySelector('#sync-url'), undefined, 'the options page');
        await options.screenshot(`options-${colorScheme}-${zoom}x.png`);
        keepForReadme(d, `options-${colorScheme}-${zoom}x.png`);
        assert.ok(await options.run(() => document.documentElement.scrollWidth <= innerWidth + 1), 'nothing overflows sideways');
        await options.close();
      }
    }
    await page.close();
  },
};
