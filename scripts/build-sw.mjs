// After `next build`: bundle sw/sw.ts with esbuild, then let Workbox inject the precache manifest of
// the build's static assets (the webpack plugins do not work with Turbopack builds).
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();

await build({
  entryPoints: ["sw/sw.ts"],
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  outfile: ".next/sw-src.js",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});

const { count, size, warnings } = await injectManifest({
  swSrc: ".next/sw-src.js",
  swDest: "public/sw.js",
  globDirectory: ".next",
  globPatterns: ["static/**/*.{js,css,woff2,png,svg}"],
  modifyURLPrefix: { "static/": "/_next/static/" },
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  additionalManifestEntries: [
    { url: "/offline", revision: buildId },
    { url: "/manifest.webmanifest", revision: buildId },
    { url: "/icons/icon-192.png", revision: buildId },
    { url: "/icons/icon-512.png", revision: buildId },
  ],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
for (const w of warnings) console.warn(w);
console.log(`Service worker: public/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB), build ${buildId}`);
