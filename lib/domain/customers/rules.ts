import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { CustomerPreferences, CustomerSizes, ImportantDate } from "@/lib/db/schema/customers";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";

const DOT = "\u2022";

/** "+34612345678" -> "+34 6•• ••• •78": enough for the customer to recognise their number, not enough to copy it. */
export function maskPhone(e164: string | null | undefined): string | null {
  if (!e164) return null;
  const parsed = parsePhoneNumberFromString(e164);
  const cc = parsed?.countryCallingCode ?? "";
  const national = parsed ? String(parsed.nationalNumber) : e164.replace(/\D/g, "");
  if (national.length < 4) return `+${cc} ${DOT.repeat(national.length)}`.trim();
  const masked = national
    .split("")
    .map((d, i) => (i === 0 || i >= national.length - 2 ? d : DOT))
    .join("");
  const groups = masked.match(/.{1,3}/g) ?? [masked];
  // Never leave a lone digit at the end: "••5 8" reads as two numbers.
  if (groups.length > 1 && groups[groups.length - 1]!.length === 1) groups.splice(-2, 2, groups.slice(-2).join(""));
  return `${cc ? `+${cc} ` : ""}${groups.join(" ")}`;
}

/** "lucia.garcia@example.es" -> "l•••a@example.es": the domain helps the customer confirm, the local part stays hidden. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at < 1) return DOT.repeat(3);
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const shown = local.length >= 3 ? `${local[0]}${DOT.repeat(3)}${local[local.length - 1]}` : `${local[0]}${DOT.repeat(3)}`;
  return `${shown}@${domain}`;
}

export type ClassifiedQuery =
  | { kind: "phone"; phone: string }
  | { kind: "email"; email: string }
  | { kind: "name"; key: string }
  /** Looks like the start of a phone number or email: wait for the rest rather than guess. */
  | { kind: "incomplete" };

const PHONEISH = /^[+\d\s().-]+$/;

/** What one search box entry means: an exact phone or email (chain-wide), or a name (this store's client book). */
export function classifyQuery(raw: string): ClassifiedQuery {
  const q = raw.trim();
  if (q.includes("@")) {
    const email = normaliseEmail(q);
    return email ? { kind: "email", email } : { kind: "incomplete" };
  }
  if (PHONEISH.test(q) && /\d/.test(q)) {
    const phone = normalisePhone(q);
    return phone ? { kind: "phone", phone } : { kind: "incomplete" };
  }
  const key = nameSearchKey(q);
  return key.replace(/\s/g, "").length >= 2 ? { kind: "name", key } : { kind: "incomplete" };
}

/** Escapes LIKE wildcards so a name with "_" or "%" matches itself only. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A shared domain says nothing about who owns an address; only a private one (a company's, a family's) does.
const PUBLIC_EMAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "hotmail.com", "hotmail.es", "outlook.com", "outlook.es", "live.com", "live.es", "msn.com",
  "yahoo.com", "yahoo.es", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "gmx.com", "gmx.es",
  "telefonica.net", "movistar.es", "orange.es", "vodafone.es", "example.com", "example.net", "example.org",
]);

export function isPublicEmailDomain(domain: string): boolean {
  return PUBLIC_EMAIL_DOMAINS.has(domain.toLowerCase());
}

/** "Maria.Garcia+shoes@x" and "mariagarcia@y" are the same person's habit: compare local parts without dots and tags. */
export function emailLocalKey(email: string): string {
  const local = email.slice(0, email.lastIndexOf("@")).toLowerCase();
  return local.replace(/\+.*$/, "").replace(/\./g, "");
}

export const NAME_SIMILARITY_FOR_DUPLICATE = 0.5;

export type DuplicateReason = "same_phone" | "same_email" | "similar_name" | "phone_last4" | "email_local_part" | "email_domain";
export type DuplicateProbe = { phone: string | null; email: string | null };
export type DuplicateFacts = { phone: string | null; email: string | null; /** pg_trgm similarity of the two name keys, 0..1 */ nameSimilarity: number };
export type DuplicateScore = { score: number; certain: boolean; reasons: DuplicateReason[] };

const PARTIAL_WEIGHT: Record<"phone_last4" | "email_local_part" | "email_domain", number> = { phone_last4: 0.35, email_local_part: 0.35, email_domain: 0.2 };

/**
 * How likely an existing customer is the one being captured. The same phone or email is certain (score 1).
 * Otherwise it takes a close name AND a matching piece of contact (last 4 phone digits, the email's local part,
 * or a private email domain): a name alone is never enough, Spain has too many María Garcías.
 */
