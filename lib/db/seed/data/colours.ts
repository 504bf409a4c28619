import type { Taste } from "./categories";

export type Colour = { name: string; code: string; hex: string };

export const COLOURS: Colour[] = [
  { name: "Black", code: "BLK", hex: "#1C1C1C" },
  { name: "White", code: "WHT", hex: "#F4F4F0" },
  { name: "Grey", code: "GRY", hex: "#8C8C8C" },
  { name: "Navy", code: "NVY", hex: "#1F2A44" },
  { name: "Blue", code: "BLU", hex: "#2E6DB4" },
  { name: "Red", code: "RED", hex: "#C0392B" },
  { name: "Burgundy", code: "BUR", hex: "#7A1F2B" },
  { name: "Pink", code: "PNK", hex: "#E8A0B4" },
  { name: "Green", code: "GRN", hex: "#2F7D4A" },
  { name: "Olive", code: "OLV", hex: "#6B7A3A" },
  { name: "Khaki", code: "KHK", hex: "#B5A36A" },
  { name: "Beige", code: "BEI", hex: "#D8C8A8" },
  { name: "Cream", code: "CRM", hex: "#EFE6D2" },
  { name: "Tan", code: "TAN", hex: "#C08A5B" },
  { name: "Cognac", code: "COG", hex: "#9A4E1F" },
  { name: "Brown", code: "BRN", hex: "#6B4226" },
  { name: "Yellow", code: "YEL", hex: "#E8C547" },
  { name: "Silver", code: "SLV", hex: "#C0C0C0" },
  { name: "Gold", code: "GLD", hex: "#C9A74B" },
  { name: "Indigo", code: "IND", hex: "#3B4F7A" },
  { name: "Light Wash", code: "LWS", hex: "#8FA9C9" },
];

export function colourByName(name: string): Colour {
  const c = COLOURS.find((x) => x.name === name);
  if (!c) throw new Error(`unknown colour ${name}`);
  return c;
}

/** The colours each taste reaches for; customers' favourite colours are drawn from here too. */
export const TASTE_PALETTES: Record<Taste, string[]> = {
  classic: ["Black", "Brown", "Tan", "Cognac", "Navy", "Burgundy", "Beige"],
  sporty: ["White", "Black", "Grey", "Blue", "Red", "Navy", "Green"],
  trend: ["Pink", "Red", "Yellow", "Silver", "Gold", "Cream", "White", "Green"],
  outdoor: ["Olive", "Brown", "Khaki", "Grey", "Black", "Green", "Navy"],
  office: ["Navy", "Grey", "Black", "Burgundy", "White", "Beige"],
};
