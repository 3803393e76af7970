import type { ResolverMap } from "../resolver-map";
import { isOtherAppNamespace, resolveAppNamespace } from "../support/app-namespace";
import { findMetafield } from "./metafields";
import {
  checkMetafieldInput,
  NOT_ALLOWED,
  writeMetafield,
  type MetafieldsSetInput,
  type PlannedWrite,
} from "./metafield-writes";

/** `metafieldsSet` and `metafieldsDelete`, atomic and validated as Shopify does. */

const INPUT_LIMIT = 25;

interface MetafieldIdentifierInput {
  ownerId: string;
  namespace: string;
  key: string;
}

export const metafieldMutationResolvers: ResolverMap = {
  Mutation: {
    metafieldsSet: (_source, args, { store, now }) => {
      const inputs = args.metafields as MetafieldsSetInput[];
      if (inputs.length > INPUT_LIMIT) {
        const message = `Exceeded the maximum metafields input limit of ${INPUT_LIMIT}.`;
        return {
          metafields: null,
          userErrors: [{ field: ["metafields"], message, code: "LESS_THAN_OR_EQUAL_TO", elementIndex: null }],
        };
      }
      const checked = inputs.map((input, index) => checkMetafieldInput(store.state, input, index));
      const userErrors = checked.flatMap((result) => result.errors);
      if (userErrors.length) return { metafields: [], userErrors };
      const time = now().toISOString();
      const metafields = store.change((state) =>
        checked.map((result) => writeMetafield(state, result.write as PlannedWrite, time, () => store.nextId())),
      );
      return { metafields, userErrors: [] };
    },
    metafieldsDelete: (_source, args, { store }) => {
      const inputs = args.metafields as MetafieldIdentifierInput[];
      const { appId } = store.state.app;
      const resolved = inputs.map((input) => ({ ...input, namespace: resolveAppNamespace(input.namespace, appId) }));
      if (resolved.some((input) => isOtherAppNamespace(input.namespace, appId))) {
        return { deletedMetafields: [], userErrors: [{ field: ["metafields"], message: NOT_ALLOWED }] };
      }
      const deletedMetafields = store.change((state) =>
        resolved.map((input) => {
          const existing = findMetafield(state, input.ownerId, input.namespace, input.key);
          if (!existing) return null;
          state.metafields.splice(state.metafields.indexOf(existing), 1);
          return { ownerId: input.ownerId, namespace: input.namespace, key: input.key };
        }),
      );
      return { deletedMetafields, userErrors: [] };
    },
  },
};
