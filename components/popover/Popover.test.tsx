/**
 * The popover as a reader sees it, for each "Language of the cards on pages" setting: the card is
 * built the way the page session and the popover controller build it (PageSession.cardLanguage and
 * loadCard on a page, then a Translator for the card's language) from the bundled dataset, and
 * rendered with Preact into a DOM (linkedom).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Dataset, Entity } from '../../lib/dataset/schema.ts';
import { createTranslator, type MessageKey, type UiLocale } from '../../lib/i18n/index.ts';
import { fixtureMap } from '../../lib/page/fixture-entities.ts';
import { PageSession } from '../../lib/page/session.ts';
import type { PopoverLanguage } from '../../lib/settings.ts';
import { Popover, type PopoverProps } from './Popover.tsx';

const dataset = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/dataset/dataset.json', import.meta.url)), 'utf8')) as Dataset;
const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
const mejlis = byId.get('tm.mejlis')!;
// A round of the dialogue: the dataset names rounds in English only.
const round = dataset.entities.find((e) => e.kind === 'dialogue-round' && !e.names.ru && e.links?.length)!;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A page in `lang` (no attribute: judged by its text), with the extension's session on it. */
function pageWith(options: { lang?: string; text?: string; setting: PopoverLanguage; ui?: UiLocale; entities?: ReadonlyMap<string, Entity> }) {
  const entities = options.entities ?? byId;
  const { window } = parseHTML(
    `<!doctype html><html${options.lang ? ` lang="${options.lang}"` : ''}><head><title>Page</title></head><body><p>${options.text ?? 'Ashgabat, Turkmenistan.'}</p></body></html>`,
  );
  const session = new PageSession({
    win: window as unknown as Window & typeof globalThis,
    getPageData: () => Promise.reject(new Error('not used')),
    getEntities: async (ids) => ids.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined),
    createMatcher: () => () => [],
    createPopover: () => {
      throw new Error('not used');
    },
    onError: (error) => {
      throw error;
    },
    disabledKinds: new Set(),
    highlightStyle: 'underline',
    popoverLanguage: options.setting,
    uiLocale: options.ui ?? 'en',
  });
  return { window, session };
}

type Page = ReturnType<typeof pageWith>;

/** Opens the card for `entityId` as the popover controller does, and returns what the reader sees. */
async function open(page: Page, entityId: string, extra: Partial<PopoverProps> = {}) {
  const language = page.session.cardLanguage();
  const details = await page.session.loadCard(entityId, language.names);
  return show(page, { details, i18n: createTranslator(language.ui), ...extra });
}

function show(page: Page, props: Partial<PopoverProps> & Pick<PopoverProps, 'details' | 'i18n'>) {
  const { document } = page.window;
  const container = document.createElement('div');
  document.body.append(container);
  const handlers = { onBack: vi.fn(), onNavigate: vi.fn(), onSearch: vi.fn(), onCopy: vi.fn(async (_text: string) => true), onClose: vi.fn() };
  render(<Popover datasetVersion="1.4.0" asOf="2026-11-28" canGoBack={false} {...handlers} {...props} />, container);
  cleanup = () => render(null, container);
  const q = (selector: string) => container.querySelector(selector) as HTMLElement | null;
  const texts = (selector: string) => [...container.querySelectorAll(selector)].map((e) => (e as HTMLElement).textContent);
  const dialog = q('[role="dialog"]')!;
  return {
    handlers,
    q,
    texts,
    dialog,
    /** The dialog's accessible name: the element its aria-labelledby points at. */
    title: () => container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!,
    heading: (label: string) => q(`section[aria-label="${label}"] h3`)?.textContent,
  };
}

const t = (locale: UiLocale, key: MessageKey, params?: Record<string, string | number>) => createTranslator(locale).t(key, params);

