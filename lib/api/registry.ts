import type { Endpoint } from "./endpoint";
import { meEndpoint } from "@/lib/domain/me/endpoints";
import { listStoresEndpoint, storeStaffEndpoint } from "@/lib/domain/stores/endpoints";
import { ingestUsageEndpoint } from "@/lib/domain/usage/endpoints";
import { barcodeEndpoint, searchEndpoint, styleEndpoint } from "@/lib/domain/catalog/endpoints";
import { stockEventsEndpoint, storeMatrixEndpoint, storesGridEndpoint, variantStockEndpoint } from "@/lib/domain/stock/endpoints";
import { lostSaleEndpoint } from "@/lib/domain/lost-sales/endpoints";
import {
  cancelOrderEndpoint,
  findOrdersEndpoint,
  getOrderEndpoint,
  lineStatusEndpoint,
  orderEventsEndpoint,
  placeOrderEndpoint,
  quoteOrderEndpoint,
  toShipEndpoint,
} from "@/lib/domain/orders/endpoints";
import { convertHoldEndpoint, createHoldEndpoint, getHoldEndpoint, releaseHoldEndpoint } from "@/lib/domain/holds/endpoints";
import {
  addNoteEndpoint,
  captureCustomerEndpoint,
  clientBookEndpoint,
  customerProfileEndpoint,
  eraseCustomerEndpoint,
  exportCustomerEndpoint,
  findCustomersEndpoint,
  listNotesEndpoint,
  lookupCustomerEndpoint,
  mergeCustomersEndpoint,
  updateCustomerEndpoint,
} from "@/lib/domain/customers/endpoints";
import { consentTextsEndpoint, publishConsentTextEndpoint, recordConsentEndpoint } from "@/lib/domain/consent/endpoints";
import { exportFlowEndpoint, getFlowEndpoint, importFlowEndpoint, listFlowsEndpoint } from "@/lib/domain/flows/endpoints";
import { adoptionEndpoint, associatesEndpoint, demandEndpoint, flowsEndpoint, outcomesEndpoint } from "@/lib/domain/dashboards/endpoints";
import { offlineSnapshotEndpoint } from "@/lib/domain/offline-snapshot/endpoints";
import { customerSuggestionsEndpoint, rescueSuggestionsEndpoint, styleSuggestionsEndpoint } from "@/lib/domain/recommendations/endpoints";

/** Every public API operation. The OpenAPI document is generated from this list; a test checks every route is in it. */
export const ENDPOINTS: Endpoint[] = [
  meEndpoint,
  listStoresEndpoint,
  storeStaffEndpoint,
  ingestUsageEndpoint,
  searchEndpoint,
  barcodeEndpoint,
  styleEndpoint,
  storeMatrixEndpoint,
  storesGridEndpoint,
  variantStockEndpoint,
  stockEventsEndpoint,
  lostSaleEndpoint,
  placeOrderEndpoint,
  quoteOrderEndpoint,
  findOrdersEndpoint,
  getOrderEndpoint,
  cancelOrderEndpoint,
  lineStatusEndpoint,
  orderEventsEndpoint,
  toShipEndpoint,
  createHoldEndpoint,
  getHoldEndpoint,
  convertHoldEndpoint,
  releaseHoldEndpoint,
  lookupCustomerEndpoint,
  findCustomersEndpoint,
  captureCustomerEndpoint,
  customerProfileEndpoint,
  updateCustomerEndpoint,
  addNoteEndpoint,
  listNotesEndpoint,
  recordConsentEndpoint,
  exportCustomerEndpoint,
  eraseCustomerEndpoint,
  mergeCustomersEndpoint,
  clientBookEndpoint,
  consentTextsEndpoint,
  publishConsentTextEndpoint,
  styleSuggestionsEndpoint,
  customerSuggestionsEndpoint,
  rescueSuggestionsEndpoint,
  listFlowsEndpoint, getFlowEndpoint, exportFlowEndpoint, importFlowEndpoint,
  adoptionEndpoint, outcomesEndpoint, demandEndpoint, flowsEndpoint, associatesEndpoint,
  offlineSnapshotEndpoint,
];
