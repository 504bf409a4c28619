import { DashboardTab, dashboardMetadata, type SearchParams } from "@/components/dashboards/dashboard-tab";

export const generateMetadata = () => dashboardMetadata("adoption");

export default async function AdoptionDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardTab tab="adoption" searchParams={searchParams} />;
}
