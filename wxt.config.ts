// Build configuration: manifest, modules and Vite plugins for Chrome (MV3) and Firefox (MV2).
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** The one Firefox add-on id Dossier ships under; never change it (storage is keyed to it). */
export const GECKO_ID = 'dossier@dossier-reader.org';

export default defineConfig({
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Highlights named officials and unconfirmed claims in news articles, with private background cards and notes.',
    permissions: ['storage'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Turn Dossier highlights on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
