"use client";

import { useSyncExternalStore } from "react";

/**
 * A visit is one customer in front of one associate. Its id lives in localStorage per associate, so each
 * associate on a shared tablet keeps their own visit across reloads and switches.
 */
export const visitKey = (userId: string) => `fw:flow-visit:${userId}`;

/** The associate's visit, begun on first use (quietly: this runs while React renders). */
export function currentVisitId(storage: Storage, userId: string): string {
  const existing = storage.getItem(visitKey(userId));
  if (existing) return existing;
  const id = crypto.randomUUID();
  storage.setItem(visitKey(userId), id);
  return id;
}

/** A new customer: a fresh visit id, so their answers and runs start empty. */
export function startNewVisit(storage: Storage, userId: string): string {
  const id = crypto.randomUUID();
  storage.setItem(visitKey(userId), id);
  listeners.forEach((l) => l());
  return id;
}

const listeners = new Set<() => void>();

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener("storage", l);
  return () => {
    listeners.delete(l);
    window.removeEventListener("storage", l);
  };
}

/** The associate's current visit id; null while rendering on the server or with nobody signed in. */
export function useVisitId(userId: string | null): string | null {
  return useSyncExternalStore(
    subscribe,
    () => (userId ? currentVisitId(window.localStorage, userId) : null),
    () => null,
  );
}
