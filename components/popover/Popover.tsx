/**
 * The card shown next to a mention. Everything in it comes from the dataset and is rendered as
 * text; links are https (the schema refuses anything else) and open in a new tab without an opener.
 */
import { ExternalLinks, external, useCopyFeedback } from '../entity/links.tsx';
import type { Card, EntityRef } from '../../lib/page/card.ts';
import { formatDate } from '../../lib/page/card.ts';

export interface PopoverProps {
  card: Card | undefined;
  /** Shown instead of the card when its details could not be loaded. */
  error?: string;
  datasetVersion: string;
  asOf: string;
  canGoBack: boolean;
  onBack(): void;
  onNavigate(entityId: string): void;
  onSearch(entityId: string): void;
  onCopy(text: string): Promise<boolean>;
  onClose(): void;
}


function EntityLink({ entity, onNavigate }: { entity: EntityRef; onNavigate(id: string): void }) {
  return (
    <button type="button" class="dl-entity" onClick={() => onNavigate(entity.id)}>
      {entity.name}
    </button>
  );
}

export function Popover(props: PopoverProps) {
  const { card } = props;
  const [copied, copyText] = useCopyFeedback(props.onCopy, 1800);
  const titleId = 'dl-title';

  const copy = () => card && copyText(card.citation);

  return (
    <div class="dl-card" role="dialog" aria-labelledby={titleId} aria-describedby={card ? 'dl-definition' : undefined} tabIndex={-1}>
      <div class="dl-top">
        {props.canGoBack && (
          <button type="button" class="dl-icon" aria-label="Back" title="Back" onClick={props.onBack}>
            ←
          </button>
        )}
        <p class="dl-kicker">
          {card ? [card.kind, card.status].filter(Boolean).join(' · ') : 'Dialogue Lens'}
        </p>
        <button type="button" class="dl-icon dl-close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>
      {!card && !props.error && (
        <h2 id={titleId} class="dl-name dl-loading">
          Loading…
        </h2>
      )}
      {props.error && (
        <>
          <h2 id={titleId} class="dl-name">
            Details unavailable
          </h2>
          <p class="dl-definition">{props.error}</p>
        </>
      )}
      {card && (
        <>
          <h2 id={titleId} class="dl-name" lang={card.lang}>
            {card.name}
          </h2>
          {card.englishName && (
            <p class="dl-english" lang="en">
              {card.englishName}
            </p>
          )}
          {card.period && <p class="dl-period">{card.period}</p>}
          <p id="dl-definition" class="dl-definition" lang={card.definitionLang}>
            {card.definition}
          </p>
          {card.parent && (
            <p class="dl-row">
              <span class="dl-label">Part of</span> <EntityLink entity={card.parent} onNavigate={props.onNavigate} />
            </p>
          )}
          {card.related.length > 0 && (
            <div class="dl-row">
              <span class="dl-label">Related</span>
              <ul class="dl-chips">
                {card.related.map((r) => (
                  <li key={r.id}>
                    <EntityLink entity={r} onNavigate={props.onNavigate} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {card.rounds.length > 0 && (
            <section class="dl-section" aria-label="Dialogue rounds">
              <h3 class="dl-label">Dialogue rounds</h3>
              <ul class="dl-rounds">
                {card.rounds.map((r) => (
                  <li key={r.id}>
                    <button type="button" class="dl-entity" onClick={() => props.onNavigate(r.id)}>
                      {r.held ? formatDate(r.held) : r.name}
                    </button>
                    {r.links.map((l) => (
                      <a key={l.url} class="dl-report" href={l.url} {...external}>
                        {l.title}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {card.links.length > 0 && (
            <section class="dl-section" aria-label="Links">
              <h3 class="dl-label">{card.kind === 'Dialogue round' ? 'Official reports' : 'Links'}</h3>
              <ExternalLinks class="dl-links" links={card.links} />
            </section>
          )}
          {card.note && (
            <details class="dl-more">
              <summary>Note on the sources</summary>
              <p class="dl-note">{card.note}</p>
            </details>
          )}
          <details class="dl-more">
            <summary>
              {card.sources.length} source{card.sources.length === 1 ? '' : 's'}
            </summary>
            <ExternalLinks class="dl-links" links={card.sources} />
          </details>
        </>
      )}
      <div class="dl-footer">
        <p class="dl-meta">
          Dataset {props.datasetVersion} · as of {formatDate(props.asOf)}
        </p>
        {card && (
          <div class="dl-actions">
            <button type="button" class="dl-action" onClick={() => props.onSearch(card.id)}>
              Search in Dialogue Lens
            </button>
            <button type="button" class="dl-action" onClick={copy} aria-live="polite">
              {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy citation'}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
