import { describe, expect, it } from "vitest";
import { postcodeLocation } from "./postcode-location";

describe("postcodeLocation", () => {
  it("maps a postcode to its province capital and region", () => {
    expect(postcodeLocation("28013")).toMatchObject({ province: "28", provinceName: "Madrid", region: "MD", lat: 40.4168 });
    expect(postcodeLocation("08001")).toMatchObject({ region: "CT" });
  });

  it("knows both Canary provinces, the Balearics, Ceuta and Melilla", () => {
    expect(postcodeLocation("35001")?.region).toBe("CN");
    expect(postcodeLocation("38001")?.region).toBe("CN");
    expect(postcodeLocation("07001")?.region).toBe("IB");
    expect(postcodeLocation("51001")?.region).toBe("CE");
    expect(postcodeLocation("52001")?.region).toBe("ML");
  });

  it("covers every province from 01 to 52", () => {
    for (let p = 1; p <= 52; p++) expect(postcodeLocation(`${String(p).padStart(2, "0")}100`), String(p)).not.toBeNull();
  });

  it("rejects what is not a Spanish postcode", () => {
    for (const bad of ["00123", "53001", "2801", "280131", "28O13", "", "99999"]) expect(postcodeLocation(bad), bad).toBeNull();
  });

  it("tolerates surrounding spaces", () => {
    expect(postcodeLocation(" 46001 ")?.region).toBe("VC");
  });
});
