import { DashboardTab, dashboardMetadata, type SearchParams } from "@/components/dashboards/dashboard-tab";

export const generateMetadata = () => dashboardMetadata("outcomes");

export default async function OutcomesDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardTab tab="outcomes" searchParams={searchParams} />;
}
