import { mergeResolverMaps } from "../resolver-map";
import { appInstallationResolvers } from "./app-installation";
import { collectionResolvers } from "./collections";
import { customerConsentResolvers } from "./customer-email-marketing-consent";
import { customerResolvers } from "./customers";
import { discountAutomaticAppResolvers } from "./discount-automatic-app";
import { discountAutomaticAppMutationResolvers } from "./discount-automatic-app-mutations";
import { discountNodeResolvers } from "./discount-nodes";
import { jobResolvers } from "./jobs";
import { metafieldMutationResolvers } from "./metafield-mutations";
import { metafieldResolvers } from "./metafields";
import { nodeResolvers } from "./nodes";
import { orderCancelResolvers } from "./order-cancel";
import { orderCreateMandatePaymentResolvers } from "./order-create-mandate-payment";
import { orderDiscountApplicationResolvers } from "./order-discount-applications";
import { orderPaymentStatusResolvers } from "./order-payment-status";
import { orderResolvers } from "./orders";
import { productCollectionResolvers } from "./product-collections";
import { productDeleteResolvers } from "./product-delete";
import { productMediaResolvers } from "./product-media";
import { productMutationResolvers } from "./product-mutations";
import { productVariantResolvers } from "./product-variants";
import { productVariantsBulkUpdateResolvers } from "./product-variants-bulk-update";
import { productResolvers } from "./products";
import { sellingPlanGroupMutationResolvers } from "./selling-plan-group-mutations";
import { sellingPlanGroupResourceResolvers } from "./selling-plan-group-resources";
import { sellingPlanGroupResolvers } from "./selling-plan-groups";
import { shopResolvers } from "./shop";
import { webPixelResolvers } from "./web-pixels";

/** Every resolver the dev store serves; root fields not listed are "not implemented". */
export const adminResolvers = mergeResolverMaps(
  shopResolvers,
  productResolvers,
  productVariantResolvers,
  productMutationResolvers,
  productMediaResolvers,
  productVariantsBulkUpdateResolvers,
  productDeleteResolvers,
  collectionResolvers,
  productCollectionResolvers,
  sellingPlanGroupResolvers,
  sellingPlanGroupMutationResolvers,
  sellingPlanGroupResourceResolvers,
  customerResolvers,
  customerConsentResolvers,
  orderResolvers,
  orderCancelResolvers,
  orderCreateMandatePaymentResolvers,
  orderPaymentStatusResolvers,
  metafieldResolvers,
  metafieldMutationResolvers,
  appInstallationResolvers,
  webPixelResolvers,
  nodeResolvers,
  jobResolvers,
  discountAutomaticAppResolvers,
  discountAutomaticAppMutationResolvers,
  discountNodeResolvers,
  orderDiscountApplicationResolvers,
);
