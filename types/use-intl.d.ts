import type { Messages } from "@/lib/i18n/config";

declare module "use-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
