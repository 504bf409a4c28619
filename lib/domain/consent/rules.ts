import type { ConsentPurpose } from "@/lib/db/schema/customers";

/** Every purpose a customer can agree to; each is off until the customer says yes. */
export const CONSENT_PURPOSES = ["marketing_email", "marketing_sms", "personalisation"] as const satisfies readonly ConsentPurpose[];
export const CONSENT_DECISIONS = ["granted", "withdrawn"] as const;
export const CONSENT_CHANNELS = ["assisted", "self"] as const;

export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** The fields of a consent record that decide the current state. */
export type ConsentRecordFacts = {
  id: number;
  purpose: string;
  decision: ConsentDecision;
  textId: number;
  textVersion: number;
  channel: ConsentChannel;
  at: Date | string;
};

/** Where one purpose stands now; `granted` is false for "never asked" and for "withdrawn". */
export type ConsentStatus = {
  purpose: ConsentPurpose;
  granted: boolean;
  decision: ConsentDecision | null;
  textId: number | null;
  textVersion: number | null;
  channel: ConsentChannel | null;
  at: string | null;
};

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(value);
}

const time = (at: Date | string) => (at instanceof Date ? at.getTime() : Date.parse(at));

/**
 * Current consent per purpose from the append-only records: the latest record wins (by time, then by id,
 * so two records in the same instant resolve to the one written last). No record means not granted.
 */
export function deriveConsentState(records: readonly ConsentRecordFacts[]): ConsentStatus[] {
  const latest = new Map<ConsentPurpose, ConsentRecordFacts>();
  for (const r of records) {
    if (!isConsentPurpose(r.purpose)) continue;
    const cur = latest.get(r.purpose);
    if (!cur || time(r.at) > time(cur.at) || (time(r.at) === time(cur.at) && r.id > cur.id)) latest.set(r.purpose, r);
  }
  return CONSENT_PURPOSES.map((purpose) => {
    const r = latest.get(purpose);
    if (!r) return { purpose, granted: false, decision: null, textId: null, textVersion: null, channel: null, at: null };
    return {
      purpose,
      granted: r.decision === "granted",
      decision: r.decision,
      textId: r.textId,
      textVersion: r.textVersion,
      channel: r.channel,
      at: new Date(time(r.at)).toISOString(),
    };
  });
}

/** Whether the customer currently agrees to `purpose` (for senders of email and SMS). */
export function hasConsent(state: readonly ConsentStatus[], purpose: ConsentPurpose): boolean {
  return state.some((s) => s.purpose === purpose && s.granted);
}
