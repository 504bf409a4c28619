import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";
import { TopBar } from "@/components/shell/top-bar";
import { loadShell } from "@/components/shell/load-shell";

export default async function ManageLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("manage:access", "/manage");
  const shell = await loadShell(actor);
  return (
    <>
      <TopBar actor={actor} storeName={shell.storeName} associates={shell.associates} />
      <main id="main" className="mx-auto max-w-[1400px] px-4 py-6">
        {children}
      </main>
    </>
  );
}
