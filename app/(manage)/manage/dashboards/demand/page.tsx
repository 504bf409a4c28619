import { DashboardTab, dashboardMetadata, type SearchParams } from "@/components/dashboards/dashboard-tab";

export const generateMetadata = () => dashboardMetadata("demand");

export default async function DemandDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardTab tab="demand" searchParams={searchParams} />;
}
