import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import { automaticAppDiscountInput } from "./automatic-app-discount-input";
import type { DiscountUserError } from "./discount-user-errors";
import type { DiscountCollectionChoice, DiscountProductChoice } from "./sample-product";
import { savedTieredDiscount, type SavedTieredDiscount, type TieredDiscountNode } from "./saved-tiered-discount";
import type { TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * The tiered discounts' Admin API documents, the same for Shopify and the dev store. Fieldtest
 * stores nothing about a discount: it reads each back from Shopify with its config metafield.
 * Reads return Shopify's data or throw; mutations return userErrors for the form to show.
 */

/** What the list and a discount's page read of each discount: savedTieredDiscount's TieredDiscountNode. */
const TIERED_DISCOUNT_NODE = `#graphql
  fragment TieredDiscountNode on DiscountNode {
    id
    discount {
      __typename
      ... on DiscountAutomaticApp {
        title
        status
        startsAt
        endsAt
        combinesWith {
          productDiscounts
          orderDiscounts
          shippingDiscounts
        }
      }
    }
    metafield(namespace: "$app:tiered-discount", key: "function-configuration") {
      jsonValue
    }
  }
`;

const TIERED_DISCOUNTS = `#graphql
  query TieredDiscounts($query: String!) {
    discountNodes(first: 100, query: $query, sortKey: CREATED_AT, reverse: true) {
      nodes {
        ...TieredDiscountNode
      }
    }
  }
  ${TIERED_DISCOUNT_NODE}
`;

/** The app's tiered discounts, newest first: its automatic app discounts that carry the config metafield. */
export async function listTieredDiscounts(admin: AdminApi): Promise<SavedTieredDiscount[]> {
  const data = await adminQuery<{ discountNodes: { nodes: TieredDiscountNode[] } }>(admin, TIERED_DISCOUNTS, {
    query: "method:automatic discount_type:app",
  });
  return data.discountNodes.nodes.flatMap((node) => savedTieredDiscount(node) ?? []);
}

const TIERED_DISCOUNT = `#graphql
  query TieredDiscount($id: ID!) {
    discountNode(id: $id) {
      ...TieredDiscountNode
    }
  }
  ${TIERED_DISCOUNT_NODE}
`;

export async function findTieredDiscount(admin: AdminApi, id: string): Promise<SavedTieredDiscount | null> {
  const data = await adminQuery<{ discountNode: TieredDiscountNode | null }>(admin, TIERED_DISCOUNT, { id });
  return data.discountNode && savedTieredDiscount(data.discountNode);
}

const CREATE_TIERED_DISCOUNT = `#graphql
  mutation CreateTieredDiscount($discount: DiscountAutomaticAppInput!) {
    discountAutomaticAppCreate(automaticAppDiscount: $discount) {
      automaticAppDiscount {
        discountId
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

type Saved = { ok: true; id: string } | { ok: false; userErrors: DiscountUserError[] };
type SavePayload = { automaticAppDiscount: { discountId: string } | null; userErrors: DiscountUserError[] };

function savedFrom(payload: SavePayload): Saved {
  if (payload.userErrors.length || !payload.automaticAppDiscount) return { ok: false, userErrors: payload.userErrors };
  return { ok: true, id: payload.automaticAppDiscount.discountId };
}

/** One mutation creates the discount with its config: Shopify creates all of it or nothing. */
export async function createTieredDiscount(admin: AdminApi, draft: TieredDiscountDraft): Promise<Saved> {
  const data = await adminQuery<{ discountAutomaticAppCreate: SavePayload }>(admin, CREATE_TIERED_DISCOUNT, {
    discount: automaticAppDiscountInput(draft),
  });
  return savedFrom(data.discountAutomaticAppCreate);
}

const UPDATE_TIERED_DISCOUNT = `#graphql
  mutation UpdateTieredDiscount($id: ID!, $discount: DiscountAutomaticAppInput!) {
    discountAutomaticAppUpdate(id: $id, automaticAppDiscount: $discount) {
      automaticAppDiscount {
        discountId
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export async function updateTieredDiscount(admin: AdminApi, id: string, draft: TieredDiscountDraft): Promise<Saved> {
  const data = await adminQuery<{ discountAutomaticAppUpdate: SavePayload }>(admin, UPDATE_TIERED_DISCOUNT, {
    id,
    discount: automaticAppDiscountInput(draft),
  });
  return savedFrom(data.discountAutomaticAppUpdate);
}

const DELETE_TIERED_DISCOUNT = `#graphql
  mutation DeleteTieredDiscount($id: ID!) {
    discountAutomaticDelete(id: $id) {
      deletedAutomaticDiscountId
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export async function deleteTieredDiscount(admin: AdminApi, id: string): Promise<DiscountUserError[]> {
  const data = await adminQuery<{ discountAutomaticDelete: { userErrors: DiscountUserError[] } }>(
    admin,
    DELETE_TIERED_DISCOUNT,
    { id },
  );
  return data.discountAutomaticDelete.userErrors;
}

const PRODUCTS_FOR_DISCOUNT = `#graphql
  query ProductsForDiscount {
    products(first: 50, sortKey: TITLE) {
      nodes {
        id
        title
        status
        variants(first: 1) {
          nodes {
            price
          }
        }
      }
    }
  }
`;

/** The products the form's picker offers. */
export async function productsForDiscount(admin: AdminApi): Promise<DiscountProductChoice[]> {
  type Node = { id: string; title: string; status: string; variants: { nodes: { price: string }[] } };
  const data = await adminQuery<{ products: { nodes: Node[] } }>(admin, PRODUCTS_FOR_DISCOUNT);
  return data.products.nodes.map((node) => ({
    id: node.id,
    title: node.title,
    status: node.status,
    price: node.variants.nodes[0]?.price ?? "0",
  }));
}

const COLLECTIONS_FOR_DISCOUNT = `#graphql
  query CollectionsForDiscount {
    collections(first: 50, sortKey: TITLE) {
      nodes {
        id
        title
        products(first: 5) {
          nodes {
            id
          }
        }
      }
    }
  }
`;

/** The collections the form's picker offers. */
export async function collectionsForDiscount(admin: AdminApi): Promise<DiscountCollectionChoice[]> {
  type Node = { id: string; title: string; products: { nodes: { id: string }[] } };
  const data = await adminQuery<{ collections: { nodes: Node[] } }>(admin, COLLECTIONS_FOR_DISCOUNT);
  return data.collections.nodes.map((node) => ({
    id: node.id,
    title: node.title,
    productIds: node.products.nodes.map((product) => product.id),
  }));
}
