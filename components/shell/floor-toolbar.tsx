import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { SearchBox } from "@/components/catalog/search-box";
import { LazyScanDialog as ScanDialog } from "@/components/catalog/lazy-scan-dialog";
import { BarcodeWedge } from "@/components/catalog/barcode-wedge";
import { BasketLink } from "@/components/orders/basket-link";

/**
 * The floor's second row of the top bar: search, scan and the floor's screens. Only floor screens load it, so
 * manager screens do not carry the search and scanner code.
 */
export async function FloorToolbar({ actor }: { actor: Actor }) {
  const t = await getT();
  return (
    <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-3 px-4 pb-3">
      <SearchBox />
      <ScanDialog />
      <BarcodeWedge />
      <nav aria-label={t("shell.floorNav")} className="ml-auto flex items-center gap-2">
        <Link href="/customers" className="inline-flex min-h-12 items-center rounded-xl px-3 font-semibold hover:bg-slate-200">
          {t("shell.customers")}
        </Link>
        <BasketLink />
        <Link href="/orders" className="inline-flex min-h-12 items-center rounded-xl px-3 font-semibold hover:bg-slate-200">
          {t("shell.orders")}
        </Link>
        <Link href="/to-ship" className="inline-flex min-h-12 items-center rounded-xl px-3 font-semibold hover:bg-slate-200">
          {t("shell.toShip")}
        </Link>
        <Link href="/holds" className="inline-flex min-h-12 items-center rounded-xl px-3 font-semibold hover:bg-slate-200">
          {t("shell.holds")}
        </Link>
        {can(actor.role, "dashboard:own") ? (
          <Link href="/me/figures" className="inline-flex min-h-12 items-center rounded-xl px-3 font-semibold hover:bg-slate-200">
            {t("dashboards.myFiguresLink")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
