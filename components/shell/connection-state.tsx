"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";

function subscribe(cb: () => void) {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
}

/** Says honestly whether the tablet is connected, and keeps the record of time spent offline. */
export function ConnectionState() {
  const t = useTranslations("shell");
  useEffect(() => {
    // Loaded after the page (the service worker precaches it, so it loads offline too): every screen carries this bar.
    let stop: (() => void) | undefined;
    let gone = false;
    void import("@/lib/usage/offline-periods").then((m) => {
      if (!gone) stop = m.watchOfflinePeriods();
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  return (
    <span role="status" className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-semibold ${online ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-950"}`}>
      <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${online ? "bg-emerald-600" : "bg-amber-600"}`} />
      {online ? t("online") : t("offline")}
    </span>
  );
}
