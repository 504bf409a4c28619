"use client";

import type { enqueue as enqueueNow } from "./store";

/**
 * enqueue() for online forms: the outbox (IndexedDB, WebCrypto) loads only when a submit actually fails,
 * so it stays out of those screens' first-load JavaScript.
 */
export const enqueue: typeof enqueueNow = async (...args) => (await import("./store")).enqueue(...args);
