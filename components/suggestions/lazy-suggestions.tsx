"use client";

import dynamic from "next/dynamic";

// Suggestions fetch their own data after the screen is up and sit below the stock, so their code loads then too.
export const LazyStyleSuggestions = dynamic(() => import("./style-suggestions").then((m) => m.StyleSuggestions), { ssr: false });
export const LazyCustomerSuggestions = dynamic(() => import("./customer-suggestions").then((m) => m.CustomerSuggestions), { ssr: false });
