import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { workingStoreId } from "@/lib/auth/scope";
import { TopBar } from "@/components/shell/top-bar";
import { FloorToolbar } from "@/components/shell/floor-toolbar";
import { loadShell } from "@/components/shell/load-shell";
import { SnapshotSync } from "@/components/offline/lookup/snapshot-sync";
import { FlowRunner } from "@/components/flows/runner/flow-runner";

export default async function FloorLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const shell = await loadShell(actor);
  const main = (
    <main id="main" className="@container mx-auto min-w-0 max-w-[1400px] flex-1 px-4 py-6">
      {children}
    </main>
  );
  return (
    <>
      <TopBar actor={actor} storeName={shell.storeName} associates={shell.associates}>
        <FloorToolbar actor={actor} />
      </TopBar>
      <SnapshotSync />
      {actor.kind === "user" && can(actor.role, "flow:run") ? (
        <FlowRunner userId={actor.userId} associateName={actor.name.split(" ")[0] ?? actor.name} storeId={workingStoreId(actor)}>
          {main}
        </FlowRunner>
      ) : (
        main
      )}
    </>
  );
}
