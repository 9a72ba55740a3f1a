/**
 * The toolbar popup (also opened as a tab by the popover's "Search in Dialogue Lens"): search over
 * the whole dataset, an entity's card, what the active tab mentions, the Human Rights Dialogue's
 * timeline, and the dataset's version with "Sync now".
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { KINDS } from '../../lib/dataset/enums.ts';
import type { Kind } from '../../lib/dataset/schema.ts';
import { backlinks, dialogueTimeline, entityDetails } from '../../lib/entity/details.ts';
import type { SyncStatus } from '../../lib/messaging.ts';
import { buildSearchIndex, search, type SearchIndex } from '../../lib/search/index.ts';
import { EntityCard } from '../entity/EntityCard.tsx';
import { OnThisPage, Timeline } from './PageSections.tsx';
import { KindChips, LISTBOX_ID, ResultList, SearchField } from './SearchBox.tsx';
import type { DatasetState, PageMentions, PopupServices, SiteState } from './services.ts';
import { errorText, SyncFooter } from './SyncFooter.tsx';

const EMPTY: DatasetState = { status: 'loading', entities: [], version: '', asOf: '', origin: 'bundled' };
const RESULT_LIMIT = 50;

type Outcome = NonNullable<Parameters<typeof SyncFooter>[0]['outcome']>;

/**
 * The search index: the one an earlier opening saved, when it was built from the dataset stored
 * now; else names and aliases at once and definitions a moment later (then saved for next time).
 */
function useSearchIndex(services: PopupServices, dataset: DatasetState): SearchIndex | undefined {
  const { entities, key } = dataset;
  const [cached, setCached] = useState<{ key: string; index: SearchIndex }>();
  useEffect(() => {
    let live = true;
    void services.cachedSearchIndex().then((c) => live && c && setCached(c));
    return () => void (live = false);
  }, [services]);
  // Until the dataset has loaded, the cached index is for the stored dataset (it was checked against it).
  const cachedFits = cached !== undefined && (dataset.status === 'loading' || cached.key === key);

  const names = useMemo(() => {
    if (cachedFits || !entities.length) return undefined;
    const index = buildSearchIndex(entities, { definitions: false });
    performance.mark('dl:index');
    return index;
  }, [entities, cachedFits]);
  const [full, setFull] = useState<{ for: DatasetState['entities']; index: SearchIndex }>();
  useEffect(() => {
    if (cachedFits || !entities.length) return;
    // After the first paint, when the browser is idle: at 2,000 entities this takes a while.
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(
      () => {
        const index = buildSearchIndex(entities);
        setFull({ for: entities, index });
        if (key) services.saveSearchIndex(key, index);
      },
      { timeout: 1500 },
    );
    return () => cancel(handle as never);
  }, [entities, cachedFits, key, services]);
  if (cachedFits) return cached.index;
  return full?.for === entities ? full.index : names;
}

