import { z } from "zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-01");

/** Query of every dashboard endpoint: a period of local days (default the last 7), and a store, a region or the chain. */
export const dashboardQuerySchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    store: z.coerce.number().int().positive().optional(),
    region: z.string().min(1).max(80).optional(),
    idleDays: z.coerce.number().int().min(1).max(90).optional(),
    format: z.enum(["json", "csv"]).optional(),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { path: ["to"], message: "The end date is before the start date" })
  .refine((q) => !(q.store && q.region), { path: ["region"], message: "Choose a store or a region, not both" });

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const comparison = z.object({ current: z.number(), previous: z.number(), delta: z.number(), pct: z.number().nullable() });
const period = z.object({ from: z.string(), to: z.string(), stores: z.string(), ownOnly: z.boolean() });

export const adoptionResponse = z.object({
  period,
  days: z.array(
    z.object({ day: z.string(), activeAssociates: z.number(), activeDevices: z.number(), sessions: z.number(), minutesInUse: z.number(), minutesOffline: z.number() }),
  ),
  sessions: comparison,
  /** Minutes the tablets were in use (stretches of events no more than 10 minutes apart, plus a minute each). */
  minutesInUse: comparison,
  /** Minutes tablets spent without a network (offline_period events, dated when the connection dropped). */
  minutesOffline: comparison,
  offlineDevices: z.array(z.object({ deviceId: z.string(), minutesOffline: z.number() })),
  /** Associate switches on a shared tablet (also counted in sessions). */
  switches: comparison,
  idleDevices: z.array(z.object({ deviceId: z.string(), storeId: z.number(), lastSeen: z.string().nullable() })),
});

const rateN = z.number().nullable();
export const funnelDto = z.object({
  stockLookups: z.number(), ordersToHome: z.number(), holds: z.number(), sales: z.number(), lostSales: z.number(),
  orderRate: rateN, holdRate: rateN, saleRate: rateN, lostRate: rateN, conversionRate: rateN,
});

export const outcomesResponse = z.object({
  period,
  funnel: funnelDto,
  orders: comparison,
  ordersBySourceStore: z.array(z.object({ sourceStoreId: z.number().nullable(), orders: z.number(), valueCents: z.number() })),
  holds: z.object({ placed: z.number(), converted: z.number(), expired: z.number() }),
  customersCaptured: comparison,
  consentGrants: z.array(z.object({ purpose: z.string(), granted: z.number(), withdrawn: z.number() })),
  suggestions: z.object({ shown: z.number(), opened: z.number(), taken: z.number() }),
});

export const demandResponse = z.object({
  period,
  rows: z.array(z.object({ styleId: z.number(), styleCode: z.string(), styleName: z.string(), size: z.string().nullable(), reason: z.string(), lostSales: z.number() })),
  /** Sizes missing here but found elsewhere: ship lines ordered from another store (what to re-stock). */
  restock: z.array(z.object({ styleId: z.number(), styleCode: z.string(), styleName: z.string(), colour: z.string(), size: z.string(), orders: z.number(), units: z.number() })),
});

export const flowsResponse = z.object({
  period,
  started: z.number(),
  finished: z.number(),
  abandoned: z.number(),
  /** Reached = the step was shown; reached minus completed minus skipped is where runs stopped. */
  steps: z.array(z.object({ flowId: z.string().nullable(), flowName: z.string().nullable(), stepId: z.string(), reached: z.number(), completed: z.number(), skipped: z.number() })),
});

export const associatesResponse = z.object({
  period,
  associates: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      storeId: z.number(),
      funnel: funnelDto,
      customersCaptured: z.number(),
      minutesInUse: z.number(),
      hints: z.array(z.object({ key: z.string(), message: z.string(), rate: z.number(), storeRate: z.number() })),
    }),
  ),
});

export type AdoptionDto = z.infer<typeof adoptionResponse>;
export type OutcomesDto = z.infer<typeof outcomesResponse>;
export type DemandDto = z.infer<typeof demandResponse>;
export type FlowsDto = z.infer<typeof flowsResponse>;
export type AssociatesDto = z.infer<typeof associatesResponse>;
export type PeriodDto = z.infer<typeof period>;
