/** The style screen's address, optionally opened on a colour and size (from a scan or a matched SKU). */
export function styleHref(styleId: number, colour?: string | null, size?: string | null): string {
  const p = new URLSearchParams();
  if (colour) p.set("colour", colour);
  if (size) p.set("size", size);
  const qs = p.toString();
  return `/styles/${styleId}${qs ? `?${qs}` : ""}`;
}
