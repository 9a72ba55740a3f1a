/**
 * One entity, as the popup and the popover on a page show it: it takes structured details from
 * lib/entity/details.ts and words them in the interface's language. Dataset text is rendered as
 * text; links are https (the schema refuses others) and open in a new tab without an opener.
 */
import { ExternalLinks, useCopyFeedback } from './links.tsx';
import type { EntityDetails, EntityRef, RoundRef } from '../../lib/entity/details.ts';
import type { Translator } from '../../lib/i18n/index.ts';


export interface EntityCardProps {
  details: EntityDetails;
  i18n: Translator;
  onNavigate(entityId: string): void;
  onCopy?(text: string): Promise<boolean>;
  /** The id of the card's heading, for a surrounding region's aria-labelledby. */
  headingId?: string;
  /** An id for the definition, for a surrounding dialog's aria-describedby. */
  definitionId?: string;
  /** False when the surrounding UI shows the kind and status itself (`kickerText`), as the popover does in its top bar. */
  kicker?: boolean;
  /** The note folded under its label, where room is short (the popover). */
  foldNote?: boolean;
}

/** "Institution · Active": the kind and status line above the name. */
export function kickerText(d: Pick<EntityDetails, 'kind' | 'status'>, { t }: Translator): string {
  return [t(`kind.${d.kind}`), d.status ? t(`status.${d.status}`) : undefined].filter(Boolean).join(' · ');
}

/** "2016–2020 · superseded by …", "since 2017", "held 18 June 2020". */
export function periodText(d: Pick<EntityDetails, 'periodStart' | 'periodEnd' | 'held' | 'established' | 'abolished'>, i18n: Translator): string | undefined {
  const { t, date } = i18n;
  if (d.periodStart !== undefined) {
    const end = d.periodEnd ?? d.periodStart;
    return end === d.periodStart ? String(end) : t('period', { start: d.periodStart, end });
  }
  if (d.held) return t('heldOn', { date: date(d.held) });
  if (d.established && d.abolished) return t('period', { start: date(d.established), end: date(d.abolished) });
  if (d.established) return t('since', { date: date(d.established) });
  if (d.abolished) return t('until', { date: date(d.abolished) });
  return undefined;
}

function EntityButton({ entity, onNavigate }: { entity: EntityRef; onNavigate(id: string): void }) {
  return (
    <button type="button" class="entity-link" lang={entity.lang} onClick={() => onNavigate(entity.id)}>
      {entity.name}
    </button>
  );
}

