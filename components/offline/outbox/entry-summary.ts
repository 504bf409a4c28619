import type { EntryView } from "@/lib/offline/outbox/use-outbox";
import type { PayloadOf } from "@/lib/offline/outbox/types";

/** What the entry is about and for whom, from its opened payload (only ever the author's own entries). */
export function entrySummary(view: EntryView): { what: string | null; customer: string | null } {
  const { record, payload } = view;
  if (!payload) return { what: null, customer: null };
  switch (record.kind) {
    case "customer": {
      const p = payload as PayloadOf["customer"];
      return { what: null, customer: [p.firstName, p.lastName].filter(Boolean).join(" ") };
    }
    case "order": {
      const p = payload as PayloadOf["order"];
      const what = p.labels.map((l) => [l.styleName, l.colour, l.size, l.sourceName].filter(Boolean).join(" · ")).join("; ");
      const who = p.contact ?? (p.body.customer && "firstName" in p.body.customer ? p.body.customer : null);
      return { what, customer: who ? [who.firstName, who.lastName].filter(Boolean).join(" ") : null };
    }
    default:
      return { what: null, customer: null };
  }
}
