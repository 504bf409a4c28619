export type GridState = { colour: string; size?: string; only?: boolean; radius?: number; all?: boolean };

/** The style screen's query string for a colour, size and grid filters; links keep the rest of the state. */
export function gridHref(state: GridState): string {
  const p = new URLSearchParams({ colour: state.colour });
  if (state.size) p.set("size", state.size);
  if (state.only && state.size) p.set("only", "1");
  if (state.radius) p.set("radius", String(state.radius));
  if (state.all) p.set("stores", "all");
  return `?${p}`;
}
