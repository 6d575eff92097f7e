// Render the SVG icon sources in assets/icons/ to the PNGs the manifest names.
// The PNGs are committed, so builds never need a browser; run `npm run icons` after editing an SVG.
//   icon-small.svg -> 16, 32 (simplified shapes that stay legible in the toolbar)
//   icon.svg       -> 48, 128 (and 16, 32 too if icon-small.svg is absent)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const sources = {
  full: `${iconsDir}icon.svg`,
  small: existsSync(`${iconsDir}icon-small.svg`) ? `${iconsDir}icon-small.svg` : `${iconsDir}icon.svg`,
};
const targets = [
  { size: 16, source: sources.small },
  { size: 32, source: sources.small },
  { size: 48, source: sources.full },
  { size: 128, source: sources.full },
];

if (!existsSync(executablePath)) {
  console.error(`No browser at ${executablePath}: set CHROME_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source } of targets) {
    const svg = readFileSync(source).toString('base64');
    await page.setViewportSize({ width: size, height: size });
    // An <img> renders the SVG exactly as a browser would show the file itself, scaled to the box.
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
        img { display: block; width: ${size}px; height: ${size}px; }
      </style></head><body><img alt="" src="data:image/svg+xml;base64,${svg}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => (img.complete ? undefined : img.decode()));
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const out = `${iconsDir}icon-${size}.png`;
    writeFileSync(out, png);
    console.info(`icon-${size}.png  ${png.length} bytes  (from ${source.slice(iconsDir.length)})`);
  }
} finally {
  await browser.close();
}
