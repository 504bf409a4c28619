"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { writeBasket } from "@/lib/basket/basket-store";
import { Button } from "@/components/ui/button";

/** Makes this customer the one the order in progress is for; their sizes then pre-select the stores grid. */
export function UseForOrderButton({ id, name, sizes }: { id: string; name: string; sizes: { shoe?: string; tops?: string; bottoms?: string } }) {
  const t = useTranslations("customers");
  const router = useRouter();
  return (
    <Button
      variant="secondary"
      onClick={() => {
        writeBasket((b) => ({ ...b, customer: { ...b.customer, id, name, sizes } }));
        router.push("/order");
      }}
    >
      {t("useForOrder")}
    </Button>
  );
}
