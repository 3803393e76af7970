import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import type { OrderForPreorders } from "./order-preorder-lines";

/**
 * The preorder capability's Admin API documents, the same for Shopify and the dev store. Each
 * function returns Shopify's data or throws (userErrors are returned for the caller to show).
 */

const ORDER_PREORDER_LINES = `#graphql
  query OrderPreorderLines($id: ID!) {
    order(id: $id) {
      id
      name
      createdAt
      email
      customer {
        id
        email
        displayName
      }
      lineItems(first: 250) {
        nodes {
          id
          quantity
          sellingPlan {
            sellingPlanId
          }
          originalUnitPriceSet {
            shopMoney {
              amount
            }
          }
        }
      }
    }
  }
`;

export async function orderForPreorders(admin: AdminApi, orderId: string): Promise<OrderForPreorders | null> {
  return (await adminQuery<{ order: OrderForPreorders | null }>(admin, ORDER_PREORDER_LINES, { id: orderId })).order;
}

const SET_PRODUCT_METAFIELDS = `#graphql
  mutation SetPreorderMetafields($metafields: [MetafieldsSetInput!]!) {
    metafieldsSet(metafields: $metafields) {
      metafields {
        key
        namespace
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface UserError {
  field: string[] | null;
  message: string;
  code?: string | null;
}

/** Writes the storefront block's data: app-owned JSON metafields `$app:preorder.<key>` on the product. */
export async function setPreorderMetafields(
  admin: AdminApi,
  productId: string,
  values: Partial<Record<"config" | "progress", unknown>>,
): Promise<UserError[]> {
  const metafields = Object.entries(values).map(([key, value]) => ({
    ownerId: productId,
    namespace: "$app:preorder",
    key,
    type: "json",
    value: JSON.stringify(value),
  }));
  const data = await adminQuery<{ metafieldsSet: { userErrors: UserError[] } }>(admin, SET_PRODUCT_METAFIELDS, {
    metafields,
  });
  return data.metafieldsSet.userErrors;
}

const VARIANT_SELLING_PLANS = `#graphql
  query PreorderVariantPlans($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on ProductVariant {
        id
        displayName
        price
        sellingPlanGroups(first: 5) {
          nodes {
            id
            name
          }
        }
      }
    }
  }
