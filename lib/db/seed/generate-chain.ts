import { generateCatalog, type Catalog } from "./generate-catalog";
import { generateConsentTexts, type ConsentTextRow } from "./generate-consents";
import { generateCustomerBatch, type CustomerBatch } from "./generate-customer-batch";
import { generateHolidays, generateSettings, type HolidayRow, type SettingRow } from "./generate-holidays";
import { generateStoreStock, type StoreStock } from "./generate-stock";
import { generateStores, type StoreSeed } from "./generate-stores";
import { demoApiToken, generateUsers, type UserRow } from "./generate-users";
import { buildHistoryContext, type HistoryContext } from "./history-context";
import type { ChainParams } from "./params";

/**
 * The whole chain as pure data. The small parts (stores, catalogue, users) are built up front; the big
 * ones (stock, customers and their history) are generators, so a caller can stream them in chunks.
 */
export type ChainPlan = {
  params: ChainParams;
  stores: StoreSeed[];
  catalog: Catalog;
  users: UserRow[];
  holidays: HolidayRow[];
  settings: SettingRow[];
  consentTexts: ConsentTextRow[];
  apiToken: string;
  history: HistoryContext;
  stock: () => Generator<StoreStock>;
  customerBatches: (batchSize: number) => Generator<CustomerBatch>;
};

export function planChain(params: ChainParams): ChainPlan {
  const stores = generateStores(params.seed, params.stores);
  const catalog = generateCatalog(params.seed, params.styles);
  const users = generateUsers(params.seed, stores, params.associatesPerStore);
  const history = buildHistoryContext(params, stores, catalog, users);
  return {
    params,
    stores,
    catalog,
    users,
    holidays: generateHolidays(params.asOf),
    settings: generateSettings(),
    consentTexts: generateConsentTexts(),
    apiToken: demoApiToken(params.seed),
    history,
    *stock() {
      for (const store of stores) yield generateStoreStock(params.seed, store, catalog.styles, catalog.variants.length);
    },
    *customerBatches(batchSize: number) {
      for (let from = 0; from < params.customers; from += batchSize) {
        yield generateCustomerBatch(history, from, Math.min(params.customers, from + batchSize));
      }
    },
  };
}
