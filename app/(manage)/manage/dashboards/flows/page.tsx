import { DashboardTab, dashboardMetadata, type SearchParams } from "@/components/dashboards/dashboard-tab";

export const generateMetadata = () => dashboardMetadata("flows");

export default async function FlowsDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardTab tab="flows" searchParams={searchParams} />;
}
