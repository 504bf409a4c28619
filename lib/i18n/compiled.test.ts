import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { compiledMessagesFor } from "./compiled";

describe("precompiled messages", () => {
  const t = createTranslator({ locale: "en", messages: compiledMessagesFor("en") });

  it("format arguments and plurals without the ICU parser", () => {
    expect(t("stock.nearestOf", { shown: 25, total: 500 })).toBe("The nearest 25 of 500 stores.");
    expect(t("outbox.waiting", { count: 1 })).toBe("1 waiting to send");
    expect(t("outbox.signOutWarning", { count: 3 })).toMatch(/^3 items are waiting to send; they will be sent at your next sign-in\. Sign out now\?$/);
  });

  it("are plain JSON, as React requires of what the server hands to client components", () => {
    const m = compiledMessagesFor("en");
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    const protos = new Set<unknown>();
    const walk = (v: unknown) => {
      if (v && typeof v === "object") {
        if (!Array.isArray(v)) protos.add(Object.getPrototypeOf(v));
        Object.values(v).forEach(walk);
      }
    };
    walk(m);
    expect([...protos]).toEqual([Object.prototype]);
  });

  it("compiles once per locale", () => {
    expect(compiledMessagesFor("en")).toBe(compiledMessagesFor("en"));
  });
});
