"use client";

/** Forms with unsaved input register here, so an app update never reloads under an associate's work. */
const dirty = new Set<string>();
const listeners = new Set<() => void>();

export function setUnsaved(key: string, unsaved: boolean): void {
  if (unsaved) dirty.add(key);
  else dirty.delete(key);
  listeners.forEach((l) => l());
}

export function hasUnsavedWork(): boolean {
  return dirty.size > 0;
}

export function onUnsavedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
