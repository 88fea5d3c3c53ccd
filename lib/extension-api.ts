// The WebExtension API for every part of Dossier, as `import { browser } from 'wxt/browser'` (the build
// points that import here). The browser's own promise-based `browser` namespace where it has one
// (Firefox; Chrome 148 and later), else webextension-polyfill's wrapper of `chrome`, loaded only then.
// Read this way, neither the polyfill nor the bundler's module interop walks the API objects on every
// page the content script starts on: that walk cost about 2.5 ms per page in Chromium 156.
import type { browser as Api } from 'wxt/browser';

/** The API object's type, as WXT declares it. */
type Browser = typeof Api;

/** The global scope as far as this module reads it. */
interface ExtensionGlobal {
  browser?: { runtime?: { id?: string } };
}

/** The browser's own `browser` namespace, when this is an extension context that has one. */
function nativeBrowser(): Browser | undefined {
  const candidate = (globalThis as ExtensionGlobal).browser;
  return candidate?.runtime?.id ? (candidate as unknown as Browser) : undefined;
}

// A require, not an import: the polyfill module runs only in browsers without the namespace.
export const browser: Browser = nativeBrowser() ?? (require('webextension-polyfill') as Browser);
