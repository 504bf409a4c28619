import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { ServiceWorker } from "@/components/pwa/service-worker";
import { compiledMessagesFor } from "@/lib/i18n/compiled";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.tagline"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t("app.name") },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5750" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <Providers locale={locale} messages={compiledMessagesFor(locale)} timeZone="Europe/Madrid">
          {children}
          <ServiceWorker />
        </Providers>
      </body>
    </html>
  );
}
