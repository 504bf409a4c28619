/**
 * A few weeks of tablet use for the demo chain, so a manager trying the demo finds dashboards with something in
 * them: conversations that look things up, sell, order, hold, lose sales, capture customers, run flows and show
 * suggestions, each associate with their own habits (one captures new customers far less than the others,
 * so a coaching hint shows), and a tablet that went unused. Pure and seeded: the same chain gives the same history.
 */
import { CONSENT_PURPOSES } from "@/lib/domain/consent/rules";
import { rngFor, type Rng } from "./prng";
import { DAY_MS, localToUtc } from "./time";

export type ActivityStore = { id: number; timezone: string; staff: string[]; weight: number };
export type ActivityFlow = { id: string; version: number; steps: string[] };
export type ActivityVariant = { styleId: number; variantId: number; colour: string; size: string; priceCents: number };

export type ActivityInput = {
  seed: number;
  /** The last day of history is the day before this instant (today fills up with real use). */
  asOf: Date;
  days: number;
  stores: ActivityStore[];
  flows: ActivityFlow[];
  variants: ActivityVariant[];
};

export type ActivityDevice = { id: string; storeId: number; name: string; registeredAt: Date; lastSeenAt: Date | null };
export type ActivityEvent = { type: string; storeId: number; userId: string; deviceId: string; occurredAt: Date; receivedAt: Date; payload: Record<string, unknown> };
export type ActivityLostSale = { storeId: number; userId: string; styleId: number; variantId: number; colour: string; size: string; reason: LostReason; at: Date };
type LostReason = "out_of_stock_everywhere" | "price" | "customer_declined" | "other";

export const TABLETS_PER_STORE = 2;
const LOST_REASONS: readonly LostReason[] = ["out_of_stock_everywhere", "price", "customer_declined", "other"];

/** How an associate works: how often they identify the customer (and of those, capture a new one), run a script, offer suggestions. */
type Habits = { identify: number; capture: number; flow: number; suggest: number };

function habitsOf(seed: number, userId: string, index: number): Habits {
  const r = rngFor(seed, "activity-habits", userId);
  // The second associate of every store looks customers up but hardly ever captures a new one: the coaching example.
  const capture = index === 1 ? 0.05 + 0.05 * r.next() : 0.4 + 0.2 * r.next();
  return { identify: 0.3 + 0.3 * r.next(), capture, flow: 0.15 + 0.35 * r.next(), suggest: 0.2 + 0.4 * r.next() };
}

class Emitter {
  readonly events: ActivityEvent[] = [];
  constructor(readonly who: { storeId: number; userId: string; deviceId: string }) {}
  emit(type: string, at: number, payload: Record<string, unknown> = {}, receivedLater = 0, deviceId = this.who.deviceId) {
    this.events.push({ type, ...this.who, deviceId, occurredAt: new Date(at), receivedAt: new Date(at + 800 + receivedLater), payload });
  }
}

/** One customer conversation from `t`: returns when it ended. */
function conversation(r: Rng, e: Emitter, t: number, habits: Habits, ctx: { input: ActivityInput; store: ActivityStore; firstTablet: string; lost: ActivityLostSale[] }): number {
  const step = () => (t += r.int(20, 90) * 1000);
  // Some styles are asked for far more than others: the demand screen then has a top of its list.
  const item = ctx.input.variants[Math.floor(ctx.input.variants.length * Math.pow(r.next(), 4))]!;
  if (r.chance(0.3)) e.emit("scan", step(), { found: true });
  else e.emit("search", step(), { length: r.int(3, 12) });
  e.emit("style_view", step(), { styleId: item.styleId });
  if (r.chance(0.85)) e.emit("stock_grid_view", step(), { styleId: item.styleId, colour: item.colour, size: item.size });

  let customer = false;
  if (r.chance(habits.identify)) {
    customer = true;
    if (!r.chance(habits.capture)) e.emit("customer_found", step());
    else {
      e.emit("customer_captured", step(), { status: "created", consents: CONSENT_PURPOSES.length, withPhone: true, withEmail: r.chance(0.6) });
      // A purpose the customer does not agree to leaves no record.
      for (const purpose of CONSENT_PURPOSES) {
        if (r.chance(purpose === "personalisation" ? 0.75 : purpose === "marketing_email" ? 0.55 : 0.35)) {
          e.emit("consent_recorded", step(), { purpose, decision: "granted", channel: "assisted" });
        }
      }
    }
  }
  if (r.chance(habits.flow)) runFlow(r, e, t, ctx.input.flows);
  if (r.chance(habits.suggest)) {
    e.emit("suggestion_shown", step(), { surface: r.pick(["style", "grid", "customer"]) });
    if (r.chance(0.35)) e.emit("suggestion_opened", step());
    if (r.chance(0.12)) e.emit("suggestion_taken", step());
  }

  const outcome = r.next();
  const otherStore = () => r.pick(ctx.input.stores.filter((s) => s.id !== ctx.store.id)).id;
  if (outcome < 0.42) e.emit("store_sale", step(), { lines: r.int(1, 2) });
  else if (outcome < 0.42 + (customer ? 0.16 : 0.06)) {
    const sourceStoreId = otherStore();
    const valueCents = item.priceCents * r.int(1, 2);
    e.emit("order_placed", step(), { sourceStoreId, sources: [{ storeId: sourceStoreId, valueCents }], lines: 1, shipLines: 1, takeNowLines: 0, fulfilment: "home", totalCents: valueCents });
  } else if (outcome < 0.62) {
    e.emit("hold_placed", step(), { holdStoreId: otherStore() });
    const later = t + r.int(1, 3) * DAY_MS;
    // Days later, on the store's first tablet (whichever the associate had in hand that day).
    if (later < ctx.input.asOf.getTime()) e.emit(r.chance(0.65) ? "hold_converted" : "hold_expired", later, {}, 0, ctx.firstTablet);
  } else if (outcome < 0.76) {
    const reason = r.weighted(LOST_REASONS, [5, 2, 2, 1]);
    e.emit("lost_sale", step(), { styleId: item.styleId, variantId: item.variantId, colour: item.colour, size: item.size, reason });
    ctx.lost.push({ storeId: ctx.store.id, userId: e.who.userId, styleId: item.styleId, variantId: item.variantId, colour: item.colour, size: item.size, reason, at: new Date(t) });
  }
  return t;
}

