import type { OpeningHours } from "@/lib/db/schema/stores";
import { CITIES, type City, type HoursKind, type Site } from "./data/cities";
import { rngFor, type Rng } from "./prng";

export type StoreRow = {
  id: number;
  code: string;
  name: string;
  city: string;
  region: string;
  address: string;
  postcode: string;
  phone: string;
  lat: number;
  lng: number;
  timezone: string;
  openingHours: OpeningHours;
  canShip: boolean;
  dispatchCutoff: string;
  processingDays: number;
};

/** A store plus what drives the rest of the generation (not stored). */
export type StoreSeed = StoreRow & {
  /** Share of the catalogue the store carries (bigger cities carry more). */
  range: number;
  /** Relative number of customers who call this store home. */
  traffic: number;
};

const WEEK = ["0", "1", "2", "3", "4", "5", "6"] as const;

export function openingHours(kind: HoursKind): OpeningHours {
  const hours = {} as OpeningHours;
  for (const d of WEEK) {
    if (d === "0") hours[d] = kind === "sunday" ? [["11:00", "20:00"]] : [];
    else if (kind === "lunch") hours[d] = d === "6" ? [["10:00", "14:00"]] : [["10:00", "14:00"], ["17:00", "20:30"]];
    else hours[d] = [["10:00", "21:00"]];
  }
  return hours;
}

function phone(rng: Rng, prefix: string): string {
  let digits = prefix;
  while (digits.length < 9) digits += String(digits.length === prefix.length ? rng.int(1, 9) : rng.int(0, 9));
  return `+34 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)}`;
}

/** The hand-placed stores, demo chain first: MAD01, MAD02, BCN01, VLC01 ... PNA01, BCN02, then other cities. */
function realSites(): { city: City; site: Site; n: number }[] {
  const [mad, bcn] = CITIES;
  if (!mad?.sites[1] || !bcn?.sites[1]) throw new Error("city table must start with Madrid and Barcelona");
  const first = (c: City) => ({ city: c, site: c.sites[0] as Site, n: 1 });
  return [
    first(mad),
    { city: mad, site: mad.sites[1], n: 2 },
    ...CITIES.slice(1, 22).map(first),
    { city: bcn, site: bcn.sites[1], n: 2 },
    ...CITIES.slice(22).map(first),
  ];
}

// Shipping from the Canaries to the peninsula means customs paperwork, so those stores do not ship.
const NO_SHIP = new Set(["ELX01"]);

function makeStore(seed: number, index: number, city: City, n: number, site: Site | undefined): StoreSeed {
  const rng = rngFor(seed, "store", index);
  const code = `${city.code}${String(n).padStart(2, "0")}`;
  // Extra stores for bench-scale chains sit a few km around the real city.
  const spread = 0.012 + 0.004 * Math.sqrt(city.weight);
  const lat = site?.lat ?? round6(city.lat + rng.normal(0, spread));
  const lng = site?.lng ?? round6(city.lng + rng.normal(0, spread));
  const kind: HoursKind = site?.hours ?? (city.weight >= 5 && rng.chance(0.3) ? "sunday" : city.weight < 3 && rng.chance(0.4) ? "lunch" : "standard");
  const canary = city.timezone === "Atlantic/Canary";
  const satellite = site ? 1 : 0.92;
  return {
    id: index + 1,
    code,
    name: site?.name ?? `${city.city} ${n}`,
    city: city.city,
    region: city.region,
    address: site?.street ?? `${rng.pick(city.streets)}, ${rng.int(1, 160)}`,
    postcode: site?.postcode ?? `${city.postcodePrefix}${String(rng.int(1, 60)).padStart(3, "0")}`,
    phone: phone(rng, city.phonePrefix),
    lat,
    lng,
    timezone: city.timezone,
    openingHours: openingHours(kind),
    canShip: !canary && !NO_SHIP.has(code),
    dispatchCutoff: rng.pick(["14:00", "15:00", "16:00", "16:00", "17:00"]),
    processingDays: rng.chance(0.75) ? 1 : 2,
    range: Math.min(0.9, (0.55 + 0.08 * Math.log(1 + city.weight)) * satellite),
    traffic: (0.6 + Math.sqrt(city.weight)) * satellite,
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** `count` stores: the real sites first, then deterministic jittered extras ("Madrid 7", MAD07). */
export function generateStores(seed: number, count: number): StoreSeed[] {
  const sites = realSites();
  const perCity = new Map<string, number>();
  const out: StoreSeed[] = [];
  for (let i = 0; i < count; i++) {
    const real = sites[i];
    if (real) {
      perCity.set(real.city.code, Math.max(perCity.get(real.city.code) ?? 0, real.n));
      out.push(makeStore(seed, i, real.city, real.n, real.site));
      continue;
    }
    const city = rngFor(seed, "store-city", i).weighted(CITIES, CITIES.map((c) => c.weight));
    const n = (perCity.get(city.code) ?? 0) + 1;
    perCity.set(city.code, n);
    out.push(makeStore(seed, i, city, n, undefined));
  }
  return out;
}

/** For each store, the indexes of the others ordered by distance (cheap equirectangular distance). */
export function nearestStores(stores: readonly StoreSeed[], k: number): number[][] {
  return stores.map((a) => {
    const cos = Math.cos((a.lat * Math.PI) / 180);
    return stores
      .map((b, j) => ({ j, d: ((a.lat - b.lat) ** 2 + ((a.lng - b.lng) * cos) ** 2) }))
      .filter((x) => stores[x.j] !== a)
      .sort((x, y) => x.d - y.d || x.j - y.j)
      .slice(0, k)
      .map((x) => x.j);
  });
}
