import { mergeResolverMaps } from "../resolver-map";
import { appInstallationResolvers } from "./app-installation";
import { customerConsentResolvers } from "./customer-email-marketing-consent";
import { customerResolvers } from "./customers";
import { metafieldMutationResolvers } from "./metafield-mutations";
import { metafieldResolvers } from "./metafields";
import { nodeResolvers } from "./nodes";
import { orderCancelResolvers } from "./order-cancel";
import { orderResolvers } from "./orders";
import { productMutationResolvers } from "./product-mutations";
import { productVariantResolvers } from "./product-variants";
import { productResolvers } from "./products";
import { sellingPlanGroupMutationResolvers } from "./selling-plan-group-mutations";
import { sellingPlanGroupResourceResolvers } from "./selling-plan-group-resources";
import { sellingPlanGroupResolvers } from "./selling-plan-groups";
import { shopResolvers } from "./shop";

/** Every resolver the dev store serves; root fields not listed are "not implemented". */
export const adminResolvers = mergeResolverMaps(
  shopResolvers,
  productResolvers,
  productVariantResolvers,
  productMutationResolvers,
  sellingPlanGroupResolvers,
  sellingPlanGroupMutationResolvers,
  sellingPlanGroupResourceResolvers,
  customerResolvers,
  customerConsentResolvers,
  orderResolvers,
  orderCancelResolvers,
  metafieldResolvers,
  metafieldMutationResolvers,
  appInstallationResolvers,
  nodeResolvers,
);
