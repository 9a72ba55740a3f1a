/**
 * Wires Dialogue Lens into a page: settings from storage, data from the background, the shadow-root
 * UI, and the popup's and the keyboard command's messages. What happens on the page is decided in
 * lib/page/session.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PopoverController } from '../components/popover/controller.tsx';
import highlightCss from '../components/popover/highlights.css?raw';
import popoverCss from '../components/popover/popover.css?inline';
import '../components/popover/highlights.css';
import { pickLocale } from '../lib/i18n/index.ts';
import { analyzeContext, findMentions, loadIndex, warmUp, type SerializedIndex, type TextContext } from '../lib/mentions/index.ts';
import { onMessage, sendMessage, type PageData } from '../lib/messaging.ts';
import { UI_ATTRIBUTE } from '../lib/page/annotator.ts';
import { PageSession } from '../lib/page/session.ts';
import { allowedSites, disabledKinds, disabledSites, highlightStyle, highlightsOn, popoverLanguage, siteKey, storedDatasetVersion } from '../lib/settings.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const scriptStart = performance.now();
    // Frames too small to hold an article (ads, widgets, trackers) are left alone.
    if (window !== window.top && (innerWidth < 200 || innerHeight < 100)) return;
    const site = siteKey(location.href);
    let session: PageSession | undefined;
    // Asked for at once, while the settings are read: the round trips overlap instead of adding up.
    let early: Promise<PageData> | undefined = sendMessage('getPageData');
    early.catch(() => undefined);

    const start = async () => {
      if (session || !ctx.isValid) return;
      const [kinds, style, cardLanguage] = await Promise.all([disabledKinds.getValue(), highlightStyle.getValue(), popoverLanguage.getValue()]);
      const data = early;
      early = undefined;
      session = new PageSession({
        win: window,
        getPageData: () => data ?? sendMessage('getPageData'),
        getEntities: (ids) => sendMessage('getEntities', ids),
        createMatcher: (data, doc) => {
          const index = loadIndex(data.index as SerializedIndex);
          warmUp(index);
          let context: TextContext | undefined;
          // The page's context (is it about Turkmenistan? is "mejlis" a session?) is judged once, from
          // its title and its first 16 K characters, and applies to every piece matched after.
          return (text) => findMentions(index, text, (context ??= analyzeContext(index, `${doc.title}\n\n${text}`)));
        },
        createPopover: (callbacks) => new PopoverController(document, { ...callbacks, mount: () => mountUi(ctx), search, copy }),
        onError: (error) => console.debug('[Dialogue Lens]', error),
        disabledKinds: new Set(kinds),
        highlightStyle: style,
        popoverLanguage: cardLanguage,
        // The interface language, picked as the popup and the options page pick theirs.
        uiLocale: pickLocale(navigator.languages ?? [navigator.language]),
        shadowCss: highlightCss,
        alive: () => ctx.isValid,
      });
      session.marks.script = scriptStart;
      exposeForTests(session);
      try {
        await session.start();
      } catch (error) {
        // The background could not answer (it is starting, or its data is being replaced): try again once.
        console.debug('[Dialogue Lens]', error);
        session.stop();
        session = undefined;
        if (!retried) {
          retried = true;
          ctx.setTimeout(() => void start(), 1500);
        }
      }
    };
    let retried = false;
    const stop = () => {
      session?.stop();
      session = undefined;
    };
    ctx.onInvalidated(stop);
    // Nothing tells an old content script that its extension was reloaded or disabled; reading
    // ctx.isValid notices (runtime.id is gone) and fires onInvalidated, which stops everything.
    ctx.setInterval(() => void ctx.isValid, 1000);

    // The options page's deny and allow lists and the popup's "Highlight on this site" (lib/settings.ts).
    const siteOn = async () => {
      const [allowed, disabled] = await Promise.all([allowedSites.getValue(), disabledSites.getValue()]);
      return highlightsOn(site, { allowed, disabled });
    };
    if (await siteOn()) await start();
    else early = undefined;
    const onSitesChanged = async () => ((await siteOn()) ? void start() : stop());
    const unwatch = [
      disabledSites.watch(() => void onSitesChanged()),
      allowedSites.watch(() => void onSitesChanged()),
      disabledKinds.watch((kinds) => session?.setDisabledKinds(new Set(kinds))),
      highlightStyle.watch((style) => session?.setHighlightStyle(style)),
      popoverLanguage.watch((language) => session?.setPopoverLanguage(language)),
      // A sync stored another dataset: this page starts again with the new matcher and details.
      storedDatasetVersion.watch((version) => {
        if (!session || !version || session.datasetVersion === version) return;
        stop();
        retried = false;
        void start();
      }),
    ];
    ctx.onInvalidated(() => unwatch.forEach((u) => u()));

    if (window === window.top) {
      onMessage('getPageMentions', () => session?.pageMentions() ?? []);
      onMessage('revealMention', ({ data }) => session?.reveal(data.entityId, data.occurrence) ?? false);
      onMessage('focusNextMention', () => session?.openByKeyboard() ?? false);
      onMessage('getPageSite', () => site);
    }
  },
});

let ui: Promise<HTMLElement> | undefined;

/** Our one element in the page, added when a popover first opens. */
function mountUi(ctx: ContentScriptContext): Promise<HTMLElement> {
  ui ??= createShadowRootUi(ctx, {
    name: 'dialogue-lens-ui',
    position: 'inline',
    anchor: 'html',
    css: popoverCss,
    // Keys typed in the card (Space on a button) must not reach the page's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => container,
  }).then((shadowUi) => {
    // Set before insertion, so the page sees one added element and no attribute change.
    shadowUi.shadowHost.setAttribute(UI_ATTRIBUTE, '');
    shadowUi.mount();
    return shadowUi.uiContainer;
  });
  return ui;
}

function search(entityId: string): void {
  void sendMessage('openSearch', { entityId }).catch((error) => console.debug('[Dialogue Lens]', error));
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (a plain-http page): copy from a text field inside our own shadow root.
    const container = await ui;
    if (!container) return false;
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('style', 'position:fixed;opacity:0;pointer-events:none');
    container.append(field);
    field.select();
    const done = document.execCommand('copy');
    field.remove();
    return done;
  }
}

/**
 * The page's main world cannot see our objects (content scripts run in an isolated world), so for
 * the benchmark and end-to-end tests the session's timings are published as a DOM event's detail —
 * only when asked for with `?dialogue-lens-metrics` in the URL.
 */
function exposeForTests(session: PageSession): void {
  if (!location.search.includes('dialogue-lens-metrics')) return;
  session.onFirstPassListeners.push(() => {
    const a = session.annotator!;
    const detail = JSON.stringify({ marks: session.marks, slices: a.sliceStats, stats: a.stats, mentions: a.mentions.size });
    document.dispatchEvent(new CustomEvent('dialogue-lens-metrics', { detail }));
  });
}
