"use client";

import dynamic from "next/dynamic";

// The offline tools (snapshot search, capture with its validation, the outbox) load just after the page is up;
// the service worker precaches their chunks, so they load with no network too.
const placeholder = () => <div className="min-h-24" />;
export const LazyOfflineLookup = dynamic(() => import("./lookup/offline-lookup").then((m) => m.OfflineLookup), { ssr: false, loading: placeholder });
export const LazyOfflineOutbox = dynamic(() => import("./outbox/offline-outbox").then((m) => m.OfflineOutbox), { ssr: false, loading: placeholder });