describe('the popover speaks the language the setting asks for', () => {
  test("'ru': the Mejlis is named in Russian and the card's words are Russian", async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'ru' }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Меджлис Туркменистана');
    expect(card.title().getAttribute('lang')).toBe('ru');
    expect(card.q('.other-names li')?.textContent).toBe('Mejlis of Turkmenistan');
    expect(card.q('.dl-kicker')?.textContent).toBe('Государственный орган · Действует');
    expect(card.q('.period')?.textContent).toBe('с 1992');
    expect(card.q('.note-folded summary')?.textContent).toBe('Примечание');
    expect(card.heading('Связано')).toBe('Связано');
    // Related entities are named in Russian too.
    expect(card.texts('.chips .entity-link')).toEqual(mejlis.relations!.related!.map((id) => byId.get(id)!.names.ru));
    expect(card.heading('Обсуждалось на')).toBe('Обсуждалось на');
    expect(card.texts('.rounds .round-date')[0]).toMatch(/^\d{1,2} [а-я]+ \d{4}$|^[а-я]+ \d{4}$|^\d{4}$/);
    expect(card.q('.sources summary')?.textContent).toBe(t('ru', 'sources', { count: mejlis.sources.length }));
    expect(card.texts('.dl-action')).toEqual(['Найти в Dialogue Lens', 'Скопировать цитату']);
    expect(card.q('.dl-close')?.getAttribute('aria-label')).toBe('Закрыть');
    expect(card.q('.dl-meta')?.textContent).toBe('Данные 1.4.0 · на 28 ноября 2026');
    expect(card.dialog.getAttribute('lang')).toBe('ru');
  });

  test("'page' on a Turkmen page: the Turkmen name first, English next, the browser's language around them", async () => {
    const card = await open(pageWith({ lang: 'tk', setting: 'page', ui: 'en' }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Türkmenistanyň Mejlisi');
    expect(card.title().getAttribute('lang')).toBe('tk');
    expect(card.texts('.other-names li')).toEqual(['Mejlis of Turkmenistan']);
    expect(card.q('.dl-kicker')?.textContent).toBe('Institution · Active');
    expect(card.texts('.dl-action')).toEqual(['Search in Dialogue Lens', 'Copy citation']);
  });

  test("'page' on a page without a lang attribute whose text is Turkmen", async () => {
    const text = 'Türkmenistanyň Mejlisi adam hukuklary boýunça milli meýilnamany ara alyp maslahatlaşdy. Ýygnakda çykyş edenler žurnalistler bilen duşuşdylar.';
    const card = await open(pageWith({ setting: 'page', text }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Türkmenistanyň Mejlisi');
  });

  test("'page' on an English page in an English browser is the English card", async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'page' }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Mejlis of Turkmenistan');
    expect(card.q('.other-names')).toBeNull();
    expect(card.q('#dl-definition')?.textContent).toBe(mejlis.definition.en);
    expect(card.dialog.getAttribute('aria-describedby')).toBe('dl-definition');
    expect(card.q('.dl-kicker')?.textContent).toBe('Institution · Active');
    expect(card.heading('Related')).toBe('Related');
    expect(card.q('.dl-meta')?.textContent).toBe('Dataset 1.4.0 · as of 28 November 2026');
  });

  test("'page' in a Russian browser: the page's language for the name, Russian for the words", async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'page', ui: 'ru' }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Mejlis of Turkmenistan');
    expect(card.q('.dl-kicker')?.textContent).toBe('Государственный орган · Действует');
  });

  test("'browser' names the entity in the browser's language", async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'browser', ui: 'tk' }), 'tm.mejlis');
    expect(card.title().textContent).toBe('Türkmenistanyň Mejlisi');
    expect(card.texts('.dl-action')).toEqual([t('tk', 'searchInApp'), t('tk', 'copyCitation')]);
  });

  test('an entity with no Russian name is named in English, marked as English, in a Russian card', async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'ru' }), round.id);
    expect(card.title().textContent).toBe(round.names.en);
    expect(card.title().getAttribute('lang')).toBe('en');
    expect(card.q('.other-names')).toBeNull();
    expect(card.q('.dl-kicker')?.textContent).toBe('Раунд диалога · Состоялся');
    expect(card.heading('Официальные сообщения')).toBe('Официальные сообщения');
  });

  test('a change of the setting applies to the next card opened on the page', async () => {
    const page = pageWith({ lang: 'en', setting: 'page' });
    expect((await open(page, 'tm.mejlis')).title().textContent).toBe('Mejlis of Turkmenistan');
    cleanup?.();
    page.session.setPopoverLanguage('ru');
    const card = await open(page, 'tm.mejlis');
    expect(card.title().textContent).toBe('Меджлис Туркменистана');
    expect(card.q('.dl-kicker')?.textContent).toBe('Государственный орган · Действует');
  });
});

