import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { adoption } from "@/lib/domain/dashboards/adoption";
import { associates } from "@/lib/domain/dashboards/associates";
import { demand } from "@/lib/domain/dashboards/demand";
import { flows } from "@/lib/domain/dashboards/flows";
import { outcomes } from "@/lib/domain/dashboards/outcomes";
import { getT } from "@/lib/i18n/server";
import { AdoptionView } from "./adoption-view";
import { AssociatesView } from "./associates-view";
import { DashboardFrame, type TabKey } from "./dashboard-frame";
import { DemandView } from "./demand-view";
import { FlowsView } from "./flows-view";
import { loadDashboard, type LoadedDashboard } from "./load-dashboard";
import { OutcomesView } from "./outcomes-view";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function view(tab: TabKey, d: LoadedDashboard) {
  switch (tab) {
    case "adoption":
      return <AdoptionView d={d} data={await adoption(d.db, d.scope)} />;
    case "outcomes":
      return <OutcomesView d={d} data={await outcomes(d.db, d.scope)} />;
    case "demand":
      return <DemandView d={d} data={await demand(d.db, d.scope)} />;
    case "flows":
      return <FlowsView d={d} data={await flows(d.db, d.scope)} />;
    case "associates":
      return <AssociatesView d={d} data={await associates(d.db, d.scope)} />;
  }
}

/** One manager dashboard tab: the actor's scope from the URL, the domain figures, the screen. */
export async function DashboardTab({ tab, searchParams }: { tab: TabKey; searchParams: SearchParams }) {
  const actor = await requirePageActor("dashboard:store", "/manage/dashboards");
  const d = await loadDashboard(actor, await searchParams);
  const t = await getT();
  return (
    <DashboardFrame title={t("dashboards.title", { tab: t(`dashboards.tab.${tab}`) })} d={d} tab={tab}>
      {await view(tab, d)}
    </DashboardFrame>
  );
}

export async function dashboardMetadata(tab: TabKey): Promise<Metadata> {
  const t = await getT();
  return { title: t("dashboards.title", { tab: t(`dashboards.tab.${tab}`) }) };
}
