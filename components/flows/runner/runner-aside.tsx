"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { cn } from "@/components/ui/cn";
import { RunnerPanel } from "./runner-panel";
import { useRunner } from "./use-runner";

const COLLAPSED_KEY = "fw:flow-panel-collapsed";
const collapseListeners = new Set<() => void>();
function subscribeCollapse(l: () => void) {
  collapseListeners.add(l);
  return () => {
    collapseListeners.delete(l);
  };
}
function setCollapsed(value: boolean) {
  localStorage.setItem(COLLAPSED_KEY, value ? "1" : "0");
  collapseListeners.forEach((l) => l());
}

type Props = { userId: string; associateName: string; storeId: number | null };

/**
 * The conversation guide beside the floor screens: a right-hand column in landscape, a bottom sheet in portrait;
 * collapsed, a slim tab with the script's name and progress.
 */
export function RunnerAside({ userId, associateName, storeId }: Props) {
  const t = useTranslations("flowRunner");
  const runner = useRunner(userId, storeId);
  const collapsed = useSyncExternalStore(subscribeCollapse, () => localStorage.getItem(COLLAPSED_KEY) === "1", () => false);
  const { run } = runner;
  const tabLabel = run ? t("collapsedRun", { flow: run.flowName, done: run.progress.done + 1, total: run.progress.total }) : t("collapsedNoRun");

  return (
    <>
        {/* In portrait the sheet is fixed over the page; this keeps the page's end reachable above it. */}
        <div aria-hidden className={cn(collapsed ? "h-20" : "h-[48dvh] landscape:hidden")} />
        <aside
          aria-label={t("landmark")}
          className={cn(
            "z-30 bg-white",
            collapsed
              ? "fixed bottom-0 right-0 portrait:left-0 landscape:bottom-4 landscape:right-4 landscape:rounded-2xl landscape:shadow-xl landscape:ring-1 landscape:ring-slate-300 portrait:border-t portrait:border-slate-300"
              : "portrait:fixed portrait:inset-x-0 portrait:bottom-0 portrait:max-h-[48dvh] portrait:overflow-y-auto portrait:rounded-t-3xl portrait:border-t portrait:border-slate-300 portrait:shadow-[0_-8px_30px_rgba(15,23,42,0.15)] landscape:sticky landscape:top-36 landscape:my-6 landscape:mr-4 landscape:max-h-[calc(100dvh-10.5rem)] landscape:w-80 landscape:shrink-0 landscape:overflow-y-auto landscape:rounded-2xl landscape:shadow-sm landscape:ring-1 landscape:ring-slate-200",
          )}
        >
          {collapsed ? (
            <button
              type="button"
              aria-expanded={false}
              onClick={() => setCollapsed(false)}
              className="flex min-h-14 w-full items-center gap-3 px-4 py-2 text-left font-semibold landscape:w-80"
            >
              <span className="min-w-0 flex-1">
                <span className="line-clamp-2 block">{tabLabel}</span>
                {run ? (
                  <span aria-hidden className="mt-1 block h-1.5 rounded-full bg-slate-200">
                    <span className="block h-1.5 rounded-full bg-brand-700" style={{ width: `${run.progress.percent}%` }} />
                  </span>
                ) : null}
              </span>
              <span className="shrink-0 text-sm text-brand-700">{t("expand")}</span>
            </button>
          ) : (
            <RunnerPanel runner={runner} associateName={associateName} storeId={storeId} onCollapse={() => setCollapsed(true)} />
          )}
          <p role="status" aria-live="polite" className={cn(runner.announcement && !collapsed ? "mx-4 mb-4 rounded-xl bg-emerald-50 px-3 py-2 text-sm font-semibold text-emerald-900 ring-1 ring-emerald-300" : "sr-only")}>
            {runner.announcement}
          </p>
        </aside>
    </>
  );
}
