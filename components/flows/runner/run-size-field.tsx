"use client";

import { useState, type ComponentProps } from "react";
import { useRunAnswers } from "@/lib/flows/runner-context";
import { Field } from "@/components/ui/field";

/** A size filter that starts from the size the customer gave the conversation guide, unless one was chosen. */
export function RunSizeField({ defaultValue, ...props }: Omit<ComponentProps<typeof Field>, "value" | "onChange" | "defaultValue"> & { defaultValue?: string }) {
  const said = useRunAnswers().size;
  const [typed, setTyped] = useState<string | null>(null);
  return <Field {...props} value={typed ?? (defaultValue || said || "")} onChange={(e) => setTyped(e.target.value)} />;
}
