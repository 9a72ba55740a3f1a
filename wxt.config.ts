import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SYNC_HOST_PERMISSION } from './lib/sync/permissions.ts';

/** The add-on id Firefox knows us by; tests/harness/browsers.ts pins its moz-extension:// UUID through it. */
const GECKO_ID = 'dialogue-lens@dialogue-lens.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Dialogue Lens',
    description:
      'Highlights Turkmen state institutions, national action plans and EU–Turkmenistan Human Rights Dialogue rounds, with sourced definitions on hover.',
    permissions: ['storage', 'alarms'],
    // The default dataset host; a custom sync URL's host is asked for when the user saves it.
    host_permissions: [DEFAULT_SYNC_HOST_PERMISSION],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      // Keyboard route to the popovers: the next mention on the page, its card focused.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Go to the next highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
