import { describe, expect, it } from "vitest";
import { classifyQuery, cleanNoteBody, contactPatterns, csvCell, escapeLike, maskEmail, maskPhone, mergeFill, scoreDuplicate, toCsv, type MergeableCustomer } from "./rules";

describe("classifyQuery", () => {
  it("reads a Spanish phone number however it is typed, as E.164", () => {
    for (const q of ["612 345 678", "+34 612345678", "0034612345678", "612-34-56-78", " (+34) 612 34 56 78 "]) {
      expect(classifyQuery(q), q).toEqual({ kind: "phone", phone: "+34612345678" });
    }
    expect(classifyQuery("+44 20 7946 0958")).toEqual({ kind: "phone", phone: "+442079460958" });
  });

  it("waits for the rest of a number or address instead of guessing", () => {
    for (const q of ["612 34", "+34", "0034 1", "lucia@", "lucia@example", "1"]) expect(classifyQuery(q), q).toEqual({ kind: "incomplete" });
  });

  it("reads an email address, normalised", () => {
    expect(classifyQuery(" Lucia.Garcia@Example.ES ")).toEqual({ kind: "email", email: "lucia.garcia@example.es" });
  });

  it("treats anything else as a name, without accents or case", () => {
    expect(classifyQuery("José  Núñez")).toEqual({ kind: "name", key: "jose nunez" });
    expect(classifyQuery("Ma")).toEqual({ kind: "name", key: "ma" });
    expect(classifyQuery("M")).toEqual({ kind: "incomplete" });
  });
});

describe("masking", () => {
  it("shows the first and last two digits of a phone, grouped", () => {
    expect(maskPhone("+34612345612")).toBe("+34 6•• ••• •12");
    expect(maskPhone("+442079460958")).toBe("+44 2•• ••• ••58");
    expect(maskPhone(null)).toBeNull();
  });
  it("hides the local part of an email but keeps the domain", () => {
    expect(maskEmail("lucia.garcia@example.es")).toBe("l•••a@example.es");
    expect(maskEmail("jo@example.es")).toBe("j•••@example.es");
    expect(maskEmail(undefined)).toBeNull();
  });
});

describe("scoreDuplicate", () => {
  const probe = { phone: "+34612345678", email: "maria.garcia@acme.es" };

  it("is certain on the same phone or email, whatever the name", () => {
    expect(scoreDuplicate(probe, { phone: "+34612345678", email: null, nameSimilarity: 0.1 })).toEqual({ score: 1, certain: true, reasons: ["same_phone"] });
    expect(scoreDuplicate(probe, { phone: null, email: "maria.garcia@acme.es", nameSimilarity: 0.9 })).toEqual({
      score: 1,
      certain: true,
      reasons: ["same_email", "similar_name"],
    });
  });

  it("needs a close name and a matching piece of contact otherwise", () => {
    const last4 = scoreDuplicate(probe, { phone: "+34699995678", email: null, nameSimilarity: 0.6 });
    expect(last4).toEqual({ score: 0.65, certain: false, reasons: ["similar_name", "phone_last4"] });
    const local = scoreDuplicate(probe, { phone: null, email: "mariagarcia@gmail.com", nameSimilarity: 1 });
    expect(local).toMatchObject({ certain: false, reasons: ["similar_name", "email_local_part"] });
    const domain = scoreDuplicate(probe, { phone: null, email: "mgarcia@acme.es", nameSimilarity: 0.7 });
    expect(domain).toMatchObject({ reasons: ["similar_name", "email_domain"] });
    expect(domain!.score).toBeLessThan(last4!.score);
  });

  it("never flags on a name alone, a far name, or a public email domain", () => {
    expect(scoreDuplicate(probe, { phone: "+34600000000", email: null, nameSimilarity: 1 })).toBeNull();
    expect(scoreDuplicate(probe, { phone: "+34699995678", email: null, nameSimilarity: 0.3 })).toBeNull();
    expect(scoreDuplicate({ phone: null, email: "maria@gmail.com" }, { phone: null, email: "mgarcia@gmail.com", nameSimilarity: 0.9 })).toBeNull();
  });

  it("ranks more evidence higher, below certainty", () => {
    const both = scoreDuplicate(probe, { phone: "+34699995678", email: "maria.garcia@other.es", nameSimilarity: 1 });
    expect(both).toEqual({ score: 0.95, certain: false, reasons: ["similar_name", "phone_last4", "email_local_part"] });
  });
});

describe("cleanNoteBody", () => {
  it("removes control characters, keeps line breaks, and leaves markup as text", () => {
    expect(cleanNoteBody("  Size 38\r\nNo leather\u0000\u0007\u202E  ")).toBe("Size 38\nNo leather");
    expect(cleanNoteBody("<script>alert('x')</script>")).toBe("<script>alert('x')</script>");
    expect(cleanNoteBody("a\n\n\n\n\nb\tc")).toBe("a\n\nb\tc");
  });
});

describe("mergeFill", () => {
  const empty: MergeableCustomer = { lastName: "", phoneE164: null, emailNorm: null, birthday: null, homeStoreId: 1, sizes: {}, preferences: {}, importantDates: [] };

  it("fills only what the survivor lacks and unions preference lists", () => {
    const survivor: MergeableCustomer = { ...empty, phoneE164: "+34612345678", sizes: { shoe: "38" }, preferences: { colours: ["Black"] } };
    const duplicate: MergeableCustomer = {
      ...empty,
      lastName: "García",
      phoneE164: "+34699999999",
      emailNorm: "maria@example.es",
      homeStoreId: 2,
      sizes: { shoe: "39", tops: "M" },
      preferences: { colours: ["black", "Blue"], fit: ["wide"] },
      importantDates: [{ label: "Anniversary", date: "2020-05-01" }],
    };
    const { patch, filled } = mergeFill(survivor, duplicate);
    expect(patch).toEqual({
      lastName: "García",
      emailNorm: "maria@example.es",
      sizes: { shoe: "38", tops: "M" },
      preferences: { colours: ["Black", "Blue"], fit: ["wide"] },
      importantDates: [{ label: "Anniversary", date: "2020-05-01" }],
    });
    expect(filled).toEqual(["lastName", "email", "sizes.tops", "preferences.colours", "preferences.fit", "importantDates"]);
  });

  it("changes nothing when the duplicate has nothing new", () => {
    expect(mergeFill({ ...empty, lastName: "Ruiz" }, empty)).toEqual({ patch: {}, filled: [] });
  });
});

describe("csv and LIKE helpers", () => {
  it("quotes cells and defuses spreadsheet formulas", () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell(-5)).toBe("-5");
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });
  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});

describe("contactPatterns", () => {
  it("finds the address and the number however it is written in free text", () => {
    const res = contactPatterns(["maria.garcia+shop@example.es"], ["+34612345678"]).map((p) => new RegExp(p, "i"));
    const hits = (s: string) => res.some((r) => r.test(s));
    for (const s of ["write to Maria.Garcia+shop@example.es", "call +34612345678", "tel 612 345 678", "612-34-56-78", "0034 612345678"]) expect(hits(s), s).toBe(true);
    for (const s of ["mariaXgarcia+shop@example.es", "order 96123456789", "612 345 679"]) expect(hits(s), s).toBe(false);
  });
});
