"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { RunnerContext } from "@/lib/flows/runner-context";

// The guide (its queries, actions and offline queue) loads just after the screen, outside the first-load budget.
const RunnerAside = dynamic(() => import("./runner-aside").then((m) => m.RunnerAside), { ssr: false });

type Props = { userId: string; associateName: string; storeId: number | null; children: ReactNode };

/** The floor screens with the conversation guide beside them. */
export function FlowRunner({ userId, associateName, storeId, children }: Props) {
  return (
    <RunnerContext.Provider value={{ userId }}>
      <div className="mx-auto max-w-[1400px] landscape:flex landscape:items-start">
        {children}
        <RunnerAside userId={userId} associateName={associateName} storeId={storeId} />
      </div>
    </RunnerContext.Provider>
  );
}
