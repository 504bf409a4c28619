"use client";

import { useDeferredValue, useState } from "react";
import { useTranslations } from "use-intl";
import { useSnapshotMeta } from "./use-snapshot";
import { OfflineResults } from "./offline-results";
import { OfflineStyle } from "./offline-style";

export type Opened = { styleId: number; colour?: string; size?: string };

/** Search, style screen and stores grid from this tablet's IndexedDB snapshot: works with no network at all. */
export function OfflineLookup() {
  const t = useTranslations("offlineLookup");
  const meta = useSnapshotMeta();
  const [query, setQuery] = useState("");
  const [opened, setOpened] = useState<Opened | null>(null);
  const deferred = useDeferredValue(query);

  return (
    <section aria-labelledby="offline-lookup-title" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="offline-lookup-title" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      {meta.isPending ? (
        <p className="text-base text-slate-700">{t("loading")}</p>
      ) : !meta.data ? (
        <p className="text-base text-slate-700">{t("noSnapshot")}</p>
      ) : opened ? (
        <OfflineStyle opened={opened} onBack={() => setOpened(null)} />
      ) : (
        <>
          <p className="text-base text-slate-700">{t("intro")}</p>
          <form role="search" onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-1">
            <label htmlFor="offline-q" className="text-base font-medium">
              {t("searchLabel")}
            </label>
            <input
              id="offline-q"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby="offline-q-hint"
              autoComplete="off"
              enterKeyHint="search"
              className="min-h-12 rounded-xl border border-slate-400 px-4 text-lg"
            />
            <span id="offline-q-hint" className="text-sm text-slate-700">
              {t("searchHint")}
            </span>
          </form>
          <OfflineResults query={deferred} onOpen={setOpened} />
        </>
      )}
    </section>
  );
}
