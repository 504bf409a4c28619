import type { MetadataRoute } from "next";
import { messagesFor, DEFAULT_LOCALE } from "@/lib/i18n/config";

/** Installable on the tablets: standalone, landscape first. */
export default function manifest(): MetadataRoute.Manifest {
  const m = messagesFor(DEFAULT_LOCALE);
  return {
    id: "/",
    name: m.app.name,
    short_name: m.app.name,
    description: m.app.tagline,
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "landscape",
    background_color: "#f8fafc",
    theme_color: "#0b5750",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    screenshots: [{ src: "/screenshots/tablet-style.png", sizes: "1180x820", type: "image/png", form_factor: "wide", label: m.app.tagline }],
  };
}