/** A script run beside the conversation: steps shown and done or skipped, finished or dropped part-way. */
function runFlow(r: Rng, e: Emitter, start: number, flows: ActivityFlow[]) {
  if (flows.length === 0) return;
  const flow = r.pick(flows);
  const base = { flowId: flow.id, runId: r.uuid(), version: flow.version };
  let t = start;
  e.emit("flow_started", (t += 5_000), base);
  for (const stepId of flow.steps) {
    e.emit("flow_step_shown", (t += 2_000), { ...base, stepId });
    // Later steps lose more people: the drop-off the flows screen is for.
    if (r.chance(0.07)) return e.emit("flow_abandoned", (t += r.int(30, 300) * 1000), { ...base, stepId });
    const ms = r.int(10, 120) * 1000;
    e.emit(r.chance(0.1) ? "flow_step_skipped" : "flow_step_completed", (t += ms), { ...base, stepId, ms });
  }
  e.emit("flow_finished", (t += 1_000), base);
}

export function planDemoActivity(input: ActivityInput): { devices: ActivityDevice[]; events: ActivityEvent[]; lostSales: ActivityLostSale[] } {
  const devices: ActivityDevice[] = [];
  const events: ActivityEvent[] = [];
  const lostSales: ActivityLostSale[] = [];
  const today = Math.floor(input.asOf.getTime() / DAY_MS) * DAY_MS;
  for (const store of input.stores) {
    const tablets = Array.from({ length: TABLETS_PER_STORE }, (_, k) => {
      const r = rngFor(input.seed, "activity-device", store.id, k);
      return { id: r.uuid(), storeId: store.id, name: `Floor tablet ${k + 1}`, registeredAt: new Date(today - (input.days + 5) * DAY_MS), lastSeenAt: null as Date | null };
    });
    devices.push(...tablets);
    const habits = store.staff.map((u, i) => habitsOf(input.seed, u, i));
    for (let d = input.days; d >= 1; d--) {
      const day = today - d * DAY_MS;
      const dow = new Date(day).getUTCDay();
      if (dow === 0) continue; // closed on Sundays
      const r = rngFor(input.seed, "activity-day", store.id, d);
      // The second tablet of every fourth store has sat in a drawer for the last ten days.
      const usable = store.id % 4 === 1 && d <= 10 ? tablets.slice(0, 1) : tablets;
      const busy = (dow === 6 ? 1.6 : dow === 5 ? 1.2 : 0.9) * store.weight * (0.8 + 0.4 * r.next());
      store.staff.forEach((userId, i) => {
        if (r.chance(0.25)) return; // day off
        const device = usable[i % usable.length]!;
        const e = new Emitter({ storeId: store.id, userId, deviceId: device.id });
        // Morning or afternoon shift, local time.
        let t = localToUtc(store.timezone, day, (i % 2 === 0 ? 10 * 60 : 16 * 60) + r.int(0, 30));
        const end = t + 4.5 * 3_600_000;
        e.emit("app_open", t);
        e.emit(i === 0 ? "sign_in" : "associate_switch", (t += 20_000));
        const conversations = Math.max(1, Math.round(busy * r.int(3, 7)));
        for (let c = 0; c < conversations && t < end; c++) {
          t = conversation(r, e, t + r.int(3, 20) * 60_000, habits[i]!, { input, store, firstTablet: tablets[0]!.id, lost: lostSales });
        }
        if (r.chance(0.08)) {
          const ms = r.int(1, 12) * 60_000;
          e.emit("offline_period", t + 60_000, { ms }, ms + 30_000);
        }
        e.emit("sign_out", t + r.int(2, 10) * 60_000);
        events.push(...e.events);
      });
    }
  }
  const seen = new Map(devices.map((d) => [d.id, d]));
  for (const e of events) {
    const d = seen.get(e.deviceId)!;
    if (!d.lastSeenAt || e.occurredAt > d.lastSeenAt) d.lastSeenAt = e.occurredAt;
  }
  return { devices, events, lostSales };
}
