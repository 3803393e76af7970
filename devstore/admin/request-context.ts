import type { DevStore } from "../state/store";
import type { SearchReport } from "./support/search-query";

/** What every resolver of one Admin API request sees. */
export interface AdminContext {
  store: DevStore;
  now: () => Date;
  /** The dev store's own origin (http://127.0.0.1:<port>), for the image URLs it serves. */
  origin: string;
  /** Search warnings for `extensions.search`, as Shopify reports unknown query fields. */
  searchReports: SearchReport[];
  /**
   * Ids of the media this request created. Shopify answers them UPLOADED, without an image, and
   * processes them for a few seconds; the dev store has them READY by the next request.
   */
  uploadedMedia: Set<string>;
}
