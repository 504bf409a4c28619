import { DAY_MS, easterSunday, isoDay } from "./time";

export type HolidayRow = { day: string; country: string; region: string; name: string };
export type SettingRow = { key: string; value: unknown };

const NATIONAL_FIXED: [month: number, day: number, name: string][] = [
  [1, 1, "New Year's Day"],
  [1, 6, "Epiphany"],
  [5, 1, "Labour Day"],
  [8, 15, "Assumption of Mary"],
  [10, 12, "National Day of Spain"],
  [11, 1, "All Saints' Day"],
  [12, 6, "Constitution Day"],
  [12, 8, "Immaculate Conception"],
  [12, 25, "Christmas Day"],
];

// A selection of each community's own days: enough for promise dates to meet regional closures.
const REGIONAL_FIXED: [region: string, month: number, day: number, name: string][] = [
  ["AN", 2, 28, "Day of Andalusia"],
  ["IB", 3, 1, "Day of the Balearic Islands"],
  ["AR", 4, 23, "Saint George's Day (Aragon)"],
  ["CL", 4, 23, "Day of Castile and León"],
  ["MD", 5, 2, "Community of Madrid Day"],
  ["GA", 5, 17, "Galician Literature Day"],
  ["CN", 5, 30, "Day of the Canary Islands"],
  ["CM", 5, 31, "Day of Castilla-La Mancha"],
  ["MC", 6, 9, "Day of the Region of Murcia"],
  ["RI", 6, 9, "Day of La Rioja"],
  ["CT", 6, 24, "Saint John's Day"],
  ["GA", 7, 25, "Galician National Day"],
  ["AS", 9, 8, "Day of Asturias"],
  ["EX", 9, 8, "Day of Extremadura"],
  ["CT", 9, 11, "National Day of Catalonia"],
  ["VC", 10, 9, "Day of the Valencian Community"],
  ["NC", 12, 3, "Saint Francis Xavier's Day"],
  ["CT", 12, 26, "Saint Stephen's Day"],
];

const MAUNDY_THURSDAY_REGIONS = ["AN", "AR", "AS", "CB", "CL", "CM", "CN", "EX", "GA", "IB", "MC", "MD", "NC", "PV", "RI"];
const EASTER_MONDAY_REGIONS = ["CT", "VC", "PV", "NC", "IB", "RI"];

/** Spain's public holidays for the year of asOf and the next one. */
export function generateHolidays(asOf: Date): HolidayRow[] {
  const first = asOf.getUTCFullYear();
  const rows: HolidayRow[] = [];
  for (const year of [first, first + 1]) {
    const day = (m: number, d: number) => isoDay(Date.UTC(year, m - 1, d));
    for (const [m, d, name] of NATIONAL_FIXED) rows.push({ day: day(m, d), country: "ES", region: "", name });
    const easter = easterSunday(year);
    rows.push({ day: isoDay(easter - 2 * DAY_MS), country: "ES", region: "", name: "Good Friday" });
    for (const region of MAUNDY_THURSDAY_REGIONS) {
      rows.push({ day: isoDay(easter - 3 * DAY_MS), country: "ES", region, name: "Maundy Thursday" });
    }
    for (const region of EASTER_MONDAY_REGIONS) {
      rows.push({ day: isoDay(easter + DAY_MS), country: "ES", region, name: "Easter Monday" });
    }
    for (const [region, m, d, name] of REGIONAL_FIXED) rows.push({ day: day(m, d), country: "ES", region, name });
  }
  // Two regional days can share a date (AR and CL on 23 April) but never within one region.
  return rows.sort((a, b) => a.day.localeCompare(b.day) || a.region.localeCompare(b.region));
}

/** Chain-wide defaults an admin can change later. */
export function generateSettings(): SettingRow[] {
  return [
    { key: "hold_minutes", value: 30 },
    { key: "stale_after_minutes", value: 60 },
    { key: "usage_retention_days", value: 400 },
  ];
}
