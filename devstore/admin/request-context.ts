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
}
