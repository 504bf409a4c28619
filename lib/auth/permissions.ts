/**
 * The one role-to-capability table. A role gains a capability by a line here, never by an `if` in a component.
 * "integration" is the role of API tokens held by the retailer's systems.
 */
export type ActorRole = "associate" | "manager" | "admin" | "integration";

const A = "associate" as const;
const M = "manager" as const;
const AD = "admin" as const;
const I = "integration" as const;

export const PERMISSIONS = {
  "catalog:read": [A, M, AD, I],
  "stock:read": [A, M, AD, I],
  "stock:write": [AD, I],
  "catalog:import": [AD, I],
  "lost_sale:create": [A, M, AD],
  "order:create": [A, M, AD, I],
  "order:read": [A, M, AD, I],
  "order:fulfil": [A, M, AD, I],
  "order:cancel": [A, M, AD, I],
  "hold:create": [A, M, AD, I],
  "customer:find": [A, M, AD, I],
  "customer:create": [A, M, AD, I],
  "customer:update": [A, M, AD, I],
  "customer:list": [M, AD],
  "customer:merge": [M, AD],
  "customer:export": [AD],
  "customer:erase": [AD],
  "consent:record": [A, M, AD, I],
  "consent:texts:manage": [AD],
  "suggestion:read": [A, M, AD, I],
  "flow:run": [A, M, AD],
  "flow:read": [A, M, AD, I],
  "flow:edit": [M, AD],
  "flow:import": [AD],
  "usage:record": [A, M, AD, I],
  // Integrations (the retailer's BI tool) read the same figures chain-wide.
  "dashboard:own": [A, M, AD, I],
  "dashboard:store": [M, AD, I],
  "dashboard:chain": [AD, I],
  "manage:access": [M, AD],
  "device:register": [M, AD],
  "device:manage": [M, AD],
  "user:manage": [AD],
  "token:manage": [AD],
  "email:read": [AD],
} as const satisfies Record<string, readonly ActorRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: ActorRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly ActorRole[]).includes(role);
}

/** Roles that see every store; the others are confined to their own. */
export function seesAllStores(role: ActorRole): boolean {
  return role === "admin";
}
