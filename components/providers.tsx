"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { IntlProvider } from "use-intl";
import type { Messages } from "@/lib/i18n/config";

/** One QueryClient per browser tab; translations for client components. */
export function Providers({ locale, messages, timeZone, children }: { locale: string; messages: Messages; timeZone: string; children: ReactNode }) {
  // offlineFirst: with the network gone, a query answers from what this tab already fetched instead of pausing
  // empty. The cache stays in memory only (never persisted), so nothing personal is left on a shared tablet.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, networkMode: "offlineFirst" } } }));
  return (
    <QueryClientProvider client={client}>
      <IntlProvider locale={locale} messages={messages} timeZone={timeZone}>
        {children}
      </IntlProvider>
    </QueryClientProvider>
  );
}
