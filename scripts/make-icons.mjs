// Renders the app icon (an SVG drawn here) to the PNG sizes the web app manifest needs, with Debian's Chromium.
// Run once when the icon changes: node scripts/make-icons.mjs
import { chromium } from "@playwright/test";

const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${maskable ? 0 : 96}" fill="#0b5750"/>
  <g transform="translate(256 270) scale(${maskable ? 0.72 : 0.9}) translate(-256 -270)">
    <path d="M96 330 C96 290 130 276 170 270 L236 200 C250 186 272 192 278 212 L292 262 C350 270 410 286 420 320 L420 350 L96 350 Z" fill="#ffffff"/>
    <rect x="96" y="356" width="324" height="22" rx="8" fill="#9be3d7"/>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const [file, size, maskable] of [["icon-192.png", 192, false], ["icon-512.png", 512, false], ["maskable-512.png", 512, true], ["apple-touch-icon.png", 180, false]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(maskable).replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icons/${file}`);
}
await browser.close();