`;

/** The selling plan groups each variant already sells with (a variant can't be in two preorder tests), and its price. */
export async function variantSellingPlans(admin: AdminApi, variantIds: string[]) {
  type Variant = {
    id: string;
    displayName: string;
    price: string;
    sellingPlanGroups: { nodes: { id: string; name: string }[] };
  };
  const data = await adminQuery<{ nodes: (Variant | null)[] }>(admin, VARIANT_SELLING_PLANS, { ids: variantIds });
  return data.nodes.filter((node): node is Variant => node !== null && "sellingPlanGroups" in node);
}

const CREATE_SELLING_PLAN_GROUP = `#graphql
  mutation CreatePreorderPlan($input: SellingPlanGroupInput!, $resources: SellingPlanGroupResourceInput) {
    sellingPlanGroupCreate(input: $input, resources: $resources) {
      sellingPlanGroup {
        id
        sellingPlans(first: 1) {
          nodes {
            id
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export async function createSellingPlanGroup(
  admin: AdminApi,
  input: unknown,
  resources: unknown,
): Promise<{ groupId: string; planId: string } | { userErrors: UserError[] }> {
  type Payload = {
    sellingPlanGroup: { id: string; sellingPlans: { nodes: { id: string }[] } } | null;
    userErrors: UserError[];
  };
  const { sellingPlanGroupCreate: payload } = await adminQuery<{ sellingPlanGroupCreate: Payload }>(
    admin,
    CREATE_SELLING_PLAN_GROUP,
    { input, resources },
  );
  const group = payload.sellingPlanGroup;
  if (payload.userErrors.length || !group?.sellingPlans.nodes[0]) return { userErrors: payload.userErrors };
  return { groupId: group.id, planId: group.sellingPlans.nodes[0].id };
}

const UPDATE_SELLING_PLAN_GROUP = `#graphql
  mutation UpdatePreorderPlan($id: ID!, $input: SellingPlanGroupInput!) {
    sellingPlanGroupUpdate(id: $id, input: $input) {
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export async function updateSellingPlanGroup(admin: AdminApi, id: string, input: unknown): Promise<UserError[]> {
  const data = await adminQuery<{ sellingPlanGroupUpdate: { userErrors: UserError[] } }>(
    admin,
    UPDATE_SELLING_PLAN_GROUP,
    { id, input },
  );
  return data.sellingPlanGroupUpdate.userErrors;
}

const DELETE_SELLING_PLAN_GROUP = `#graphql
  mutation DeletePreorderPlan($id: ID!) {
    sellingPlanGroupDelete(id: $id) {
      deletedSellingPlanGroupId
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export async function deleteSellingPlanGroup(admin: AdminApi, id: string): Promise<UserError[]> {
  const data = await adminQuery<{ sellingPlanGroupDelete: { userErrors: UserError[] } }>(
    admin,
    DELETE_SELLING_PLAN_GROUP,
    { id },
  );
  return data.sellingPlanGroupDelete.userErrors;
}

const PRODUCTS_FOR_PREORDER = `#graphql
  query ProductsForPreorder($query: String) {
    products(first: 50, query: $query, sortKey: TITLE) {
      nodes {
        id
        title
        status
        variants(first: 50) {
          nodes {
            id
            title
            price
          }
        }
      }
    }
  }
`;

export interface PreorderProductChoice {
  id: string;
  title: string;
  status: string;
  variants: { nodes: { id: string; title: string; price: string }[] };
}

/** The products (and their variants) the merchant can put on preorder, for the form's pickers. */
export async function productsForPreorder(admin: AdminApi, query?: string): Promise<PreorderProductChoice[]> {
  const data = await adminQuery<{ products: { nodes: PreorderProductChoice[] } }>(admin, PRODUCTS_FOR_PREORDER, {
    query: query ?? null,
  });
  return data.products.nodes;
}

const CANCEL_ORDER = `#graphql
  mutation CancelPreorder($orderId: ID!, $staffNote: String) {
    orderCancel(
      orderId: $orderId
      reason: OTHER
      refundMethod: { originalPaymentMethodsRefund: true }
      restock: true
      notifyCustomer: false
      staffNote: $staffNote
    ) {
      orderCancelUserErrors {
        field
        message
        code
      }
    }
  }
`;

/** Cancels an order, refunding what was paid (a pending payment is voided); Fieldtest tells the buyer itself. */
export async function cancelOrder(admin: AdminApi, orderId: string, staffNote: string): Promise<UserError[]> {
  const data = await adminQuery<{ orderCancel: { orderCancelUserErrors: UserError[] } }>(admin, CANCEL_ORDER, {
    orderId,
    staffNote,
  });
  return data.orderCancel.orderCancelUserErrors;
}

const PRODUCT_FOR_PREORDER = `#graphql
  query ProductForPreorder($id: ID!) {
    product(id: $id) {
      id
      title
      status
      variants(first: 100) {
        nodes {
          id
          title
          price
        }
      }
    }
  }
`;

/** One product and its variants (the edit form's choices); null when it no longer exists. */
export async function productForPreorder(admin: AdminApi, id: string): Promise<PreorderProductChoice | null> {
  return (await adminQuery<{ product: PreorderProductChoice | null }>(admin, PRODUCT_FOR_PREORDER, { id })).product;
}

const ADD_VARIANTS_TO_PLAN = `#graphql
  mutation AddPreorderVariants($id: ID!, $productVariantIds: [ID!]!) {
    sellingPlanGroupAddProductVariants(id: $id, productVariantIds: $productVariantIds) {
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** Puts more variants on the test's plan; all or none (Shopify checks every id first). */
export async function addVariantsToPlan(admin: AdminApi, groupId: string, variantIds: string[]): Promise<UserError[]> {
  const data = await adminQuery<{ sellingPlanGroupAddProductVariants: { userErrors: UserError[] } }>(
    admin,
    ADD_VARIANTS_TO_PLAN,
    { id: groupId, productVariantIds: variantIds },
  );
  return data.sellingPlanGroupAddProductVariants.userErrors;
}

const REMOVE_VARIANTS_FROM_PLAN = `#graphql
  mutation RemovePreorderVariants($id: ID!, $productVariantIds: [ID!]!) {
    sellingPlanGroupRemoveProductVariants(id: $id, productVariantIds: $productVariantIds) {
      removedProductVariantIds
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** Takes variants off the test's plan: they sell as normal again; their orders keep the plan. */
export async function removeVariantsFromPlan(
  admin: AdminApi,
  groupId: string,
  variantIds: string[],
): Promise<UserError[]> {
  const data = await adminQuery<{ sellingPlanGroupRemoveProductVariants: { userErrors: UserError[] } }>(
    admin,
    REMOVE_VARIANTS_FROM_PLAN,
    { id: groupId, productVariantIds: variantIds },
  );
  return data.sellingPlanGroupRemoveProductVariants.userErrors;
}
