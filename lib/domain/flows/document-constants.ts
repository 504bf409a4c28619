// The flow vocabulary without zod, so editor and runner screens can use it without loading the schema library.

/** The panel on the tablet fits this much; longer lines are refused at publish with a clear message. */
export const SAY_MAX = 160;
export const WHY_MAX = 120;

export const STEP_ACTIONS = [
  "find_customer",
  "capture_customer",
  "search",
  "scan",
  "open_stores_grid",
  "show_suggestions",
  "order_to_home",
  "hold",
  "log_lost_sale",
  "lookup_order",
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const STEP_OUTCOMES = ["in_stock_here", "only_elsewhere", "nowhere", "customer_found", "customer_new", "declined"] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

export const CAPTURES = ["size", "occasion", "name", "other"] as const;
export type Capture = (typeof CAPTURES)[number];
