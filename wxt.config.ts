// Build configuration: manifest, modules and Vite plugins for Chrome (MV3) and Firefox (MV2).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOOKUP_ORIGINS } from './lib/lookup/endpoints';

/** The one Firefox add-on id Dossier ships under; never change it (storage is keyed to it). */
export const GECKO_ID = 'dossier@dossier-reader.org';

export default defineConfig({
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // `wxt/browser` is the browser's own `browser` namespace, or webextension-polyfill where there is
    // none (lib/extension-api.ts). Unit tests keep WXT's fake browser for it.
    resolve: { alias: { 'wxt/browser': fileURLToPath(new URL('./lib/extension-api.ts', import.meta.url)) } },
  }),
  hooks: {
    // In the build of the extension pages (not the single-file background and content script), the
    // database code gets its own chunk: the popup loads it only when a card or a search needs it
    // (lib/ui/database-api.ts) and paints the page's findings first.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'popup' || entrypoint.type === 'options'))
        return;
      const output = viteConfig.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.manualChunks = (id: string) =>
        /node_modules\/dexie\/|\/lib\/db\//.test(id) ? 'database' : undefined;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Highlights named officials and unconfirmed claims in news articles, with private background cards and notes.',
    permissions: ['storage', 'contextMenus'],
    // Asked for only when the reader uses "Look up online" (a setting that is off by default). WXT
    // drops optional_host_permissions from MV2 builds, where origins go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...LOOKUP_ORIGINS] }
      : { optional_host_permissions: [...LOOKUP_ORIGINS] }),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Turn Dossier highlights on or off',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next Dossier highlight',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous Dossier highlight',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // Nothing is sent by default; online look-up sends the name the reader looks up, so it
              // asks for this at that moment, with its host permissions.
              data_collection_permissions: { required: ['none'], optional: ['searchTerms'] },
            },
          },
        }
      : {}),
  }),
});
