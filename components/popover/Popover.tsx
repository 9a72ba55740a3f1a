/**
 * The card shown next to a mention: the entity card the popup shows too (components/entity), in a
 * dialog with the popover's own top bar (Back, the kind and status, Close) and footer (the dataset's
 * version, "Search in Dialogue Lens", "Copy citation"). Every word of its own comes from lib/i18n in
 * the card's language; everything from the dataset is rendered as text.
 */
import { EntityCard, kickerText } from '../entity/EntityCard.tsx';
import { useCopyFeedback } from '../entity/links.tsx';
import type { EntityDetails } from '../../lib/entity/details.ts';
import type { MessageKey, Translator } from '../../lib/i18n/index.ts';

export interface PopoverProps {
  details: EntityDetails | undefined;
  i18n: Translator;
  /** Shown instead of the card when its details could not be loaded. */
  error?: MessageKey;
  datasetVersion: string;
  asOf: string;
  canGoBack: boolean;
  onBack(): void;
  onNavigate(entityId: string): void;
  onSearch(entityId: string): void;
  onCopy(text: string): Promise<boolean>;
  onClose(): void;
}

const TITLE_ID = 'dl-title';
const DEFINITION_ID = 'dl-definition';

export function Popover(props: PopoverProps) {
  const { details: d, i18n, error } = props;
  const { t } = i18n;
  const [copied, copyText] = useCopyFeedback(props.onCopy, 1800);
  const meta = [t('datasetVersion', { version: props.datasetVersion }), props.asOf ? t('asOf', { date: i18n.date(props.asOf) }) : undefined]
    .filter(Boolean)
    .join(' · ');

  return (
    <div
      class="dl-card"
      role="dialog"
      lang={i18n.locale}
      aria-labelledby={TITLE_ID}
      aria-describedby={d ? DEFINITION_ID : undefined}
      tabIndex={-1}
    >
      <div class="dl-top">
        {props.canGoBack && (
          <button type="button" class="dl-icon" aria-label={t('back')} title={t('back')} onClick={props.onBack}>
            ←
          </button>
        )}
        <p class="dl-kicker">{d ? kickerText(d, i18n) : t('appName')}</p>
        <button type="button" class="dl-icon dl-close" aria-label={t('close')} title={t('closeHint')} onClick={props.onClose}>
          ×
        </button>
      </div>
      {!d && !error && (
        <h2 id={TITLE_ID} class="dl-name dl-loading">
          {t('loading')}
        </h2>
      )}
      {error && (
        <>
          <h2 id={TITLE_ID} class="dl-name">
            {t('detailsUnavailable')}
          </h2>
          <p class="dl-error">{t(error)}</p>
        </>
      )}
      {d && (
        <EntityCard
          details={d}
          i18n={i18n}
          onNavigate={props.onNavigate}
          headingId={TITLE_ID}
          definitionId={DEFINITION_ID}
          kicker={false}
          foldNote
        />
      )}
      <div class="dl-footer">
        <p class="dl-meta">{meta}</p>
        {d && (
          <div class="dl-actions">
            <button type="button" class="dl-action" onClick={() => props.onSearch(d.id)}>
              {t('searchInApp')}
            </button>
            <button type="button" class="dl-action" onClick={() => void copyText(d.citation)} aria-live="polite">
              {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : t('copyCitation')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
