/**
 * The popup's home: what the active tab mentions (with the switch for its site) and the timeline
 * of the EU–Turkmenistan Human Rights Dialogue.
 */
import type { Entity } from '../../lib/dataset/schema.ts';
import type { RoundRef } from '../../lib/entity/details.ts';
import { nameIn } from '../../lib/entity/details.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import { RoundLine } from '../entity/EntityCard.tsx';
import type { PageMentions, SiteState } from './services.ts';

export interface OnThisPageProps {
  i18n: Translator;
  /** 'loading' until the tab answers. */
  mentions: PageMentions | 'loading';
  site: SiteState | undefined;
  siteChanged: boolean;
  byId: ReadonlyMap<string, Entity>;
  onReveal(entityId: string): void;
  onOpen(entityId: string): void;
  onSiteToggle(on: boolean): void;
}

export function OnThisPage(p: OnThisPageProps) {
  const { t, locale } = p.i18n;
  const m = p.mentions;
  return (
    <section class="panel" aria-labelledby="on-page-heading">
      <div class="panel-head">
        <h2 id="on-page-heading" class="section-title">
          {t('onThisPage')}
        </h2>
        {p.site && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={p.site.on} onChange={(e) => p.onSiteToggle((e.currentTarget as HTMLInputElement).checked)} />
            <span class="switch-track" aria-hidden="true" />
            <span class="switch-label">{t('highlightOnSite')}</span>
          </label>
        )}
      </div>
      {p.site && <p class="site-name muted">{p.site.site}</p>}
      {p.siteChanged && (
        <p class="muted" role="status">
          {t('reloadToApply')}
        </p>
      )}
      {m === 'loading' ? (
        <p class="muted">{t('pageLoading')}</p>
      ) : m === undefined ? (
        <p class="muted">{t('pageUnavailable')}</p>
      ) : p.site && !p.site.on ? (
        <p class="muted">{t('pageOff')}</p>
      ) : m.length === 0 ? (
        <p class="muted">{t('pageNothing')}</p>
      ) : (
        <ul class="mention-list">
          {m.map((mention) => {
            const entity = p.byId.get(mention.entityId);
            const name = entity ? nameIn(entity, locale) : { text: mention.name, lang: undefined };
            return (
              <li key={mention.entityId} class="mention">
                <button type="button" class="mention-reveal" onClick={() => p.onReveal(mention.entityId)} aria-label={t('showOnPage', { name: name.text })}>
                  <span class="mention-name" lang={name.lang}>
                    {name.text}
                  </span>
                  <span class="count" aria-hidden="true">
                    {mention.count}
                  </span>
                </button>
                <span class="visually-hidden">{t('mentionCount', { count: mention.count })}</span>
                {entity && (
                  <button type="button" class="icon-button" onClick={() => p.onOpen(mention.entityId)} aria-label={t('showDetails', { name: name.text })} title={t('showDetails', { name: name.text })}>
                    <svg viewBox="0 0 20 20" aria-hidden="true">
                      <path d="M7.5 4.5L13 10l-5.5 5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
                    </svg>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** `rounds` undefined: the dataset is still loading. */
export function Timeline({ i18n, rounds, onOpen }: { i18n: Translator; rounds: readonly RoundRef[] | undefined; onOpen(id: string): void }) {
  const { t } = i18n;
  return (
    <section class="panel" aria-labelledby="timeline-heading">
      <div class="panel-head">
        <h2 id="timeline-heading" class="section-title">
          {t('timeline')}
        </h2>
        {rounds && rounds.length > 0 && <span class="muted small">{t('timelineCount', { count: rounds.length })}</span>}
      </div>
      {!rounds ? (
        <p class="muted">{t('searchLoading')}</p>
      ) : rounds.length === 0 ? (
        <p class="muted">{t('timelineEmpty')}</p>
      ) : (
        <ol class="timeline">
          {rounds.map((r) => (
            <li key={r.id}>
              <RoundLine round={r} i18n={i18n} onNavigate={onOpen} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
