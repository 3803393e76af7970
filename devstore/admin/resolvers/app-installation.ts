import { gid } from "../../state/store";
import type { DevAppInstallation } from "../../state/types";
import type { ResolverMap, TypeResolvers } from "../resolver-map";
import { metafieldOwnerResolvers } from "./metafields";

/**
 * `currentAppInstallation`: the app the access token belongs to. The data model keeps the
 * app's credentials but not its listing, and the app installed on the dev store is always
 * Fieldtest (shopify.app.toml), hence the handle and title.
 */

const APP_HANDLE = "fieldtest";
const APP_TITLE = "Fieldtest";

function accessScopes(app: DevAppInstallation) {
  return app.scopes.map((handle) => ({ handle }));
}

const appInstallationFields: TypeResolvers<DevAppInstallation> = {
  id: (app) => gid("AppInstallation", app.appId),
  app: (app) => app,
  accessScopes: (app) => accessScopes(app),
  launchUrl: (_app, _args, { store }) => `https://${store.state.shop.myshopifyDomain}/admin/apps/${APP_HANDLE}`,
  // Development stores are not billed: the app has no subscriptions or purchases.
  activeSubscriptions: () => [],
  ...metafieldOwnerResolvers<DevAppInstallation>((app) => gid("AppInstallation", app.appId)),
};

const appFields: TypeResolvers<DevAppInstallation> = {
  id: (app) => gid("App", app.appId),
  apiKey: (app) => app.apiKey,
  handle: () => APP_HANDLE,
  title: () => APP_TITLE,
  embedded: () => true,
  installation: (app) => app,
  requestedAccessScopes: (app) => accessScopes(app),
};

export const appInstallationResolvers: ResolverMap = {
  QueryRoot: {
    currentAppInstallation: (_source, _args, { store }) => store.state.app,
  },
  AppInstallation: appInstallationFields,
  App: appFields,
};