export function Popup({ services }: { services: PopupServices }) {
  const { i18n } = services;
  const { t, locale } = i18n;
  const [dataset, setDataset] = useState<DatasetState>(EMPTY);
  const [status, setStatus] = useState<SyncStatus>();
  const [query, setQuery] = useState(services.initial.query ?? '');
  const [kinds, setKinds] = useState<ReadonlySet<Kind>>(new Set());
  const [active, setActive] = useState(-1);
  const [stack, setStack] = useState<string[]>(services.initial.entityId ? [services.initial.entityId] : []);
  const [mentions, setMentions] = useState<PageMentions | 'loading'>('loading');
  const [site, setSite] = useState<SiteState>();
  const [siteChanged, setSiteChanged] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [now, setNow] = useState(() => services.now());
  const inputRef = useRef<HTMLInputElement>(null);
  const occurrences = useRef(new Map<string, number>());
  const firstResultsTold = useRef(false);

  useEffect(() => services.watchDataset(setDataset), [services]);
  useEffect(() => services.watchSyncStatus(setStatus), [services]);
  useEffect(() => services.watchSite(setSite), [services]);
  useEffect(() => {
    let live = true;
    services.pageMentions().then(
      (m) => live && setMentions(m),
      () => live && setMentions(undefined),
    );
    return () => void (live = false);
  }, [services]);
  useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), 30_000);
    return () => clearInterval(timer);
  }, [services]);
  useEffect(() => inputRef.current?.focus(), []);

  const index = useSearchIndex(services, dataset);
  const byId = useMemo(() => new Map(dataset.entities.map((e) => [e.id, e])), [dataset.entities]);
  const links = useMemo(() => backlinks(dataset.entities), [dataset.entities]);
  const rounds = useMemo(() => dialogueTimeline(dataset.entities, locale), [dataset.entities, locale]);
  const presentKinds = useMemo(() => KINDS.filter((k) => dataset.entities.some((e) => e.kind === k)), [dataset.entities]);
  const hits = useMemo(
    () => (index && query.trim() ? search(index, query, { kinds: kinds.size ? kinds : undefined, limit: RESULT_LIMIT }) : []),
    [index, query, kinds],
  );

  const entityId = stack[stack.length - 1];
  const view: 'entity' | 'results' | 'home' = entityId ? 'entity' : query.trim() ? 'results' : 'home';
  const expanded = view === 'results' && hits.length > 0;

  useEffect(() => setActive(hits.length ? 0 : -1), [hits]);
  // A layout effect: it runs as soon as the results are in the DOM, before the browser paints them.
  useLayoutEffect(() => {
    if (firstResultsTold.current) return;
    // Search results need only the index (perhaps the cached one); page mentions need nothing; the rest the dataset.
    const ready = view === 'results' ? index !== undefined : dataset.status === 'ready';
    if (ready || (view === 'home' && Array.isArray(mentions))) {
      firstResultsTold.current = true;
      services.onFirstResults?.();
    }
  }, [dataset.status, index, view, mentions, services]);

  const open = useCallback((id: string) => {
    setStack((s) => [...s, id]);
  }, []);
  const back = useCallback(() => {
    setStack((s) => s.slice(0, -1));
    inputRef.current?.focus();
  }, []);
  const onQuery = (q: string) => {
    setQuery(q);
    setStack([]);
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (hit) open(hit.entity.id);
  };
  const move = (delta: 1 | -1 | 'first' | 'last') => {
    if (!hits.length) return;
    if (delta === 'first') setActive(0);
    else if (delta === 'last') setActive(hits.length - 1);
    else setActive((a) => (a + delta + hits.length) % hits.length);
  };
  const escape = () => {
    if (stack.length) back();
    else if (query) onQuery('');
    else services.close();
  };
  const toggleKind = (k: Kind | 'all') => {
    if (k === 'all') return setKinds(new Set());
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setKinds(next.size === presentKinds.length ? new Set() : next);
  };

  // Escape outside the field: back from a card, then clear, then close.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.target === inputRef.current) return;
      e.preventDefault();
      escape();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // A card that opens takes focus on its heading, so a screen reader starts reading it there. The
  // results can come from the saved search index before the entities are read: a card chosen that
  // early is drawn, and focused, when its entity arrives. A layout effect: focus moves in the same
  // task that draws the card, never a frame later.
  const cardShown = view === 'entity' && entityId !== undefined && byId.has(entityId);
  useLayoutEffect(() => {
    if (cardShown) document.getElementById('entity-title')?.focus();
  }, [cardShown, entityId]);

  const reveal = (id: string) => {
    const count = mentions !== 'loading' ? (mentions?.find((m) => m.entityId === id)?.count ?? 1) : 1;
    const n = occurrences.current.get(id) ?? 0;
    occurrences.current.set(id, (n + 1) % Math.max(1, count));
    void services.reveal(id, n);
  };

  const toggleSite = async (on: boolean) => {
    await services.setSiteHighlighting(on);
    setSiteChanged(true);
  };

  const sync = async () => {
    setSyncing(true);
    setOutcome(undefined);
    try {
      const result = await services.syncNow();
      setStatus(result);
      if (result.lastResult === 'error' && result.lastError) setOutcome({ kind: 'error', message: errorText(i18n, result.lastError) });
      else if (result.lastResult === 'updated') setOutcome({ kind: 'updated', version: result.datasetVersion });
      else setOutcome({ kind: 'up-to-date' });
    } catch {
      setOutcome({ kind: 'error', message: t('syncUnavailable') });
    } finally {
      setSyncing(false);
      setNow(services.now());
    }
  };

  const entity = entityId ? byId.get(entityId) : undefined;
  const details = useMemo(
    () => (entity ? entityDetails(entity, byId, links, { lang: locale, datasetVersion: dataset.version, asOf: dataset.asOf }) : undefined),
    [entity, byId, links, locale, dataset.version, dataset.asOf],
  );

  return (
    <div class="popup">
      <header class="popup-header">
        <div class="title-row">
          <h1 class="app-title">
            <svg class="logo" viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
              <path d="M15 15l5.5 5.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
              <path d="M7 10h6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            </svg>
            {t('appName')}
          </h1>
          <button type="button" class="icon-button" onClick={services.openSettings} aria-label={t('openSettings')} title={t('settings')}>
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M10 6.8a3.2 3.2 0 100 6.4 3.2 3.2 0 000-6.4zm7 4.1v-1.8l-2-.5a5.2 5.2 0 00-.6-1.4l1.1-1.8-1.3-1.3-1.8 1.1a5.2 5.2 0 00-1.4-.6L10.9 2H9.1l-.5 2a5.2 5.2 0 00-1.4.6L5.4 3.5 4.1 4.8l1.1 1.8a5.2 5.2 0 00-.6 1.4l-2 .5v1.8l2 .5c.1.5.3 1 .6 1.4l-1.1 1.8 1.3 1.3 1.8-1.1c.4.3.9.5 1.4.6l.5 2h1.8l.5-2c.5-.1 1-.3 1.4-.6l1.8 1.1 1.3-1.3-1.1-1.8c.3-.4.5-.9.6-1.4z"
                fill="none"
                stroke="currentColor"
                stroke-width="1.4"
                stroke-linejoin="round"
              />
            </svg>
          </button>
        </div>
        <SearchField
          i18n={i18n}
          query={query}
          expanded={expanded}
          active={active}
          inputRef={inputRef}
          onQuery={onQuery}
          onMove={move}
          onChoose={() => choose(active >= 0 ? active : 0)}
          onEscape={escape}
        />
        <KindChips i18n={i18n} kinds={presentKinds} selected={kinds} onToggle={toggleKind} />
      </header>

      <main class="popup-main">
        {dataset.status === 'loading' && (view === 'entity' || (view === 'results' && !index)) && <p class="muted">{t('searchLoading')}</p>}
        {dataset.status === 'error' && (
          <p class="sync-error" role="alert">
            {dataset.error}
          </p>
        )}
        {view === 'results' && index && <ResultList i18n={i18n} query={query.trim()} hits={hits} active={active} onChoose={choose} onHover={setActive} />}
        {/* The combobox's aria-controls must name an element that exists whatever the view. */}
        {(view !== 'results' || !index) && <ul id={LISTBOX_ID} role="listbox" aria-label={t('searchLabel')} hidden />}
        {view === 'entity' && (
          <div class="entity-view">
            <button type="button" class="back" onClick={back}>
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M12.5 4.5L7 10l5.5 5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              {t('back')}
            </button>
            {details ? (
              <EntityCard details={details} i18n={i18n} onNavigate={open} onCopy={services.copy} />
            ) : (
              dataset.status === 'ready' && (
                <p id="entity-title" tabIndex={-1} class="muted">
                  {t('notInDataset')}
                </p>
              )
            )}
          </div>
        )}
        {view === 'home' && (
          <>
            <OnThisPage
              i18n={i18n}
              mentions={mentions}
              site={site}
              siteChanged={siteChanged}
              byId={byId}
              onReveal={reveal}
              onOpen={open}
              onSiteToggle={(on) => void toggleSite(on)}
            />
            <Timeline i18n={i18n} rounds={dataset.status === 'loading' ? undefined : rounds} onOpen={open} />
          </>
        )}
      </main>

      <SyncFooter
        i18n={i18n}
        now={now}
        version={status?.datasetVersion || dataset.version}
        asOf={status?.asOf || dataset.asOf}
        origin={status?.origin ?? dataset.origin}
        status={status}
        syncing={syncing}
        outcome={outcome}
        onSync={() => void sync()}
      />
    </div>
  );
}
