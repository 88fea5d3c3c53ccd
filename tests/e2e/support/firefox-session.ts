// Launches Firefox ESR with the Firefox build of Dossier as a temporary add-on, driven by puppeteer-core.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type JSHandle,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import type { TestBrowser, TestPage } from './browser-session';
import { extensionPageHelpers } from './extension-pages';
import { findBrowser } from './find-browser';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** Fixed internal UUID, so that tests know the add-on's moz-extension:// origin. */
const EXTENSION_UUID = '6f1c0f3e-4a8b-4d2e-9c57-2b1d0c9e7a11';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The file input named `label` (runs in the page). */
function locateFileInput(label: string): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`input[type="file"][aria-label="${CSS.escape(label)}"]`);
}

/** The select whose label's text is `wanted` (runs in the page). */
function locateSelectByLabel(wanted: string): HTMLSelectElement | null {
  const field = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.querySelector('span')?.textContent?.trim() === wanted,
  );
  const target = field?.htmlFor ? document.getElementById(field.htmlFor) : field?.querySelector('select');
  return target instanceof HTMLSelectElement ? target : null;
}

/** Finds an element by ARIA role and accessible name inside the page (labels, aria-label, text). */
function locateByRole(role: string, name: string, exact: boolean): Element | null {
  const implicitRoles: Record<string, string> = { BUTTON: 'button', TEXTAREA: 'textbox', A: 'link' };
  const accessibleName = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return (document.getElementById(labelledBy)?.textContent ?? '').trim();
    if (element.id) {
      const forLabel = document.querySelector(`label[for="${element.id}"]`);
      if (forLabel) return (forLabel.textContent ?? '').trim();
    }
    const wrapping = element.closest('label');
    if (wrapping) return (wrapping.textContent ?? '').trim();
    return (element.textContent ?? '').trim();
  };
  for (const element of document.querySelectorAll('*')) {
    const inputRoles: Record<string, string> = {
      search: 'searchbox',
      text: 'textbox',
      checkbox: 'checkbox',
      radio: 'radio',
    };
    const implicit =
      element.tagName === 'INPUT'
        ? inputRoles[(element as HTMLInputElement).type]
        : implicitRoles[element.tagName];
    const elementRole = element.getAttribute('role') ?? implicit;
    if (elementRole !== role) continue;
    const found = accessibleName(element).replace(/\s+/g, ' ');
    if (exact ? found === name : found.includes(name)) return element;
  }
  return null;
}

function wrapPage(page: Page): TestPage {
  // Polls with plain evaluations: Firefox's waitForFunction over WebDriver BiDi fails now and then.
  /** Polls `locate` until it finds an element: the page may still be rendering it. */
  const elementWhen = async (
    locate: () => Promise<JSHandle<unknown>>,
    what: string,
  ): Promise<ElementHandle<Element>> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const handle = await locate();
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (element) return element;
      await handle.dispose();
      if (Date.now() > deadline) throw new Error(`No ${what}`);
      await new Promise((resume) => setTimeout(resume, 50));
    }
  };
  const handleFor = (role: string, name: string, exact = true) =>
    elementWhen(() => page.evaluateHandle(locateByRole, role, name, exact), `${role} named "${name}"`);
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 15_000) {
      // Polls with plain evaluations: Firefox's waitForFunction fails in tabs that are not in front.
      const deadline = Date.now() + timeoutMs;
      while (!(await page.evaluate(fn as never, arg))) {
        if (Date.now() > deadline)
          throw new Error(`Timed out after ${timeoutMs} ms waiting for ${fn.name || 'a condition'}`);
        await new Promise((resume) => setTimeout(resume, 50));
      }
    },
    async clickByRole(role, name, exact = true) {
      const element = await handleFor(role, name, exact);
      await element.click();
    },
    async fillByRole(role, name, text) {
      const element = await handleFor(role, name);
      await element.click();
      // Replace, as a reader selecting the old text and typing over it would.
      await element.evaluate((field) => (field as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      await element.type(text);
    },
    async chooseOption(label, option) {
      const select = (await elementWhen(
        () => page.evaluateHandle(locateSelectByLabel, label),
        `select labelled "${label}"`,
      )) as ElementHandle<HTMLSelectElement>;
      const value = await select.evaluate(
        (element, text) => [...element.options].find((entry) => entry.textContent === text)?.value ?? null,
        option,
      );
      if (value === null) throw new Error(`No option "${option}" in "${label}"`);
      await select.select(value);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    runScript: (source) => page.evaluate(source),
    async chooseFile(label, path) {
      const input = await elementWhen(
        () => page.evaluateHandle(locateFileInput, label),
        `file input named "${label}"`,
      );
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    async press(keys) {
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Waits until `page` shows a loaded extension document. Polls with plain evaluations: one that lands
 * while about:blank gives way to the extension page can fail inside Firefox's remote agent, and is
 * simply tried again.
 */
async function waitForExtensionDocument(page: Page, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms opening an extension page`);
    await new Promise((resume) => setTimeout(resume, 50));
  }
}

/** Starts Firefox with Dossier installed as a temporary add-on. */
/** Options for {@link launchFirefox}. */
export interface FirefoxOptions {
  /**
   * Reuse a profile in which {@link installPermanently} put Dossier, to test what survives a restart
   * (a temporary add-on is removed with its data when Firefox closes). A fresh profile with Dossier
   * as a temporary add-on otherwise.
   */
  profileDir?: string;
  /** More Firefox preferences for the test profile (e.g. a test proxy). */
  extraPrefs?: Record<string, string | number | boolean>;
  /** Accept self-signed certificates (a local test server standing in for an https site). */
  acceptInsecureCerts?: boolean;
}

/**
 * Puts the Firefox build into `profileDir` as a normally installed add-on, which Firefox ESR loads at
 * every start once signature checks are off for the test profile.
 */
export async function installPermanently(profileDir: string): Promise<void> {
  const folder = join(profileDir, 'extensions');
  await mkdir(folder, { recursive: true });
  const artifacts = await mkdtemp(join(tmpdir(), 'dossier-xpi-'));
  await promisify(execFile)(process.execPath, [
    resolve('node_modules/web-ext/bin/web-ext.js'),
    'build',
    '--source-dir',
    FIREFOX_BUILD,
    '--artifacts-dir',
    artifacts,
    '--overwrite-dest',
  ]);
  const [zip] = (await readdir(artifacts)).filter((name) => name.endsWith('.zip'));
  if (!zip) throw new Error('web-ext build wrote no package');
  await copyFile(join(artifacts, zip), join(folder, `${GECKO_ID}.xpi`));
  await rm(artifacts, { recursive: true, force: true });
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<TestBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'dossier-firefox-')));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      ...options.extraPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...(options.profileDir
        ? {
            'xpinstall.signatures.required': false,
            'extensions.autoDisableScopes': 0,
            'extensions.enabledScopes': 15,
          }
        : {}),
    },
  });
  if (!options.profileDir) await browser.installExtension(FIREFOX_BUILD);

  const openExtensionPage = async (path: string): Promise<TestPage> => {
    const page = await browser.newPage();
    // This navigation never resolves in Firefox: start it, then wait for the page itself.
    void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => {});
    await waitForExtensionDocument(page);
    return wrapPage(page);
  };

  return {
    name: 'firefox',
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPage(page);
    },
    openExtensionPage,
    ...extensionPageHelpers(openExtensionPage, 'browser'),
    async close() {
      await browser.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
