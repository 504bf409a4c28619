import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { OwnFigures } from "@/components/dashboards/own-figures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboards.own.title") };
}

/** The signed-in person's own figures (every role may see their own; managers see the store under Manage). */
export default async function MyFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("dashboard:own", "/me/figures");
  return <OwnFigures actor={actor} params={await searchParams} />;
}
