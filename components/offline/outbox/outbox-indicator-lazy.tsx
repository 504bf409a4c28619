"use client";

import dynamic from "next/dynamic";

/**
 * The outbox (IndexedDB, WebCrypto, the drain loop) loads just after the screen is up, so it stays out of every
 * floor screen's first-load JavaScript; it shows nothing until something is waiting anyway.
 */
export const LazyOutboxIndicator = dynamic(() => import("./outbox-indicator").then((m) => m.OutboxIndicator), { ssr: false });
