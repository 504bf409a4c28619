/** A size as the customer said it ("EU 38", "38,5") matched to one of the style's sizes, or undefined. */
export function matchSize(sizes: readonly string[], said: string | undefined): string | undefined {
  if (!said) return undefined;
  const norm = (s: string) => s.trim().toLowerCase().replace(/^(eu|uk|us)\s*/, "").replace(",", ".");
  const wanted = norm(said);
  return wanted ? sizes.find((s) => norm(s) === wanted) : undefined;
}
