#!/usr/bin/env node
// npm run icons: renders resources/icon.svg to PNGs with Chromium (the SVG as the browser draws it,
// each size rendered rather than scaled down), then builds the .ico and .icns from them with png2icons.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import png2icons from 'png2icons';
import { icnsPath, icoPath, iconSource, pngDir, pngPath, pngSizes, sourceHash, sourceHashPath } from './iconSet.mjs';

const svg = readFileSync(iconSource);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  mkdirSync(pngDir, { recursive: true });
  for (const size of pngSizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>*{margin:0}</style><img src="${source}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(pngPath(size), await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

const largest = readFileSync(pngPath(Math.max(...pngSizes)));
writeIcon(icoPath, png2icons.createICO(largest, png2icons.BICUBIC2, 0, true, true));
writeIcon(icnsPath, png2icons.createICNS(largest, png2icons.BICUBIC2, 0));
writeFileSync(sourceHashPath, `${sourceHash(svg)}\n`);
console.log(`Icons written to ${pngDir}, ${icoPath} and ${icnsPath}.`);

function writeIcon(path, icon) {
  if (!icon) throw new Error(`png2icons could not build ${path}`);
  writeFileSync(path, icon);
}
