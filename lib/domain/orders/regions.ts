/** Spanish regions as ISO 3166-2 subdivision codes without the country ("MD", "CN"); "" = unknown/national. */
export function normalizeRegion(region: string | undefined): string {
  return (region ?? "").trim().toUpperCase().replace(/^ES-/, "");
}

// Territories reached by sea or air from the peninsula; each is its own shipping group.
const OFFSHORE = new Set(["CN", "IB", "CE", "ML"]);
const GROUP_NAMES: Record<string, string> = { CN: "the Canary Islands", IB: "the Balearic Islands", CE: "Ceuta", ML: "Melilla" };

/** "CN", "IB", "CE", "ML" or "mainland". */
export function regionGroup(region: string): string {
  const code = normalizeRegion(region);
  return OFFSHORE.has(code) ? code : "mainland";
}

export function groupName(group: string): string {
  return GROUP_NAMES[group] ?? "the mainland";
}

/**
 * The archipelago a point lies in, for deliveries whose address has no region yet.
 * The boxes contain no mainland coast, so a point inside one is on the islands.
 */
export function inferRegion(lat: number, lng: number): string {
  if (lat >= 27.5 && lat <= 29.5 && lng >= -18.3 && lng <= -13.3) return "CN";
  if (lat >= 38.6 && lat <= 40.15 && lng >= 1.15 && lng <= 4.4) return "IB";
  return "";
}
