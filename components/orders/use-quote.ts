"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Basket } from "@/lib/basket/basket-store";
import { quoteOrderAction } from "@/lib/domain/orders/actions";
import { basketFulfilment, basketLines } from "./basket-payload";

/** Promise dates and sources, re-quoted when the items or the destination change (reserves nothing). */
export function useQuote(basket: Basket, workingStoreId: number) {
  const lines = basketLines(basket);
  const fulfilment = basketFulfilment(basket, workingStoreId, true);
  const query = useQuery({
    queryKey: ["quote", lines, fulfilment],
    enabled: lines.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const res = await quoteOrderAction({ lines, fulfilment });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    },
  });
  return { quote: lines.length > 0 ? (query.data ?? null) : null, error: query.error?.message ?? null };
}
