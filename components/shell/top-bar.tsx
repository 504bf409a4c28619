import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { ConnectionState } from "./connection-state";
import { SignOutButton } from "./sign-out-button";
import { SwitchAssociate } from "./switch-associate";
import { SearchBox } from "@/components/catalog/search-box";
import { ScanDialog } from "@/components/catalog/scan-dialog";
import { BarcodeWedge } from "@/components/catalog/barcode-wedge";
import { BasketLink } from "@/components/orders/basket-link";
import { BasketOwner } from "@/components/orders/basket-owner";
import { OutboxIndicator } from "@/components/offline/outbox/outbox-indicator";

type Props = { actor: Actor; storeName: string | null; associates: { staffNumber: string; name: string }[]; withSearch?: boolean };

export async function TopBar({ actor, storeName, associates, withSearch }: Props) {
  const t = await getT();
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      {actor.kind === "user" ? <BasketOwner userId={actor.userId} /> : null}
      <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="flex min-h-12 items-center rounded-xl px-2 text-xl font-bold text-brand-700">
          {t("app.name")}
        </Link>
        {storeName ? <span className="text-base text-slate-700">{storeName}</span> : null}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <ConnectionState />
          {actor.kind === "user" ? <OutboxIndicator userId={actor.userId} name={actor.name} storeId={actor.deviceStoreId ?? actor.storeId} /> : null}
          <span className="px-2 text-base font-semibold" data-testid="current-associate">
            {actor.name}
          </span>
          {actor.deviceId ? <SwitchAssociate associates={associates} /> : null}
          {can(actor.role, "manage:access") ? (
            <Link href="/manage" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-slate-800 hover:bg-slate-200">
              {t("shell.manage")}
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
      {withSearch ? (
        <div className="mx-auto flex max-w-[1400px] items-center gap-3 px-4 pb-3">
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
      ) : null}
    </header>
  );
}
