import pino from "pino";
import { env } from "@/lib/env";

const g = globalThis as unknown as { __fwLogger?: pino.Logger };

/** Structured JSON logs; one per process. Child loggers carry the request id. */
export function logger(): pino.Logger {
  if (!g.__fwLogger) {
    g.__fwLogger = pino({
      level: env().LOG_LEVEL,
      base: { app: "floorwalker" },
      redact: { paths: ["password", "pin", "*.password", "*.pin", "headers.authorization", "headers.cookie"], remove: true },
    });
  }
  return g.__fwLogger;
}
