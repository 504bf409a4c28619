import { describe, expect, it } from "vitest";
import { flowExportSchema } from "@/lib/domain/flows/schemas";
import { SHIPPED_FLOWS } from "@/lib/domain/flows/shipped-flows";
import { parseImport } from "./parse-import";

describe("importing a flow document", () => {
  it("takes back an exported flow", () => {
    const r = parseImport(JSON.stringify(SHIPPED_FLOWS[0]), flowExportSchema);
    expect(r).toMatchObject({ ok: true, value: { slug: "welcome" } });
  });

  it("says when the text is not JSON", () => {
    expect(parseImport("{ nope", flowExportSchema)).toMatchObject({ ok: false, kind: "json" });
  });

  it("names the field that does not fit", () => {
    const bad = structuredClone(SHIPPED_FLOWS[0]!);
    bad.document.steps[1]!.say = "";
    const r = parseImport(JSON.stringify(bad), flowExportSchema);
    expect(r).toEqual({ ok: false, kind: "shape", message: "document.steps.1.say: Write something here." });
  });
});
