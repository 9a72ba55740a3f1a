/**
 * The options page: where the dataset comes from and how often it is checked, what is highlighted
 * and how, on which sites, in which language the cards speak, and a way back to the defaults.
 * Choices save as they are made; the two text settings (sync URL, site lists) save with a button,
 * because half-typed values are not settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { KINDS } from '../../lib/dataset/enums.ts';
import type { Kind } from '../../lib/dataset/schema.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import type { HighlightStyle } from '../../lib/page/annotator.ts';
import { normalizeSiteEntry, type PopoverLanguage } from '../../lib/settings.ts';
import { hostPermissionFor, needsOptionalHostPermission, syncUrlProblem } from '../../lib/sync/permissions.ts';
import type { OptionsServices, SettingsValues } from './services.ts';

const INTERVALS = [1, 6, 12, 24, 48, 168] as const;
const STYLES: readonly HighlightStyle[] = ['underline', 'marker'];
const LANGUAGES: readonly PopoverLanguage[] = ['page', 'browser', 'en', 'ru', 'tk'];

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

function Status({ id, message }: { id: string; message: Message }) {
  return (
    <p id={id} class={message?.kind === 'error' ? 'field-error' : 'field-ok'} role={message?.kind === 'error' ? 'alert' : 'status'}>
      {message?.text ?? ''}
    </p>
  );
}

function urlError(i18n: Translator, url: string): string | undefined {
  if (!syncUrlProblem(url)) return undefined;
  try {
    new URL(url);
    return i18n.t('urlNotHttps');
  } catch {
    return i18n.t('urlInvalid');
  }
}

function SyncSection({ i18n, values, services }: { i18n: Translator; values: SettingsValues; services: OptionsServices }) {
  const { t } = i18n;
  const [draft, setDraft] = useState(values.syncUrl);
  const [message, setMessage] = useState<Message>();
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(values.syncUrl), [values.syncUrl]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const url = draft.trim();
    const problem = urlError(i18n, url);
    if (problem) return setMessage({ kind: 'error', text: problem });
    const host = new URL(url).host;
    const pattern = hostPermissionFor(url);
    const needs = needsOptionalHostPermission(url) && !services.hasHostPermission(pattern);
    // Asked here, synchronously in the submit, or the browser refuses to show its prompt.
    const permission = needs ? services.requestHostPermission(pattern) : Promise.resolve(true);
    setSaving(true);
    permission
      .then(async (granted) => {
        if (!granted) return setMessage({ kind: 'error', text: t('permissionDenied', { host }) });
        await services.save('syncUrl', url);
        setMessage({ kind: 'ok', text: needs ? t('savedAndGranted', { host }) : t('saved') });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: t('permissionFailed', { message: String((error as Error)?.message ?? error) }) }))
      .finally(() => setSaving(false));
  };

  return (
    <section class="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sectionSync')}</h2>
      <form class="field" onSubmit={onSubmit} noValidate>
        <label for="sync-url">{t('syncUrl')}</label>
        <div class="inline-field">
          <input
            id="sync-url"
            type="url"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            value={draft}
            aria-describedby="sync-url-help sync-url-status"
            aria-invalid={message?.kind === 'error'}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              setMessage(undefined);
            }}
          />
          <button id="sync-url-save" type="submit" class="button" aria-disabled={saving}>
            {t('save')}
          </button>
        </div>
        <p id="sync-url-help" class="help">
          {t('syncUrlHelp')}
        </p>
        <Status id="sync-url-status" message={message} />
      </form>
      <div class="field">
        <label for="sync-interval">{t('syncInterval')}</label>
        <select
          id="sync-interval"
          value={String(values.syncIntervalHours)}
          onChange={(e) => void services.save('syncIntervalHours', Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {[...new Set([...INTERVALS, values.syncIntervalHours])]
            .sort((a, b) => a - b)
            .map((h) => (
              <option key={h} value={String(h)}>
                {t('hours', { count: h })}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label class="switch">
          <input
            id="auto-sync"
            type="checkbox"
            role="switch"
            checked={values.autoSync}
            aria-describedby="auto-sync-help"
            onChange={(e) => void services.save('autoSync', (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="switch-label">{t('autoSync')}</span>
        </label>
        <p id="auto-sync-help" class="help">
          {t('autoSyncHelp')}
        </p>
      </div>
    </section>
  );
}

function HighlightSection({ i18n, values, services }: { i18n: Translator; values: SettingsValues; services: OptionsServices }) {
  const { t } = i18n;
  const off = new Set(values.disabledKinds);
  const toggle = (kind: Kind, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(kind);
    else next.add(kind);
    void services.save(
      'disabledKinds',
      KINDS.filter((k) => next.has(k)),
    );
  };
  return (
    <section class="card" aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('sectionHighlight')}</h2>
      <fieldset class="field">
        <legend>{t('kindsToHighlight')}</legend>
        <div class="checks">
          {KINDS.map((k) => (
            <label key={k} class="check">
              <input id={`kind-${k}`} type="checkbox" checked={!off.has(k)} onChange={(e) => toggle(k, (e.currentTarget as HTMLInputElement).checked)} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>{t('highlightStyle')}</legend>
        <div class="checks">
          {STYLES.map((s) => (
            <label key={s} class="check">
              <input type="radio" name="highlight-style" checked={values.highlightStyle === s} onChange={() => void services.save('highlightStyle', s)} />
              <span class={`style-sample style-${s}`}>{t(`style.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function SitesSection({ i18n, values, services }: { i18n: Translator; values: SettingsValues; services: OptionsServices }) {
  const { t } = i18n;
  const [denied, setDenied] = useState(values.disabledSites.join('\n'));
  const [allowed, setAllowed] = useState(values.allowedSites.join('\n'));
  const [message, setMessage] = useState<Message>();
  useEffect(() => setDenied(values.disabledSites.join('\n')), [values.disabledSites]);
  useEffect(() => setAllowed(values.allowedSites.join('\n')), [values.allowedSites]);

  const parse = (text: string) => {
    const lines = text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean);
    const bad = lines.filter((l) => !normalizeSiteEntry(l));
    const keys = [...new Set(lines.map(normalizeSiteEntry).filter((k): k is string => !!k))].sort();
    return { keys, bad };
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const d = parse(denied);
    const a = parse(allowed);
    const bad = [...d.bad, ...a.bad];
    if (bad.length) return setMessage({ kind: 'error', text: t('sitesInvalid', { entries: bad.join(', ') }) });
    await Promise.all([services.save('disabledSites', d.keys), services.save('allowedSites', a.keys)]);
    setDenied(d.keys.join('\n'));
    setAllowed(a.keys.join('\n'));
    setMessage({ kind: 'ok', text: t('saved') });
  };

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sectionSites')}</h2>
      <form onSubmit={onSubmit} class="sites-form" noValidate>
        <p id="sites-help" class="help">
          {t('sitesHelp')}
        </p>
        <div class="field">
          <label for="denied-sites">{t('deniedSites')}</label>
          <textarea id="denied-sites" rows={4} spellcheck={false} aria-describedby="sites-help sites-status" value={denied} onInput={(e) => setDenied((e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
        <div class="field">
          <label for="allowed-sites">{t('allowedSites')}</label>
          <textarea
            id="allowed-sites"
            rows={3}
            spellcheck={false}
            aria-describedby="sites-help allowed-help sites-status"
            value={allowed}
            onInput={(e) => setAllowed((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id="allowed-help" class="help">
            {t('allowedSitesHelp')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button">
            {t('saveSites')}
          </button>
        </div>
        <Status id="sites-status" message={message} />
      </form>
    </section>
  );
}

function LanguageSection({ i18n, values, services }: { i18n: Translator; values: SettingsValues; services: OptionsServices }) {
  const { t } = i18n;
  return (
    <section class="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('sectionLanguage')}</h2>
      <div class="field">
        <label for="popover-language">{t('popoverLanguage')}</label>
        <select
          id="popover-language"
          value={values.popoverLanguage}
          onChange={(e) => void services.save('popoverLanguage', (e.currentTarget as HTMLSelectElement).value as PopoverLanguage)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p class="help">{t('interfaceLanguageNote')}</p>
    </section>
  );
}

function ResetSection({ i18n, services }: { i18n: Translator; services: OptionsServices }) {
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>();
  return (
    <section class="card reset" aria-labelledby="reset-heading">
      <h2 id="reset-heading" class="visually-hidden">
        {t('resetDefaults')}
      </h2>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('resetConfirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="button danger"
              ref={(b) => b?.focus()}
              onClick={async () => {
                await services.reset();
                setConfirming(false);
                setMessage({ kind: 'ok', text: t('resetDone') });
              }}
            >
              {t('resetDefaults')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            {t('resetDefaults')}
          </button>
        </div>
      )}
      <Status id="reset-status" message={message} />
    </section>
  );
}

export function Options({ services }: { services: OptionsServices }) {
  const { i18n } = services;
  const [values, setValues] = useState<SettingsValues>();
  useEffect(() => {
    let live = true;
    void services.load().then((v) => live && setValues(v));
    const unwatch = services.watch((v) => live && setValues(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [services]);

  return (
    <div class="options">
      <header class="options-header">
        <h1>{i18n.t('optionsTitle')}</h1>
        <p class="help">{i18n.t('tagline')}</p>
      </header>
      {values && (
        <main class="options-main">
          <SyncSection i18n={i18n} values={values} services={services} />
          <HighlightSection i18n={i18n} values={values} services={services} />
          <SitesSection i18n={i18n} values={values} services={services} />
          <LanguageSection i18n={i18n} values={values} services={services} />
          <ResetSection i18n={i18n} services={services} />
        </main>
      )}
    </div>
  );
}
