// Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png) with Chromium.
// Run by hand after changing the icon: npx tsx tests/support/render-icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findBrowser } from '../e2e/support/find-browser';

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,96,128}.png');
