import {
  FUNCTION_CONFIGURATION_METAFIELD,
  TIERED_DISCOUNT_FUNCTION_HANDLE,
  functionConfigurationMetafieldValue,
} from "../../storefront/tiered-discount/src/configuration-metafield";
import { requiredDiscountClass } from "../../storefront/tiered-discount/src/required-discount-class";
import type { TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * The DiscountAutomaticAppInput for a draft, on create and on update alike: the Function by its
 * handle, the one discount class its config gives, and the config with the input query's
 * variables in the function-configuration metafield, built by the Function's own code.
 */
export function automaticAppDiscountInput(draft: TieredDiscountDraft) {
  return {
    title: draft.title,
    functionHandle: TIERED_DISCOUNT_FUNCTION_HANDLE,
    discountClasses: [requiredDiscountClass(draft.config)],
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    combinesWith: draft.combinesWith,
    metafields: [
      {
        ...FUNCTION_CONFIGURATION_METAFIELD,
        value: JSON.stringify(functionConfigurationMetafieldValue(draft.config)),
      },
    ],
  };
}
