import type { DevStoreState } from "../../state/types";
import {
  APP_EXTENSIONS_DIR,
  DISCOUNT_API_TYPES,
  functionExtensions,
  functionIdOf,
  type FunctionExtension,
} from "../../storefront/cart/discounts/function-extensions";
import { discountUserError, type DiscountUserError } from "./discount-user-error";

/**
 * The function an app discount names: by `functionHandle`, or by the deprecated
 * `functionId`. Only the installed app's released functions count (here: the function
 * extensions in storefront/), and only those on a Discount Function API. Errors as
 * captured (discounts/discount-app-function-validation.json).
 */
export function discountFunction(
  state: DevStoreState,
  input: { functionHandle?: string | null; functionId?: string | null },
  argument: string,
  extensionsDir = APP_EXTENSIONS_DIR,
): { extension: FunctionExtension } | { error: DiscountUserError } {
  const { functionHandle, functionId } = input;
  if (functionHandle != null && functionId != null) {
    const message = "Only one of functionId or functionHandle is allowed.";
    return { error: discountUserError([argument], message, "MULTIPLE_FUNCTION_IDENTIFIERS") };
  }
  if (!functionHandle && !functionId) {
    const message = "Function id can't be blank.";
    return { error: discountUserError([argument, "functionHandle"], message, "MISSING_FUNCTION_IDENTIFIER") };
  }
  const extension = functionExtensions(extensionsDir).find((candidate) =>
    functionHandle != null
      ? candidate.handle === functionHandle
      : functionIdOf(state.app.apiKey, candidate.handle) === functionId,
  );
  const field = [argument, functionHandle != null ? "functionHandle" : "functionId"];
  if (!extension) {
    const message = `Function ${functionHandle ?? functionId} not found. Ensure that it is released in the current app (${state.app.appId}), and that the app is installed.`;
    return { error: discountUserError(field, message, "INVALID") };
  }
  if (!DISCOUNT_API_TYPES.includes(extension.apiType)) {
    const message = `Unexpected Function API. The provided function must implement one of the following extension targets: [${DISCOUNT_API_TYPES.join(", ")}].`;
    return { error: discountUserError(field, message, null) };
  }
  return { extension };
}

/** A function found by its handle (a discount keeps the handle); null once the app no longer has it. */
export function discountFunctionByHandle(handle: string, extensionsDir = APP_EXTENSIONS_DIR): FunctionExtension | null {
  return functionExtensions(extensionsDir).find((candidate) => candidate.handle === handle) ?? null;
}
