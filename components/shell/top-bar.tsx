import type { ReactNode } from "react";
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { ConnectionState } from "./connection-state";
import { SignOutButton } from "./sign-out-button";
import { SwitchAssociate } from "./switch-associate";
import { BasketOwner } from "@/components/orders/basket-owner";
import { LazyOutboxIndicator } from "@/components/offline/outbox/outbox-indicator-lazy";

type Props = { actor: Actor; storeName: string | null; associates: { staffNumber: string; name: string }[]; children?: ReactNode };

/** The bar on every signed-in screen; the floor adds its toolbar (search, scan, navigation) as children. */
export async function TopBar({ actor, storeName, associates, children }: Props) {
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
          {actor.kind === "user" ? <LazyOutboxIndicator userId={actor.userId} name={actor.name} storeId={actor.deviceStoreId ?? actor.storeId} /> : null}
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
      {children}
    </header>
  );
}