function RefList({ label, items, onNavigate }: { label: string; items: EntityRef[]; onNavigate(id: string): void }) {
  if (!items.length) return null;
  return (
    <section class="card-section" aria-label={label}>
      <h3 class="card-label">{label}</h3>
      <ul class="chips">
        {items.map((r) => (
          <li key={r.id}>
            <EntityButton entity={r} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RoundLine({ round, i18n, onNavigate }: { round: RoundRef; i18n: Translator; onNavigate(id: string): void }) {
  const { t, date } = i18n;
  const label = round.held ? date(round.held) : t('undated');
  const detail = [round.ordinal !== undefined ? t('roundNumber', { n: round.ordinal }) : undefined, round.place, round.format ? t(`format.${round.format}`) : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <button type="button" class="entity-link round-date" onClick={() => onNavigate(round.id)} aria-label={`${label}${detail ? ` — ${detail}` : ''}`}>
        {label}
      </button>
      {detail && <span class="round-detail">{detail}</span>}
      {round.links.length > 0 && (
        <ExternalLinks class="round-links" links={round.links} />
      )}
    </>
  );
}

export function EntityCard({ details: d, i18n, onNavigate, onCopy, headingId = 'entity-title', definitionId, kicker = true, foldNote = false }: EntityCardProps) {
  const { t } = i18n;
  const [copied, copyText] = useCopyFeedback(onCopy);
  const period = periodText(d, i18n);
  const successor = d.successor
    ? d.status === 'superseded'
      ? t('supersededBy', { name: d.successor.name })
      : t('followedBy', { name: d.successor.name })
    : undefined;

  const copy = () => copyText(d.citation);

  return (
    <article class="entity-card" aria-labelledby={headingId}>
      {kicker && <p class="kicker">{kickerText(d, i18n)}</p>}
      <h2 id={headingId} class="entity-name" lang={d.nameLang} tabIndex={-1}>
        {d.name}
      </h2>
      {d.otherNames.length > 0 && (
        <ul class="other-names">
          {d.otherNames.map((n) => (
            <li key={n.lang} lang={n.lang}>
              {n.text}
            </li>
          ))}
        </ul>
      )}
      {(period || d.predecessor || successor) && (
        <p class="period">
          {period}
          {d.predecessor && (
            <>
              {period ? ' · ' : ''}
              <button type="button" class="entity-link inline" onClick={() => onNavigate(d.predecessor!.id)}>
                {t('precededBy', { name: d.predecessor.name })}
              </button>
            </>
          )}
          {successor && (
            <>
              {period || d.predecessor ? ' · ' : ''}
              <button type="button" class="entity-link inline" onClick={() => onNavigate(d.successor!.id)}>
                {successor}
              </button>
            </>
          )}
        </p>
      )}
      <p id={definitionId} class="definition" lang={d.definitionLang}>
        {d.definition}
      </p>
      {d.note &&
        (foldNote ? (
          <details class="note-folded">
            <summary>{t('note')}</summary>
            <p class="note" lang="en">
              {d.note}
            </p>
          </details>
        ) : (
          <p class="note">
            <span class="card-label">{t('note')}: </span>
            <span lang="en">{d.note}</span>
          </p>
        ))}
      {d.parent && (
        <p class="card-row">
          <span class="card-label">{t('partOf')}</span> <EntityButton entity={d.parent} onNavigate={onNavigate} />
        </p>
      )}
      {d.round && (
        <dl class="round-facts">
          {d.round.place && (
            <>
              <dt>{t('place')}</dt>
              <dd>{d.round.place}</dd>
            </>
          )}
          {d.round.format && (
            <>
              <dt>{t('format')}</dt>
              <dd>{t(`format.${d.round.format}`)}</dd>
            </>
          )}
          {d.round.heads && (d.round.heads.eu || d.round.heads.tm) && (
            <>
              <dt>{t('heads')}</dt>
              <dd>
                {[d.round.heads.eu ? t('headEu', { name: d.round.heads.eu }) : '', d.round.heads.tm ? t('headTm', { name: d.round.heads.tm }) : '']
                  .filter(Boolean)
                  .join('; ')}
              </dd>
            </>
          )}
          {d.round.topics.length > 0 && (
            <>
              <dt>{t('topics')}</dt>
              <dd lang="en">{d.round.topics.join('; ')}</dd>
            </>
          )}
        </dl>
      )}
      {d.round && <RefList label={t('related')} items={d.round.mentions} onNavigate={onNavigate} />}
      <RefList label={t('related')} items={d.related} onNavigate={onNavigate} />
      <RefList label={t('members')} items={d.members} onNavigate={onNavigate} />
      {d.rounds.length > 0 && (
        <section class="card-section" aria-label={t('roundsMentioning')}>
          <h3 class="card-label">{t('roundsMentioning')}</h3>
          <ul class="rounds">
            {d.rounds.map((r) => (
              <li key={r.id}>
                <RoundLine round={r} i18n={i18n} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.links.length > 0 && (
        <section class="card-section" aria-label={d.kind === 'dialogue-round' ? t('officialReports') : t('links')}>
          <h3 class="card-label">{d.kind === 'dialogue-round' ? t('officialReports') : t('links')}</h3>
          <ExternalLinks class="link-list" links={d.links} />
        </section>
      )}
      <details class="sources">
        <summary>{t('sources', { count: d.sources.length })}</summary>
        <ExternalLinks class="link-list" links={d.sources} />
      </details>
      {onCopy && (
        <p class="card-actions">
          <button type="button" class="button secondary" onClick={copy}>
            {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : t('copyCitation')}
          </button>
          <span class="visually-hidden" role="status">
            {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
          </span>
        </p>
      )}
    </article>
  );
}
