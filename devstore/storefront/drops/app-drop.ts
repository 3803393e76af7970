import { Drop } from "liquidjs";
import type { DevStoreState } from "../../state/types";
import { MetafieldsDrop } from "./metafields-drop";

/**
 * Liquid's `app` inside the app's own blocks: `app.metafields.<namespace>.<key>` reads the
 * app-data metafields owned by the app installation.
 */
export class AppDrop extends Drop {
  readonly #state: DevStoreState;

  constructor(state: DevStoreState) {
    super();
    this.#state = state;
  }

  get metafields() {
    // There is one installation; its gid is whatever the Admin API handed out.
    return new MetafieldsDrop(
      this.#state.metafields.filter((metafield) => metafield.ownerId.startsWith("gid://shopify/AppInstallation/")),
      this.#state.app.appId,
    );
  }
}
