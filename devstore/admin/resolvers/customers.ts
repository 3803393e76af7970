import { responsePathAsArray } from "graphql";
import { gid, idFromGid } from "../../state/store";
import type { DevCustomer, DevStoreState } from "../../state/types";
import { customIdNeedsDefinition } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { searchableRootFields } from "../support/sorted-connection";
import { moneyV2, subtractAmount, sumAmounts } from "../support/money";
import {
  containsText,
  matchesAnyTag,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
} from "../support/search-query";
import type { SortKeys } from "../support/sort";
import { metafieldOwnerResolvers } from "./metafields";
import { listOrders, refundedAmount } from "./orders";

/** Customers: the root queries and the Customer type, marketing consent included. */

export function findCustomer(state: DevStoreState, customerId: string): DevCustomer | null {
  return state.customers.find((customer) => customer.id === customerId) ?? null;
}

function ordersOf(state: DevStoreState, customer: DevCustomer) {
  return state.orders.filter((order) => order.customerId === customer.id);
}

/** What the customer paid and kept: paid orders less their refunds. */
function amountSpent(state: DevStoreState, customer: DevCustomer): string {
  const paid = ordersOf(state, customer).filter((order) =>
    ["PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(order.financialStatus),
  );
  return sumAmounts(paid.map((order) => subtractAmount(order.total, refundedAmount(order))));
}

function displayName(customer: DevCustomer): string {
  return [customer.firstName, customer.lastName].filter(Boolean).join(" ") || customer.email || customer.phone || "";
}

const CUSTOMER_SORT_KEYS: SortKeys<DevCustomer> = {
  ID: (customer) => Number(customer.id),
  RELEVANCE: (customer) => Number(customer.id),
  NAME: (customer) => displayName(customer).toLowerCase(),
  CREATED_AT: (customer) => customer.createdAt,
  UPDATED_AT: (customer) => customer.updatedAt,
};

function customerSearch(state: DevStoreState): SearchFields<DevCustomer> {
  return {
    text: (customer, term) =>
      [displayName(customer), customer.email, customer.phone, ...customer.tags].some((text) =>
        containsText(text, term),
      ),
    id: (customer, term) => matchesNumber(customer.id, term),
    email: (customer, term) => matchesText(customer.email, term),
    first_name: (customer, term) => matchesText(customer.firstName, term),
    last_name: (customer, term) => matchesText(customer.lastName, term),
    phone: (customer, term) => matchesText(customer.phone, term),
    tag: (customer, term) => matchesAnyTag(customer.tags, term),
    tag_not: (customer, term) => !matchesAnyTag(customer.tags, term),
    created_at: (customer, term) => matchesDate(customer.createdAt, term),
    updated_at: (customer, term) => matchesDate(customer.updatedAt, term),
    orders_count: (customer, term) => matchesNumber(ordersOf(state, customer).length, term),
    email_marketing_state: (customer, term) =>
      customer.emailMarketingConsent.marketingState === term.value.toUpperCase(),
    accepts_marketing: (customer, term) =>
      (customer.emailMarketingConsent.marketingState === "SUBSCRIBED") === (term.value.toLowerCase() === "true"),
  };
}

function searchCustomers(context: AdminContext, args: Args, path: (string | number)[]): DevCustomer[] {
  const { state } = context.store;
  return searchRecords(state.customers, args.query as string | null, customerSearch(state), {
    path,
    reports: context.searchReports,
  });
}

/** The email address with its consent; null when the customer has no email. */
function defaultEmailAddress(customer: DevCustomer) {
  if (!customer.email) return null;
  const consent = customer.emailMarketingConsent;
  return {
    emailAddress: customer.email,
    marketingState: consent.marketingState,
    marketingOptInLevel: consent.marketingOptInLevel,
    marketingUpdatedAt: consent.consentUpdatedAt,
    validFormat: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(customer.email),
  };
}

// The data model keeps no SMS consent: a phone number is never subscribed to SMS marketing.
const SMS_NOT_SUBSCRIBED = { marketingState: "NOT_SUBSCRIBED", marketingOptInLevel: "SINGLE_OPT_IN" } as const;

const customerFields: TypeResolvers<DevCustomer> = {
  id: (customer) => gid("Customer", customer.id),
  legacyResourceId: (customer) => customer.id,
  firstName: (customer) => customer.firstName || null,
  lastName: (customer) => customer.lastName || null,
  displayName: (customer) => displayName(customer),
  email: (customer) => customer.email || null,
  phone: (customer) => customer.phone,
  locale: (customer) => customer.locale,
  tags: (customer) => [...customer.tags].sort((a, b) => a.localeCompare(b)),
  createdAt: (customer) => customer.createdAt,
  updatedAt: (customer) => customer.updatedAt,
  defaultEmailAddress: (customer) => defaultEmailAddress(customer),
  defaultPhoneNumber: (customer) =>
    customer.phone
      ? { phoneNumber: customer.phone, ...SMS_NOT_SUBSCRIBED, marketingUpdatedAt: null, marketingCollectedFrom: null }
      : null,
  emailMarketingConsent: (customer) =>
    customer.email
      ? {
          marketingState: customer.emailMarketingConsent.marketingState,
          marketingOptInLevel: customer.emailMarketingConsent.marketingOptInLevel,
          consentUpdatedAt: customer.emailMarketingConsent.consentUpdatedAt,
        }
      : null,
  smsMarketingConsent: (customer) =>
    customer.phone ? { ...SMS_NOT_SUBSCRIBED, consentUpdatedAt: null, consentCollectedFrom: null } : null,
  numberOfOrders: (customer, _args, { store }) => ordersOf(store.state, customer).length,
  amountSpent: (customer, _args, { store }) =>
    moneyV2(amountSpent(store.state, customer), store.state.shop.currencyCode),
  canDelete: (customer, _args, { store }) => ordersOf(store.state, customer).length === 0,
  lastOrder: (customer, _args, { store }) =>
    ordersOf(store.state, customer).sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id),
    )[0] ?? null,
  orders: (customer, args, context, info) =>
    listOrders(context, args, responsePathAsArray(info.path), ordersOf(context.store.state, customer)),
  ...metafieldOwnerResolvers<DevCustomer>((customer) => gid("Customer", customer.id)),
};

export const customerResolvers: ResolverMap = {
  QueryRoot: {
    customer: (_source, args, { store }) => {
      const id = idFromGid(args.id as string, "Customer");
      return id ? findCustomer(store.state, id) : null;
    },
    customerByIdentifier: (_source, args, { store }) => {
      const identifier = args.identifier as {
        id?: string;
        emailAddress?: string;
        phoneNumber?: string;
        customId?: unknown;
      };
      const { customers } = store.state;
      if (identifier.customId != null) throw customIdNeedsDefinition();
      if (identifier.id != null) {
        const id = idFromGid(identifier.id, "Customer");
        return id ? findCustomer(store.state, id) : null;
      }
      if (identifier.emailAddress != null) {
        const email = identifier.emailAddress.toLowerCase();
        return customers.find((customer) => customer.email.toLowerCase() === email) ?? null;
      }
      return customers.find((customer) => customer.phone === identifier.phoneNumber) ?? null;
    },
    ...searchableRootFields("customers", searchCustomers, CUSTOMER_SORT_KEYS),
  },
  Customer: customerFields,
};
