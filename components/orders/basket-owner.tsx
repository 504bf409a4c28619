"use client";

import { useLayoutEffect } from "react";
import { setBasketOwner } from "@/lib/basket/basket-store";

/** Each associate on a shared tablet has their own order in progress. */
export function BasketOwner({ userId }: { userId: string }) {
  useLayoutEffect(() => setBasketOwner(userId), [userId]);
  return null;
}
