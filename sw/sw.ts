/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { precacheAndRoute, matchPrecache, cleanupOutdatedCaches } from "workbox-precaching";
import { registerRoute, setCatchHandler, NavigationRoute } from "workbox-routing";
import { NetworkOnly, CacheFirst } from "workbox-strategies";
import { ExpirationPlugin } from "workbox-expiration";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

// The app shell's static assets (hashed JS/CSS, fonts, icons) and the offline page.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The tablet's first page is served by the worker as soon as it is installed, so offline tools and lazily
// loaded code work from the first visit on (updates still wait for the associate's "Update").
clientsClaim();

// Signed-in pages are never cached: a shared tablet must not show one associate's screens to the next.
// Navigations and RSC payloads (client-side navigations carry an `RSC: 1` header) go to the network;
// when it is unreachable, navigations fall back to the precached offline page.
registerRoute(new NavigationRoute(new NetworkOnly()));
registerRoute(({ request, url }) => url.origin === self.location.origin && request.headers.get("RSC") === "1", new NetworkOnly());

// API answers are kept by the app itself (TanStack Query, the IndexedDB snapshot), per person, not here.
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/api/"), new NetworkOnly());

registerRoute(
  ({ request }) => request.destination === "image",
  new CacheFirst({ cacheName: "images", plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 })] }),
);

setCatchHandler(async ({ request }) => {
  if (request.destination === "document") return (await matchPrecache("/offline")) ?? Response.error();
  return Response.error();
});

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
