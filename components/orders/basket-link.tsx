"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useBasket } from "@/lib/basket/basket-store";

export function BasketLink() {
  const t = useTranslations("order");
  const count = useBasket().lines.length;
  return (
    <Link href="/order" className="inline-flex min-h-12 items-center gap-2 rounded-xl bg-white px-4 font-semibold ring-1 ring-slate-300 hover:bg-slate-100">
      {t("title")}
      {count > 0 ? <span className="rounded-full bg-brand-700 px-2 text-sm text-white">{count}</span> : null}
    </Link>
  );
}