export function scoreDuplicate(probe: DuplicateProbe, c: DuplicateFacts): DuplicateScore | null {
  const reasons: DuplicateReason[] = [];
  if (probe.phone && c.phone === probe.phone) reasons.push("same_phone");
  if (probe.email && c.email === probe.email) reasons.push("same_email");
  const similar = c.nameSimilarity >= NAME_SIMILARITY_FOR_DUPLICATE;
  if (reasons.length > 0) return { score: 1, certain: true, reasons: similar ? [...reasons, "similar_name"] : reasons };
  if (!similar) return null;
  const partial: (keyof typeof PARTIAL_WEIGHT)[] = [];
  if (probe.phone && c.phone && probe.phone.slice(-4) === c.phone.slice(-4)) partial.push("phone_last4");
  if (probe.email && c.email) {
    if (emailLocalKey(probe.email) === emailLocalKey(c.email)) partial.push("email_local_part");
    const domain = probe.email.split("@")[1] ?? "";
    if (domain && domain === c.email.split("@")[1] && !isPublicEmailDomain(domain)) partial.push("email_domain");
  }
  if (partial.length === 0) return null;
  const raw = 0.5 * Math.min(1, c.nameSimilarity) + partial.reduce((sum, p) => sum + PARTIAL_WEIGHT[p], 0);
  return { score: Math.round(Math.min(0.95, raw) * 100) / 100, certain: false, reasons: ["similar_name", ...partial] };
}

// Control characters other than newline and tab: invisible, and some terminals and CSV readers act on them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A note as stored: line breaks unified, control characters removed, outer blank space trimmed. Markup stays verbatim text. */
export function cleanNoteBody(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(/\n{3,}/g, "\n\n").trim();
}

export type MergeableCustomer = {
  lastName: string;
  phoneE164: string | null;
  emailNorm: string | null;
  birthday: string | null;
  homeStoreId: number | null;
  sizes: CustomerSizes;
  preferences: CustomerPreferences;
  importantDates: ImportantDate[];
};

const PREFERENCE_KEYS = ["brands", "colours", "fit", "avoid"] as const;
const SIZE_KEYS = ["shoe", "tops", "bottoms"] as const;

function union(a: string[] | undefined, b: string[] | undefined): string[] {
  const out = [...(a ?? [])];
  for (const v of b ?? []) if (!out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}

/** What a merge fills in on the survivor from the duplicate: only what the survivor lacks, never overwriting. */
export function mergeFill(survivor: MergeableCustomer, duplicate: MergeableCustomer): { patch: Partial<MergeableCustomer>; filled: string[] } {
  const patch: Partial<MergeableCustomer> = {};
  const filled: string[] = [];
  const fill = <K extends keyof MergeableCustomer>(key: K, label: string) => {
    if (!survivor[key] && duplicate[key]) {
      patch[key] = duplicate[key];
      filled.push(label);
    }
  };
  fill("lastName", "lastName");
  fill("phoneE164", "phone");
  fill("emailNorm", "email");
  fill("birthday", "birthday");
  if (survivor.homeStoreId == null && duplicate.homeStoreId != null) {
    patch.homeStoreId = duplicate.homeStoreId;
    filled.push("homeStore");
  }
  const sizes: CustomerSizes = { ...survivor.sizes };
  for (const k of SIZE_KEYS) {
    if (!sizes[k] && duplicate.sizes[k]) {
      sizes[k] = duplicate.sizes[k];
      filled.push(`sizes.${k}`);
    }
  }
  if (filled.some((f) => f.startsWith("sizes."))) patch.sizes = sizes;
  const preferences: CustomerPreferences = { ...survivor.preferences };
  for (const k of PREFERENCE_KEYS) {
    const merged = union(survivor.preferences[k], duplicate.preferences[k]);
    if (merged.length > (survivor.preferences[k]?.length ?? 0)) {
      preferences[k] = merged;
      filled.push(`preferences.${k}`);
    }
  }
  if (filled.some((f) => f.startsWith("preferences."))) patch.preferences = preferences;
  const dates = [...survivor.importantDates];
  for (const d of duplicate.importantDates) {
    if (!dates.some((x) => x.date === d.date && x.label.toLowerCase() === d.label.toLowerCase())) dates.push(d);
  }
  if (dates.length > survivor.importantDates.length) {
    patch.importantDates = dates;
    filled.push("importantDates");
  }
  return { patch, filled };
}

/** One CSV cell: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}


const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Regular expressions (valid in PostgreSQL and JavaScript, used case-insensitively) that find a customer's email
 * addresses and phone numbers in free text: the exact address, the E.164 number, and the national number written
 * with or without spaces, dots or dashes ("612 345 678", "612-34-56-78").
 */
export function contactPatterns(emails: readonly string[], phones: readonly string[]): string[] {
  const out = new Set<string>();
  for (const e of emails) if (e) out.add(regexEscape(e));
  for (const p of phones) {
    if (!p) continue;
    out.add(regexEscape(p));
    const parsed = parsePhoneNumberFromString(p);
    const national = parsed ? String(parsed.nationalNumber) : p.replace(/\D/g, "");
    // Shorter digit runs would match unrelated numbers (order totals, ids).
    if (national.length >= 7) out.add(`(?<![0-9])${national.split("").join("[ .-]?")}(?![0-9])`);
  }
  return [...out];
}
