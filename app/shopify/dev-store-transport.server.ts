import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";

/**
 * The dev store transport: Shopify's own Admin API client (the one `authenticate.admin` and
 * `unauthenticated.admin` return) sends `https://<shop>/admin/api/…`; this fetch sends those
 * requests to the local dev store instead, so the app's GraphQL documents and client code
 * are identical for both. Every other request passes through untouched.
 */
export function devStoreFetch(storeUrl: string, shop: string, base: typeof fetch = globalThis.fetch): typeof fetch {
  const store = new URL(storeUrl);
  return (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.hostname !== shop || !url.pathname.startsWith("/admin/")) return base(request);
    url.protocol = store.protocol;
    url.host = store.host;
    return base(new Request(url, request));
  };
}

export function routeAdminApiToDevStore(storeUrl: string, shop: string) {
  setAbstractFetchFunc(devStoreFetch(storeUrl, shop));
}
