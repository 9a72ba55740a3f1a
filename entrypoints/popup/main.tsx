import { render } from 'preact';
import { Popup } from '../../components/popup/Popup.tsx';
import '../../components/popup/popup.css';
import { createTranslator, pickLocale } from '../../lib/i18n/index.ts';
import { createServices, openedWith } from './services.ts';

performance.mark('dl:script');
const i18n = createTranslator(pickLocale(navigator.languages ?? [navigator.language]));
document.documentElement.lang = i18n.locale;
document.title = i18n.t('appName');
const opened = openedWith(location);
// Opened as a tab (by the popover's "Search in Dialogue Lens"): a wider, centred page, not a 400 px popup.
browser.tabs.getCurrent().then(
  (tab) => tab && document.documentElement.classList.add('as-tab'),
  () => undefined,
);

render(<Popup services={createServices(i18n, opened)} />, document.getElementById('app')!);
