import type { ConsentTextDto } from "@/lib/domain/consent/schemas";

/** The consent wording, kept on the tablet while online so a capture made offline shows the same words and text ids. */
const KEY = "fw:consent-texts";

export function cachedConsentTexts(): ConsentTextDto[] {
  try {
    return (JSON.parse(window.localStorage.getItem(KEY) ?? "[]") as ConsentTextDto[]) ?? [];
  } catch {
    return [];
  }
}

export async function refreshConsentTexts(fetchFn: typeof fetch = fetch): Promise<void> {
  try {
    const res = await fetchFn("/api/v1/consent-texts", { cache: "no-store" });
    if (!res.ok) return;
    const { texts } = (await res.json()) as { texts: ConsentTextDto[] };
    window.localStorage.setItem(KEY, JSON.stringify(texts));
  } catch {
    // Offline: the copy from the last time online stays.
  }
}
