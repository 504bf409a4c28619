import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";
import { TopBar } from "@/components/shell/top-bar";
import { loadShell } from "@/components/shell/load-shell";
import { SnapshotSync } from "@/components/offline/lookup/snapshot-sync";

export default async function FloorLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const shell = await loadShell(actor);
  return (
    <>
      <TopBar actor={actor} storeName={shell.storeName} associates={shell.associates} withSearch />
      <SnapshotSync />
      <main id="main" className="mx-auto max-w-[1400px] px-4 py-6">
        {children}
      </main>
    </>
  );
}
