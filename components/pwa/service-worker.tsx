"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import type { Workbox } from "workbox-window";
import { Button } from "@/components/ui/button";
import { hasUnsavedWork, onUnsavedChange } from "@/lib/pwa/unsaved-work";

/**
 * Registers the service worker and, when a new version is waiting, offers "Update" at a calm moment:
 * the associate chooses when, and the button waits while any form holds unsaved input.
 */
export function ServiceWorker() {
  const t = useTranslations("pwa");
  const wb = useRef<Workbox | null>(null);
  const [waiting, setWaiting] = useState(false);
  const unsaved = useSyncExternalStore(onUnsavedChange, hasUnsavedWork, () => false);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    let cancelled = false;
    void import("workbox-window").then(({ Workbox }) => {
      if (cancelled) return;
      const box = new Workbox("/sw.js");
      box.addEventListener("waiting", () => setWaiting(true));
      wb.current = box;
      void box.register();
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting) return null;
  return (
    <div role="status" className="fixed bottom-4 left-4 z-50 flex items-center gap-3 rounded-2xl bg-slate-900 px-4 py-3 text-white shadow-xl">
      <span>{unsaved ? t("updateAfterSaving") : t("updateReady")}</span>
      <Button
        disabled={unsaved}
        onClick={() => {
          const box = wb.current;
          if (!box) return;
          box.addEventListener("controlling", () => window.location.reload());
          box.messageSkipWaiting();
        }}
      >
        {t("update")}
      </Button>
    </div>
  );
}
