import { DashboardTab, dashboardMetadata, type SearchParams } from "@/components/dashboards/dashboard-tab";

export const generateMetadata = () => dashboardMetadata("associates");

export default async function AssociatesDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardTab tab="associates" searchParams={searchParams} />;
}
