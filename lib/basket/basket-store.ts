"use client";

import { useSyncExternalStore } from "react";

export type BasketLine = {
  id: string;
  kind: "ship" | "take_now";
  variantId: number;
  qty: number;
  source: number | "best";
  label: { styleName: string; colour: string; size: string; sku: string; priceCents: number; sourceName?: string };
};

export type CustomerDraft = { id?: string; name?: string; sizes?: { shoe?: string; tops?: string; bottoms?: string }; firstName: string; lastName: string; phone: string; email: string };
export type AddressDraft = { name: string; line1: string; line2: string; city: string; postcode: string; phone: string };

export type Basket = {
  /** One Idempotency-Key for the whole order, made when it is started: a double tap or a retry places it once. */
  key: string;
  lines: BasketLine[];
  customer: CustomerDraft;
  fulfilment: "delivery" | "pickup";
  address: AddressDraft;
  pickupStoreId: number | null;
};

const EMPTY_CUSTOMER: CustomerDraft = { firstName: "", lastName: "", phone: "", email: "" };
const EMPTY_ADDRESS: AddressDraft = { name: "", line1: "", line2: "", city: "", postcode: "", phone: "" };

export function newBasket(): Basket {
  return { key: crypto.randomUUID(), lines: [], customer: { ...EMPTY_CUSTOMER }, fulfilment: "delivery", address: { ...EMPTY_ADDRESS }, pickupStoreId: null };
}

// Everything typed into an order lives in localStorage until it is placed, so a reload, a dropped
// connection or an associate switch loses nothing. One basket per associate on the tablet.
let owner = "anonymous";
const listeners = new Set<() => void>();
let cache: { raw: string | null; basket: Basket } | null = null;

const storageKey = () => `fw:basket:${owner}`;

export function setBasketOwner(userId: string) {
  if (owner === userId) return;
  owner = userId;
  cache = null;
  listeners.forEach((l) => l());
}

export function readBasket(): Basket {
  const raw = typeof window === "undefined" ? null : window.localStorage.getItem(storageKey());
  if (cache && cache.raw === raw) return cache.basket;
  let basket = newBasket();
  if (raw) {
    try {
      basket = { ...basket, ...(JSON.parse(raw) as Partial<Basket>) };
    } catch {
      /* a damaged entry is replaced by an empty basket */
    }
  }
  cache = { raw, basket };
  return basket;
}

export function writeBasket(update: (b: Basket) => Basket) {
  const next = update(readBasket());
  window.localStorage.setItem(storageKey(), JSON.stringify(next));
  listeners.forEach((l) => l());
}

export function clearBasket() {
  window.localStorage.removeItem(storageKey());
  listeners.forEach((l) => l());
}

export function addLine(line: Omit<BasketLine, "id">) {
  writeBasket((b) => ({ ...b, lines: [...b.lines, { ...line, id: crypto.randomUUID() }] }));
}

function subscribe(l: () => void) {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => e.key === storageKey() && l();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener("storage", onStorage);
  };
}

const serverBasket = newBasket();
export function useBasket(): Basket {
  return useSyncExternalStore(subscribe, readBasket, () => serverBasket);
}
