import type { Group, Taste } from "./categories";

/** Invented brands. `gs1` is the company part of the brand's EAN-13 codes (after Spain's 84 prefix). */
export type Brand = { name: string; tastes: Taste[]; groups: Group[]; kids?: boolean; gs1: string };

export const BRANDS: Brand[] = [
  { name: "Suela Madre", tastes: ["classic", "office"], groups: ["FW", "AC"], gs1: "3101" },
  { name: "Cuero & Co.", tastes: ["classic"], groups: ["FW", "AC"], gs1: "3102" },
  { name: "Atlas Run", tastes: ["sporty"], groups: ["FW", "AP", "AC"], gs1: "3103" },
  { name: "Pulso", tastes: ["sporty", "trend"], groups: ["FW", "AP"], kids: true, gs1: "3104" },
  { name: "Norte Trail", tastes: ["outdoor"], groups: ["FW", "AP", "AC"], gs1: "3105" },
  { name: "Montaraz", tastes: ["outdoor", "classic"], groups: ["FW", "AP"], gs1: "3106" },
  { name: "Lumen Studio", tastes: ["trend"], groups: ["FW", "AP", "AC"], gs1: "3107" },
  { name: "Marea", tastes: ["trend", "sporty"], groups: ["FW", "AP"], kids: true, gs1: "3108" },
  { name: "Olmo", tastes: ["classic", "office"], groups: ["AP"], gs1: "3109" },
  { name: "Oficio", tastes: ["office"], groups: ["FW", "AP", "AC"], gs1: "3110" },
  { name: "Brisa", tastes: ["trend", "sporty"], groups: ["AP"], gs1: "3111" },
  { name: "Tinta Denim", tastes: ["trend", "classic", "outdoor"], groups: ["AP"], gs1: "3112" },
  { name: "Pequeños Pasos", tastes: ["sporty", "classic", "outdoor", "trend"], groups: ["FW", "AP"], kids: true, gs1: "3113" },
  { name: "Alba Atelier", tastes: ["office", "trend"], groups: ["FW", "AP", "AC"], gs1: "3114" },
  { name: "Sendero", tastes: ["outdoor", "sporty"], groups: ["FW", "AP", "AC"], gs1: "3115" },
];
