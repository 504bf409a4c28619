import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A phone number as stored and matched (E.164, "+34612345678"), or null when it is not a possible number.
 * National numbers are read in `defaultCountry`; "0034..." and "+34 ..." both work.
 */
export function normalisePhone(raw: string, defaultCountry: CountryCode = "ES"): string | null {
  const trimmed = raw.trim().replace(/^00(?=[1-9])/, "+");
  if (!/\d/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased; null when it cannot be an address. Providers treat the local part case-insensitively in practice. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/** "José Núñez" → "jose nunez": what name search matches against, tolerant of accents, case and spacing. */
export function nameSearchKey(first: string, last = ""): string {
  return `${first} ${last}`
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
