// Renders resources/icon.svg into the PNGs and the .ico the installers use (electron-builder.yml):
// resources/icons/<n>x<n>.png for Linux, resources/icon.png (512×512) and resources/icon.ico
// (PNG-in-ICO, every size Windows asks for). Run after changing the SVG; the outputs are committed
// because the packaging check and `npm run dist` must not need a browser.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const res = path.join(root, 'resources');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(fs.existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const svg = fs.readFileSync(path.join(res, 'icon.svg'), 'utf8');
const pngs = new Map();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<html><body style="margin:0;background:transparent">${svg.replace(
      '<svg ',
      `<svg style="display:block;width:${size}px;height:${size}px" `,
    )}</body></html>`;
    await page.setContent(html);
    pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
  }
} finally {
  await browser.close();
}

fs.mkdirSync(path.join(res, 'icons'), { recursive: true });
for (const [size, png] of pngs)
  fs.writeFileSync(path.join(res, 'icons', `${size}x${size}.png`), png);
fs.writeFileSync(path.join(res, 'icon.png'), pngs.get(512));

// ICO: a 6-byte header, a 16-byte entry per image, then the PNGs themselves (Windows Vista+).
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(ICO_SIZES.length, 4);
const entries = [];
let offset = 6 + 16 * ICO_SIZES.length;
for (const size of ICO_SIZES) {
  const png = pngs.get(size);
  const e = Buffer.alloc(16);
  e.writeUInt8(size >= 256 ? 0 : size, 0);
  e.writeUInt8(size >= 256 ? 0 : size, 1);
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  entries.push(e);
}
fs.writeFileSync(
  path.join(res, 'icon.ico'),
  Buffer.concat([header, ...entries, ...ICO_SIZES.map((s) => pngs.get(s))]),
);
console.log('wrote resources/icon.png, resources/icon.ico and resources/icons/');
