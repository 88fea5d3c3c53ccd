// `npm start`: serves the bundled demo article and opens Chromium with the freshly built extension.
// With a display it opens a window and waits; without one it runs headless and writes screenshots
// of the highlighted article and of the popup, printing their paths.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/support/chromium-session';
import { serveFixtures } from '../e2e/support/static-server';

const OUTPUT = resolve('.demo-output');

async function main(): Promise<void> {
  const server = await serveFixtures('tests/fixtures');
  const demoUrl = `${server.origin}/demo/article.html`;
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const browser = await launchChromium({ headless: !headed });
  const article = await browser.openPage(demoUrl);
  await article.waitFor(() => (CSS.highlights.get('dossier-official')?.size ?? 0) > 0);

  if (headed) {
    console.log(`Dossier is running in Chromium on the demo article: ${demoUrl}`);
    console.log(
      'Click the puzzle-piece menu to pin Dossier, then its icon to open the popup. Ctrl+C to stop.',
    );
    await new Promise<void>((stop) => process.once('SIGINT', () => stop()));
  } else {
    await mkdir(OUTPUT, { recursive: true });
    const articleShot = resolve(OUTPUT, 'demo-article.png');
    await article.screenshot(articleShot);
    const tabId = await browser.tabIdOf(article);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewport(400, 640);
    await popup.waitFor(() => document.querySelector('.actor-row') !== null);
    const popupShot = resolve(OUTPUT, 'demo-popup.png');
    await popup.screenshot(popupShot);
    await popup.clickByRole('button', 'Pavel Voronov', false);
    await popup.waitFor(() => document.querySelector('.card') !== null);
    const cardShot = resolve(OUTPUT, 'demo-card.png');
    await popup.screenshot(cardShot);
    console.log('No display found: ran headless on the demo article and wrote screenshots:');
    for (const shot of [articleShot, popupShot, cardShot]) console.log(`  ${shot}`);
  }
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
