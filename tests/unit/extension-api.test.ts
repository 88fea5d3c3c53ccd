// The extension API that `wxt/browser` stands for in the build: the browser's own `browser` namespace
// when the context has one, used as it is, without the polyfill wrapping or copying it.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the extension API', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("is the browser's own `browser` namespace when the extension context has one", async () => {
    const own = { runtime: { id: 'dossier-test-id' }, storage: {} };
    vi.stubGlobal('browser', own);
    const { browser } = await import('../../lib/extension-api');
    expect(browser).toBe(own);
  });
});
