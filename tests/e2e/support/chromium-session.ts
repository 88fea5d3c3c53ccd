// Launches Debian's Chromium with the unpacked Chrome build of Dossier, driven by playwright-core.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { TestBrowser, TestPage } from './browser-session';
import { extensionPageHelpers } from './extension-pages';
import { findBrowser } from './find-browser';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

function wrapPage(page: Page): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 15_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    async clickByRole(role, name, exact = true) {
      await page
        .getByRole(role as never, { name, exact })
        .first()
        .click();
    },
    async fillByRole(role, name, text) {
      await page.getByRole(role as never, { name, exact: true }).fill(text);
    },
    async chooseOption(label, option) {
      await page.getByLabel(label, { exact: true }).selectOption({ label: option });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    runScript: (source) => page.evaluate(source),
    async chooseFile(label, path) {
      await page.getByLabel(label, { exact: true }).setInputFiles(path);
    },
    async screenshot(path) {
      await page.screenshot({ path, fullPage: false });
    },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (keys) => page.keyboard.press(keys),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Options for {@link launchChromium}. */
export interface ChromiumOptions {
  /** Reuse a profile (to test what survives a restart); a fresh one is made and removed otherwise. */
  profileDir?: string;
  headless?: boolean;
  /** More command-line switches (e.g. a test proxy). */
  extraArgs?: readonly string[];
}

/** Starts Chromium with Dossier loaded and waits for its service worker. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<TestBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'dossier-chromium-')));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const openExtensionPage = async (path: string): Promise<TestPage> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return wrapPage(page);
  };

  const stopBackground = async (): Promise<void> => {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('ServiceWorker.enable');
    const stopped = new Promise<void>((done) => {
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) done();
      });
    });
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await session.detach();
    await page.close();
  };

  return {
    name: 'chromium',
    stopBackground,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPage(page);
    },
    openExtensionPage,
    ...extensionPageHelpers(openExtensionPage, 'chrome'),
    async close() {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
