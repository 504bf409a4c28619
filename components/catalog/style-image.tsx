/**
 * The product photo, or (for catalogue rows without photos, like the demo chain) a drawn silhouette
 * of the category in the chosen colour, so associates still recognise the item at a glance.
 */
const SHAPES: Record<string, string> = {
  shoe: "M8 62 C8 50 18 46 30 44 L46 30 C50 26 56 28 58 34 L62 44 C74 46 88 50 92 58 L92 66 L8 66 Z",
  boot: "M30 10 L52 10 L54 42 C70 46 88 50 92 58 L92 68 L20 68 L22 40 Z",
  sandal: "M8 62 L92 62 L92 68 L8 68 Z M28 62 L40 40 L52 62 M56 62 L66 44 L76 62",
  top: "M30 14 L42 10 C44 16 56 16 58 10 L70 14 L88 30 L78 40 L70 34 L70 88 L30 88 L30 34 L22 40 L12 30 Z",
  bottom: "M30 10 L70 10 L74 90 L56 90 L50 40 L44 90 L26 90 Z",
  dress: "M38 10 L62 10 L60 30 L78 88 L22 88 L40 30 Z",
  jacket: "M30 12 L44 8 L50 20 L56 8 L70 12 L88 30 L82 90 L18 90 L12 30 Z",
};

function shapeFor(category: string): string {
  const c = category.toLowerCase();
  if (/boot/.test(c)) return SHAPES.boot!;
  if (/sandal|slide/.test(c)) return SHAPES.sandal!;
  if (/sneaker|shoe|loafer|heel|trainer|running|pump|flat/.test(c)) return SHAPES.shoe!;
  if (/jean|trouser|chino|short|skirt|pant/.test(c)) return SHAPES.bottom!;
  if (/dress/.test(c)) return SHAPES.dress!;
  if (/jacket|coat|blazer/.test(c)) return SHAPES.jacket!;
  return SHAPES.top!;
}

export function StyleImage({ src, alt, category, hex, className }: { src?: string | null; alt: string; category: string; hex: string; className?: string }) {
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- catalogue photos come from the retailer's CDN at any size
    return <img src={src} alt={alt} className={className} loading="lazy" />;
  }
  return (
    <svg viewBox="0 0 100 100" className={className} {...(alt ? { role: "img", "aria-label": alt } : { "aria-hidden": true })}>
      <rect width="100" height="100" rx="12" fill="#f1f5f9" />
      <path d={shapeFor(category)} fill={hex} stroke="#334155" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
