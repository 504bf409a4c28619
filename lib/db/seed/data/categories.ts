/** The catalogue's shape: what each category is, who buys it, what it costs and when it sells. */
export type Taste = "classic" | "sporty" | "trend" | "outdoor" | "office";
export type Department = "women" | "men" | "kids" | "unisex";
export type Group = "FW" | "AP" | "AC";
export type SizeKind = "shoe" | "tops" | "bottoms" | "socks" | "belt" | "one";
export type Season = "summer" | "winter" | "all";

export type Category = {
  key: string;
  code: string;
  group: Group;
  noun: string;
  /** Share of the catalogue's styles. */
  share: number;
  departments: Partial<Record<Department, number>>;
  sizeKind: SizeKind;
  /** Adult price band in euros; kids styles cost about 60% of it. */
  price: [number, number];
  season: Season;
  tastes: Partial<Record<Taste, number>>;
  materials: string[];
  adjectives: string[];
  /** Restricts colours (denim comes in denim shades); otherwise the style's taste palette is used. */
  colours?: string[];
};

export const TASTES: Taste[] = ["classic", "sporty", "trend", "outdoor", "office"];

export const CATEGORIES: Category[] = [
  { key: "sneakers", code: "SN", group: "FW", noun: "Sneaker", share: 0.12, departments: { women: 0.35, men: 0.35, unisex: 0.15, kids: 0.15 }, sizeKind: "shoe", price: [59, 129], season: "all", tastes: { sporty: 1, trend: 0.8, classic: 0.2 },
    materials: ["Leather upper, textile lining, rubber cupsole", "Canvas upper, cotton lining, vulcanised rubber sole", "Suede and mesh upper, EVA midsole, rubber outsole", "Recycled polyester knit upper, foam midsole, rubber outsole"], adjectives: ["Leather", "Canvas", "Low-Top", "High-Top", "Court", "Retro"] },
  { key: "running", code: "RN", group: "FW", noun: "Running Shoe", share: 0.06, departments: { women: 0.45, men: 0.45, kids: 0.1 }, sizeKind: "shoe", price: [79, 169], season: "all", tastes: { sporty: 1, outdoor: 0.3 },
    materials: ["Engineered mesh upper, responsive foam midsole, rubber outsole", "Knit upper, nitrogen-infused midsole, carbon rubber outsole"], adjectives: ["Road", "Trail", "Tempo", "Cushioned", "Lightweight"], colours: ["Black", "White", "Grey", "Blue", "Red", "Green", "Yellow", "Navy"] },
  { key: "boots", code: "BT", group: "FW", noun: "Boot", share: 0.05, departments: { women: 0.5, men: 0.4, kids: 0.1 }, sizeKind: "shoe", price: [99, 229], season: "winter", tastes: { classic: 0.6, outdoor: 0.8, trend: 0.4 },
    materials: ["Waxed leather upper, wool-blend lining, Goodyear-welted rubber sole", "Full-grain leather upper, leather lining, lug sole", "Suede upper, shearling-look lining, rubber sole"], adjectives: ["Leather", "Lace-Up", "Biker", "Knee-High", "Lug-Sole"] },
  { key: "ankle-boots", code: "AB", group: "FW", noun: "Ankle Boot", share: 0.06, departments: { women: 0.7, men: 0.3 }, sizeKind: "shoe", price: [89, 189], season: "winter", tastes: { classic: 1, trend: 0.7, office: 0.4 },
    materials: ["Full-grain leather upper, leather lining, rubber sole", "Suede upper, textile lining, rubber sole", "Nappa leather upper, leather lining, stacked heel"], adjectives: ["Leather", "Suede", "Chelsea", "Block-Heel", "Zip"] },
  { key: "sandals", code: "SD", group: "FW", noun: "Sandal", share: 0.06, departments: { women: 0.6, men: 0.25, kids: 0.15 }, sizeKind: "shoe", price: [29, 89], season: "summer", tastes: { trend: 0.8, classic: 0.4, sporty: 0.3 },
    materials: ["Vegetable-tanned leather straps, cork footbed, rubber sole", "Webbing straps, EVA footbed, rubber sole", "Metallic leather straps, leather footbed"], adjectives: ["Leather", "Strappy", "Slide", "Platform", "Sport"], colours: ["Tan", "Black", "White", "Gold", "Silver", "Cognac", "Pink", "Beige"] },
  { key: "loafers", code: "LF", group: "FW", noun: "Loafer", share: 0.05, departments: { women: 0.45, men: 0.55 }, sizeKind: "shoe", price: [79, 159], season: "all", tastes: { classic: 1, office: 1 },
    materials: ["Calf leather upper, leather lining, leather sole", "Suede upper, leather lining, rubber sole", "Patent leather upper, leather lining, stacked heel"], adjectives: ["Penny", "Tassel", "Horsebit", "Suede", "Chunky"] },
  { key: "heels", code: "HL", group: "FW", noun: "Pump", share: 0.04, departments: { women: 1 }, sizeKind: "shoe", price: [69, 149], season: "all", tastes: { trend: 1, office: 0.8 },
    materials: ["Nappa leather upper, leather lining, stiletto heel", "Suede upper, leather lining, block heel", "Satin upper, leather lining, kitten heel"], adjectives: ["Stiletto", "Slingback", "Kitten-Heel", "Block-Heel", "Pointed"] },
  { key: "dress-shoes", code: "DS", group: "FW", noun: "Derby", share: 0.03, departments: { men: 1 }, sizeKind: "shoe", price: [89, 179], season: "all", tastes: { office: 1, classic: 0.7 },
    materials: ["Polished calf leather upper, leather lining, Goodyear-welted leather sole", "Brushed leather upper, leather lining, rubber sole"], adjectives: ["Oxford", "Brogue", "Plain-Toe", "Wingtip", "Cap-Toe"] },
  { key: "hiking", code: "HK", group: "FW", noun: "Hiking Boot", share: 0.03, departments: { women: 0.45, men: 0.55 }, sizeKind: "shoe", price: [89, 179], season: "all", tastes: { outdoor: 1, sporty: 0.2 },
    materials: ["Nubuck upper, waterproof membrane, Vibram-style lug sole", "Synthetic and mesh upper, waterproof membrane, rubber lug sole"], adjectives: ["Waterproof", "Mid", "Trekking", "Alpine", "Approach"] },
  { key: "t-shirts", code: "TS", group: "AP", noun: "T-Shirt", share: 0.07, departments: { women: 0.4, men: 0.4, unisex: 0.1, kids: 0.1 }, sizeKind: "tops", price: [14, 39], season: "all", tastes: { sporty: 0.6, trend: 0.6, outdoor: 0.3, classic: 0.2 },
    materials: ["100% organic cotton jersey", "95% cotton, 5% elastane", "Cotton-linen blend"], adjectives: ["Crew-Neck", "V-Neck", "Pocket", "Striped", "Graphic", "Boxy"] },
  { key: "sports-tops", code: "RT", group: "AP", noun: "Running Tee", share: 0.03, departments: { women: 0.5, men: 0.5 }, sizeKind: "tops", price: [24, 49], season: "all", tastes: { sporty: 1 },
    materials: ["Recycled polyester, moisture-wicking knit", "Polyester-elastane mesh with reflective details"], adjectives: ["Dry", "Mesh", "Seamless", "Long-Sleeve", "Reflective"], colours: ["Black", "White", "Grey", "Blue", "Red", "Green", "Yellow", "Navy"] },
  { key: "shirts", code: "SH", group: "AP", noun: "Shirt", share: 0.05, departments: { women: 0.4, men: 0.6 }, sizeKind: "tops", price: [34, 79], season: "all", tastes: { office: 1, classic: 0.8, trend: 0.2 },
    materials: ["100% cotton poplin", "Cotton oxford cloth", "Linen", "Cotton twill with a touch of stretch"], adjectives: ["Oxford", "Poplin", "Linen", "Striped", "Slim-Fit"] },
  { key: "jeans", code: "JN", group: "AP", noun: "Jeans", share: 0.06, departments: { women: 0.5, men: 0.5 }, sizeKind: "bottoms", price: [49, 119], season: "all", tastes: { trend: 0.8, classic: 0.5, sporty: 0.2, outdoor: 0.3 },
    materials: ["99% cotton, 1% elastane denim", "100% cotton rigid denim", "Organic cotton stretch denim"], adjectives: ["Slim", "Straight", "Wide-Leg", "Tapered", "Bootcut", "Relaxed"], colours: ["Indigo", "Light Wash", "Black", "Grey", "White"] },
  { key: "chinos", code: "CH", group: "AP", noun: "Chinos", share: 0.03, departments: { women: 0.3, men: 0.7 }, sizeKind: "bottoms", price: [44, 89], season: "all", tastes: { office: 0.8, classic: 0.8 },
    materials: ["98% cotton, 2% elastane twill", "100% cotton garment-dyed twill"], adjectives: ["Slim", "Regular", "Pleated", "Cropped"], colours: ["Beige", "Navy", "Khaki", "Olive", "Black", "Grey", "Cream"] },
  { key: "shorts", code: "SR", group: "AP", noun: "Shorts", share: 0.02, departments: { women: 0.4, men: 0.6 }, sizeKind: "bottoms", price: [24, 59], season: "summer", tastes: { sporty: 0.6, outdoor: 0.4, trend: 0.3 },
    materials: ["Cotton twill", "Quick-dry recycled nylon", "Linen-cotton blend"], adjectives: ["Chino", "Cargo", "Denim", "Training", "Linen"] },
  { key: "jackets", code: "JK", group: "AP", noun: "Jacket", share: 0.05, departments: { women: 0.5, men: 0.5 }, sizeKind: "tops", price: [79, 249], season: "winter", tastes: { outdoor: 1, classic: 0.5, trend: 0.5, office: 0.3 },
    materials: ["Water-repellent recycled nylon shell, synthetic insulation", "Lambskin leather, viscose lining", "Wool blend with a quilted lining", "Cotton canvas, corduroy collar"], adjectives: ["Puffer", "Leather", "Rain", "Field", "Quilted", "Denim"] },
  { key: "dresses", code: "DR", group: "AP", noun: "Dress", share: 0.04, departments: { women: 1 }, sizeKind: "tops", price: [39, 129], season: "all", tastes: { trend: 1, office: 0.5, classic: 0.4 },
    materials: ["100% viscose crepe", "Cotton poplin", "Linen", "Jersey with elastane"], adjectives: ["Midi", "Wrap", "Shirt", "Slip", "Knit", "Tiered"] },
  { key: "knitwear", code: "KN", group: "AP", noun: "Jumper", share: 0.04, departments: { women: 0.5, men: 0.5 }, sizeKind: "tops", price: [39, 119], season: "winter", tastes: { classic: 1, office: 0.6, outdoor: 0.4 },
    materials: ["100% merino wool", "Cotton-cashmere blend", "Lambswool", "Recycled wool blend"], adjectives: ["Merino", "Cable-Knit", "Crew-Neck", "Roll-Neck", "Cardigan"] },
  { key: "hoodies", code: "HD", group: "AP", noun: "Hoodie", share: 0.03, departments: { women: 0.4, men: 0.4, kids: 0.2 }, sizeKind: "tops", price: [39, 89], season: "all", tastes: { sporty: 1, trend: 0.4 },
    materials: ["Brushed-back cotton fleece", "Organic cotton French terry"], adjectives: ["Zip", "Pullover", "Oversized", "Fleece"] },
  { key: "socks", code: "SK", group: "AC", noun: "Socks", share: 0.03, departments: { unisex: 0.7, women: 0.15, men: 0.15 }, sizeKind: "socks", price: [7, 16], season: "all", tastes: { sporty: 0.6, outdoor: 0.6, classic: 0.4, office: 0.4 },
    materials: ["Combed cotton with nylon and elastane", "Merino wool blend, cushioned sole", "Technical polyamide, arch support"], adjectives: ["Ankle", "Crew", "Hiking", "Running", "Ribbed"] },
  { key: "belts", code: "BL", group: "AC", noun: "Belt", share: 0.02, departments: { women: 0.4, men: 0.6 }, sizeKind: "belt", price: [24, 59], season: "all", tastes: { classic: 1, office: 0.8 },
    materials: ["Full-grain leather, brass buckle", "Suede, nickel-free buckle", "Braided leather"], adjectives: ["Leather", "Braided", "Reversible", "Suede"], colours: ["Black", "Brown", "Tan", "Cognac", "Navy"] },
  { key: "bags", code: "BG", group: "AC", noun: "Bag", share: 0.02, departments: { women: 0.7, unisex: 0.3 }, sizeKind: "one", price: [39, 149], season: "all", tastes: { trend: 1, office: 0.6, classic: 0.5 },
    materials: ["Pebbled leather, cotton lining", "Recycled nylon, leather trims", "Raffia and leather"], adjectives: ["Tote", "Crossbody", "Shoulder", "Mini", "Bucket"] },
];

export function categoryByKey(key: string): Category {
  const c = CATEGORIES.find((x) => x.key === key);
  if (!c) throw new Error(`unknown category ${key}`);
  return c;
}
