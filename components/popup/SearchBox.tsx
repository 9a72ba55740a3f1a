/**
 * The search field and its results, as an ARIA 1.2 combobox: focus stays in the field, ↑/↓ move
 * the active option (announced through aria-activedescendant), Enter opens it, Escape clears the
 * field (a second Escape is the popup's: back, then close).
 */
import type { Ref } from 'preact';
import type { Kind } from '../../lib/dataset/schema.ts';
import { nameIn } from '../../lib/entity/details.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import { foldForSearch, type SearchHit } from '../../lib/search/index.ts';
import { periodText } from '../entity/EntityCard.tsx';

export const LISTBOX_ID = 'search-results';
const optionId = (i: number) => `search-option-${i}`;

export interface SearchFieldProps {
  i18n: Translator;
  query: string;
  expanded: boolean;
  active: number;
  inputRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onMove(delta: 1 | -1 | 'first' | 'last'): void;
  onChoose(): void;
  onEscape(): void;
}

export function SearchField(p: SearchFieldProps) {
  const { t } = p.i18n;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown') p.onMove(1);
    else if (e.key === 'ArrowUp') p.onMove(-1);
    else if (e.key === 'Enter') p.onChoose();
    else if (e.key === 'Escape') p.onEscape();
    else if ((e.key === 'Home' || e.key === 'End') && p.expanded && e.ctrlKey) p.onMove(e.key === 'Home' ? 'first' : 'last');
    else return;
    e.preventDefault();
  };
  return (
    <div class="search-field">
      <label class="visually-hidden" for="search-input">
        {t('searchLabel')}
      </label>
      <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <input
        id="search-input"
        ref={p.inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={p.expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={p.expanded && p.active >= 0 ? optionId(p.active) : undefined}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={p.query}
        onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {p.query && (
        <button type="button" class="icon-button clear" aria-label={t('clearSearch')} title={t('clearSearch')} onClick={() => p.onQuery('')}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      )}
    </div>
  );
}

export interface KindChipsProps {
  i18n: Translator;
  kinds: readonly Kind[];
  selected: ReadonlySet<Kind>;
  onToggle(kind: Kind | 'all'): void;
}

export function KindChips({ i18n, kinds, selected, onToggle }: KindChipsProps) {
  const { t } = i18n;
  if (kinds.length < 2) return null;
  return (
    <div class="kind-chips" role="group" aria-label={t('kindFilter')}>
      <button type="button" class="chip" aria-pressed={selected.size === 0} onClick={() => onToggle('all')}>
        {t('allKinds')}
      </button>
      {kinds.map((k) => (
        <button key={k} type="button" class="chip" aria-pressed={selected.has(k)} onClick={() => onToggle(k)}>
          {t(`kinds.${k}`)}
        </button>
      ))}
    </div>
  );
}

export interface ResultListProps {
  i18n: Translator;
  query: string;
  hits: readonly SearchHit[];
  active: number;
  onChoose(index: number): void;
  onHover(index: number): void;
}

export function ResultList({ i18n, query, hits, active, onChoose, onHover }: ResultListProps) {
  const { t, locale } = i18n;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="section-title" aria-live="polite">
        {hits.length ? t('resultCount', { count: hits.length }) : t('noResults', { query })}
      </h2>
      {!hits.length && <p class="muted">{t('noResultsHint')}</p>}
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('searchLabel')} class="result-list">
        {hits.map((hit, i) => {
          const e = hit.entity;
          const name = nameIn(e, locale);
          const period = periodText({ ...e.dates }, i18n);
          const showMatch = hit.matched && foldForSearch(hit.matched.text) !== foldForSearch(name.text);
          return (
            <li
              key={e.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class="result"
              onClick={() => onChoose(i)}
              onMouseMove={() => i !== active && onHover(i)}
            >
              <span class="result-name" lang={name.lang}>
                {name.text}
              </span>
              <span class="result-meta">
                {[t(`kind.${e.kind}`), period].filter(Boolean).join(' · ')}
                {showMatch && (
                  <>
                    {' · '}
                    <span lang={hit.matched!.lang}>{t('matchedAs', { text: hit.matched!.text })}</span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