describe('what the popover keeps from its own card', () => {
  test('dialogue rounds with their dates, and reports that open in a new tab without an opener', async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'page' }), 'tm.mejlis');
    const dates = card.texts('.rounds .round-date');
    expect(dates.length).toBe(mejlis.rounds!.length);
    expect(dates[0]).toMatch(/\d{4}$/);
    const reports = [...card.dialog.querySelectorAll('.rounds a')];
    expect(reports.length).toBeGreaterThan(0);
    for (const a of reports) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('a superseded plan says so next to its period, and its parent and successor are buttons to their cards', async () => {
    // (The bundled plans are completed rather than superseded: the test entities have one that is.)
    const plan = fixtureMap.get('nap.human-rights.2016-2020')!;
    const card = await open(pageWith({ lang: 'en', setting: 'page', entities: fixtureMap }), plan.id);
    const successor = fixtureMap.get(plan.relations!.successor!)!;
    expect(card.q('.period')?.textContent).toBe(`${plan.dates!.periodStart}–${plan.dates!.periodEnd} · superseded by ${successor.names.en}`);
    const buttons = [...card.dialog.querySelectorAll('.period button, .card-row button')] as HTMLElement[];
    for (const b of buttons) b.dispatchEvent(new card.dialog.ownerDocument.defaultView!.Event('click', { bubbles: true }));
    expect(card.handlers.onNavigate.mock.calls.map(([id]) => id).sort()).toEqual([plan.relations!.parent, successor.id].sort());
  });

  test('Back, Close, Search and Copy citation call the controller; Copy says it copied', async () => {
    const card = await open(pageWith({ lang: 'en', setting: 'ru' }), 'tm.mejlis', { canGoBack: true });
    const click = (el: Element | null) => el!.dispatchEvent(new card.dialog.ownerDocument.defaultView!.Event('click', { bubbles: true }));
    expect(card.q('[aria-label="Назад"]')).not.toBeNull();
    click(card.q('[aria-label="Назад"]'));
    click(card.q('.dl-close'));
    const [search, copy] = [...card.dialog.querySelectorAll('.dl-action')];
    click(search!);
    click(copy!);
    expect(card.handlers.onBack).toHaveBeenCalledOnce();
    expect(card.handlers.onClose).toHaveBeenCalledOnce();
    expect(card.handlers.onSearch).toHaveBeenCalledWith('tm.mejlis');
    expect(card.handlers.onCopy.mock.calls[0]![0]).toMatch(/^Меджлис Туркменистана \(Mejlis of Turkmenistan\)\n/);
    await vi.waitFor(() => expect(copy!.textContent).toBe('Скопировано'));
  });

  test('while loading, and when the entity is gone, the card says so in its language', () => {
    const page = pageWith({ lang: 'en', setting: 'tk' });
    const loading = show(page, { details: undefined, i18n: createTranslator('tk') });
    expect(loading.title().textContent).toBe(t('tk', 'loading'));
    expect(loading.q('.dl-kicker')?.textContent).toBe('Dialogue Lens');
    expect(loading.q('.dl-actions')).toBeNull();
    cleanup?.();
    const gone = show(page, { details: undefined, i18n: createTranslator('ru'), error: 'notInDataset' });
    expect(gone.title().textContent).toBe('Сведения недоступны');
    expect(gone.q('.dl-error')?.textContent).toBe('Этой записи нет в наборе данных.');
  });
});
