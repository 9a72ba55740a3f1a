/**
 * Which data the popup is showing and how fresh it is, with "Sync now": the dataset's version and
 * as-of date, the last sync's time and result, progress while a sync runs, and a failure in plain
 * words (the stored data is always kept).
 */
import type { Translator } from '../../lib/i18n/index.ts';
import type { SyncStatus } from '../../lib/messaging.ts';
import { SYNC_ERROR_CODES } from '../../lib/sync/errors.ts';

export interface SyncFooterProps {
  i18n: Translator;
  now: number;
  version: string;
  asOf: string;
  origin: SyncStatus['origin'];
  status: SyncStatus | undefined;
  /** A sync started from this popup is running. */
  syncing: boolean;
  /** What the last "Sync now" from this popup came to, or why it could not start. */
  outcome: { kind: 'updated'; version: string } | { kind: 'up-to-date' } | { kind: 'error'; message: string } | undefined;
  onSync(): void;
}

export function errorText(i18n: Translator, error: NonNullable<SyncStatus['lastError']>): string {
  const { t } = i18n;
  if ((SYNC_ERROR_CODES as readonly string[]).includes(error.code)) return t(`error.${error.code}`, { status: error.status ?? '?' });
  return t('error.unknown', { message: error.message });
}

export function SyncFooter(p: SyncFooterProps) {
  const { t, date, relative } = p.i18n;
  const s = p.status;
  const running = p.syncing || (s !== undefined && s.phase !== 'idle');
  const phase = s && s.phase !== 'idle' ? s.phase : running ? 'checking' : undefined;
  const percent = s?.progress !== undefined ? Math.round(s.progress * 100) : undefined;
  const facts = [p.version ? t('datasetVersion', { version: p.version }) : undefined, p.asOf ? t('asOf', { date: date(p.asOf) }) : undefined].filter(Boolean);
  const last =
    s?.lastResult === 'error' && s.lastError
      ? t('lastSync', { when: relative(s.lastError.at, p.now), result: t('result.error') })
      : s?.lastSyncAt && s.lastResult
        ? t('lastSync', { when: relative(s.lastSyncAt, p.now), result: t(`result.${s.lastResult}`) })
        : t('neverSynced');
  const lastLine = `${t(`origin.${p.origin}`)} · ${last}`;
  const failure = p.outcome?.kind === 'error' ? p.outcome.message : !running && s?.lastResult === 'error' && s.lastError ? errorText(p.i18n, s.lastError) : undefined;

  const fromThisPopup = p.outcome?.kind === 'error';
  const progress = running ? (phase === 'downloading' ? t('phase.downloading', { percent: percent ?? 0 }) : t(`phase.${phase ?? 'checking'}`)) : undefined;

  return (
    <footer class="sync-footer">
      <div class="sync-row">
        <div class="sync-facts">
          <p class="dataset-facts" data-testid="dataset-version">
            {facts.join(' · ')}
          </p>
          <p class="muted small">{lastLine}</p>
        </div>
        {/* aria-disabled rather than disabled, so keyboard focus stays on the button while it runs. */}
        <button type="button" class="button" onClick={() => !running && p.onSync()} aria-disabled={running} aria-describedby="sync-progress">
          {t('syncNow')}
        </button>
      </div>
      <div id="sync-progress" class="sync-progress" role="status">
        {progress && (
          <>
            <span>{progress}</span>
            <progress max={1} value={phase === 'downloading' ? s?.progress : undefined} aria-hidden="true" />
          </>
        )}
        {!running && p.outcome?.kind === 'updated' && <span class="sync-ok">{t('syncUpdated', { version: p.outcome.version })}</span>}
        {!running && p.outcome?.kind === 'up-to-date' && <span class="sync-ok">{t('syncUpToDate')}</span>}
      </div>
      {s?.origin === 'memory' && s.storageProblem && <p class="muted small">{errorText(p.i18n, { ...s.storageProblem, at: '' })}</p>}
      {failure && !running && (
        // A failure of this popup's "Sync now" is announced; one from the background's schedule is only shown.
        <p class={fromThisPopup ? 'sync-error' : 'sync-error quiet'} role={fromThisPopup ? 'alert' : undefined}>
          {failure}
          {s?.waitingForNetwork
            ? ` ${t('waitingForNetwork')}`
            : s?.nextRetryAt && Date.parse(s.nextRetryAt) > p.now + 30_000
              ? ` ${t('nextRetry', { when: relative(s.nextRetryAt, p.now) })}`
              : ''}
        </p>
      )}
    </footer>
  );
}
