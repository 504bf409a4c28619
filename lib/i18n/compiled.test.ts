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

  it("compiles once per locale", () => {
    expect(compiledMessagesFor("en")).toBe(compiledMessagesFor("en"));
  });
});
