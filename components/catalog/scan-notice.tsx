"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { ScanNotice } from "./use-barcode-lookup";

/** What happened to a scan that did not open a product, with the way forward. */
export function ScanNoticeView({ notice, onClose }: { notice: ScanNotice; onClose: () => void }) {
  const t = useTranslations("catalog");
  if (!notice) return null;
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-2xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="flex-1 text-base">
        {notice.kind === "unknown"
          ? t("unknownCode", { code: notice.code })
          : notice.kind === "invalid"
            ? t("invalidCode", { code: notice.code, reason: notice.message })
            : t("scanFailed")}
      </p>
      {notice.kind !== "error" ? (
        <Link
          href={`/search?${new URLSearchParams({ q: notice.code })}`}
          onClick={onClose}
          className="inline-flex min-h-12 items-center rounded-xl bg-white px-4 font-semibold ring-1 ring-amber-400 hover:bg-amber-100"
        >
          {t("searchInstead")}
        </Link>
      ) : null}
      <Button variant="ghost" onClick={onClose}>
        {t("dismiss")}
      </Button>
    </div>
  );
}
