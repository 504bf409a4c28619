import type { CustomerPreferences, CustomerSizes, ImportantDate } from "@/lib/db/schema/customers";
import { BRANDS } from "./data/brands";
import { TASTES, type Taste } from "./data/categories";
import { TASTE_PALETTES } from "./data/colours";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, searchName } from "./data/names";
import { pickStoreIndex, type HistoryContext } from "./history-context";
import { rngFor, type Rng } from "./prng";
import { drawKidSizes, drawSizes, type Gender, type PersonSizes } from "./size-runs";
import { TASTE_SHARE } from "./tastes";

export type CustomerRow = {
  id: string;
  firstName: string;
  lastName: string;
  phoneE164: string | null;
  emailNorm: string | null;
  nameSearch: string;
  homeStoreId: number;
  sizes: CustomerSizes;
  preferences: CustomerPreferences;
  importantDates: ImportantDate[];
  birthday: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A customer and the hidden traits that drive their purchases (only sizes and preferences are stored). */
export type CustomerProfile = {
  index: number;
  row: CustomerRow;
  rng: Rng;
  gender: Gender;
  taste: Taste;
  secondTaste: Taste;
  sizes: PersonSizes;
  kid: PersonSizes | null;
  favBrands: string[];
  favColours: string[];
  wideFeet: boolean;
  homeIndex: number;
  /** Multiplies purchase frequency: a few loyal regulars, many occasional shoppers. */
  activity: number;
};

// Phone numbers and email tags come from a bijection on the customer index, so they are unique by construction.
const PHONE_SPACE = 100_000_000;
const PHONE_STEP = 73_939_133;
const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"];

function ascii(s: string): string {
  return searchName(s, "").replace(/ /g, "");
}

function emailFor(rng: Rng, first: string, last: string, tag: number): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.pick([`${f}.${l}${tag}`, `${f.charAt(0)}${l}${tag}`, `${f}_${l.charAt(0)}${tag}`, `${l}.${f}${tag}`]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

function birthdayFor(rng: Rng, asOf: Date): string {
  const year = asOf.getUTCFullYear() - rng.int(18, 72);
  return new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28))).toISOString().slice(0, 10);
}

export function generateCustomerProfile(ctx: HistoryContext, index: number): CustomerProfile {
  const { seed, customers, asOf } = ctx.params;
  const rng = rngFor(seed, "customer", index);
  const gender: Gender = rng.chance(0.58) ? "female" : "male";
  const firstName = rng.pick(gender === "female" ? FEMALE_NAMES : MALE_NAMES);
  // Spaniards carry two surnames; the client book records the first, sometimes both.
  const lastName = rng.chance(0.25) ? `${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}` : rng.pick(SURNAMES);
  const taste = rng.weighted(TASTES, TASTES.map((t) => TASTE_SHARE[t]));
  const others = TASTES.filter((t) => t !== taste);
  const secondTaste = rng.pick(others);
  const sizes = drawSizes(rng, gender);
  const brandPool = BRANDS.filter((b) => b.tastes.includes(taste) && b.name !== "Pequeños Pasos").map((b) => b.name);
  const favBrands = rng.sample(brandPool, Math.min(2, brandPool.length));
  const favColours = rng.sample(TASTE_PALETTES[taste], 3);
  const wideFeet = rng.chance(0.15);
  const homeIndex = pickStoreIndex(rng, ctx);
  const home = ctx.stores[homeIndex];
  if (!home) throw new Error("no stores to call home");
  const contact = rng.weighted(["both", "phone", "email"], [70, 20, 10]);
  const tagDigits = Math.max(4, String(customers).length + 1);
  const tag = (index * 7919 + (seed % 1000)) % 10 ** tagDigits;
  const phone = `+346${String((index * PHONE_STEP + seed) % PHONE_SPACE).padStart(8, "0")}`;
  const preferences: CustomerPreferences = { brands: favBrands, colours: favColours.slice(0, 2) };
  if (wideFeet) preferences.fit = ["wide"];
  const row: CustomerRow = {
    id: rng.uuid(),
    firstName,
    lastName,
    phoneE164: contact === "email" ? null : phone,
    emailNorm: contact === "phone" ? null : emailFor(rng, firstName, lastName, tag),
    nameSearch: searchName(firstName, lastName),
    homeStoreId: home.id,
    sizes: { ...sizes },
    preferences,
    importantDates: rng.chance(0.05) ? [{ label: "Anniversary", date: birthdayFor(rng, asOf) }] : [],
    birthday: rng.chance(0.45) ? birthdayFor(rng, asOf) : null,
    createdBy: null,
    createdAt: asOf.toISOString(),
    updatedAt: asOf.toISOString(),
  };
  return {
    index,
    row,
    rng,
    gender,
    taste,
    secondTaste,
    sizes,
    kid: rng.chance(0.25) ? drawKidSizes(rng) : null,
    favBrands,
    favColours,
    wideFeet,
    homeIndex,
    activity: Math.exp(rng.normal(-0.245, 0.7)),
  };
}
