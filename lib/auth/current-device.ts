import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { DEVICE_COOKIE, findDevice, type DeviceInfo } from "./device";

/** The registered tablet this browser is, if any (from its device cookie). */
export const getCurrentDevice = cache(async (): Promise<DeviceInfo | null> => {
  const token = (await cookies()).get(DEVICE_COOKIE)?.value;
  return findDevice(await getDb(), token);
});
