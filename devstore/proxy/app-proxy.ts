import type { Handler } from "../http/node-adapter";
import type { DevStore } from "../state/store";
import { errorPage, htmlResponse } from "../storefront/responses";
import { CartSession, createStorefront, renderPage, type StorefrontOptions } from "../storefront/storefront";
import { headersToApp, headersToVisitor } from "./proxy-headers";
import { signedProxyQuery } from "./proxy-signature";

/** shopify.app.toml's [app_proxy]: prefix "apps", subpath "fieldtest", url "/proxy". */
export const APP_PROXY_PREFIX = "/apps/fieldtest";
const APP_PROXY_URL_PATH = "/proxy";

export type AppProxyHandlerOptions = StorefrontOptions;

/**
 * Shopify's app proxy: /apps/fieldtest/<path> on the shop is fetched from
 * <appUrl>/proxy/<path> with a signed query. An `application/liquid` answer is rendered
 * in the storefront's theme (unless it opts out with `{% layout none %}`); anything else
 * passes through.
 */
export function createAppProxyHandler(store: DevStore, options: AppProxyHandlerOptions = {}): Handler {
  const storefront = createStorefront(store, options);

  return async (request) => {
    const url = new URL(request.url);
    const rest = url.pathname.slice(APP_PROXY_PREFIX.length);
    if (!url.pathname.startsWith(APP_PROXY_PREFIX) || (rest && !rest.startsWith("/"))) {
      return new Response("Not found", { status: 404 });
    }

    const { shop, app } = store.state;
    const target = new URL(app.appUrl.replace(/\/+$/, "") + APP_PROXY_URL_PATH + rest);
    const query = signedProxyQuery(
      url.searchParams,
      {
        shop: shop.myshopifyDomain,
        loggedInCustomerId: "",
        pathPrefix: APP_PROXY_PREFIX,
        timestamp: Math.floor(storefront.now().getTime() / 1000),
      },
      app.apiSecret,
    );
    target.search = query.toString();

    let answer: Response;
    try {
      const hasBody = request.method !== "GET" && request.method !== "HEAD";
      answer = await fetch(target, {
        method: request.method,
        headers: headersToApp(request),
        body: hasBody ? await request.arrayBuffer() : undefined,
        redirect: "manual",
      });
    } catch {
      return htmlResponse(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App unavailable</title></head>` +
          `<body><main><h1>The app did not answer</h1><p>${target.origin} is unreachable.</p></main></body></html>`,
        502,
      );
    }

    if (!answer.headers.get("content-type")?.startsWith("application/liquid")) {
      return new Response(answer.body, {
        status: answer.status,
        statusText: answer.statusText,
        headers: headersToVisitor(answer),
      });
    }
    try {
      const source = await answer.text();
      return await renderPage(
        storefront,
        request,
        new CartSession(storefront, request),
        { pageType: "app", source },
        answer.status,
      );
    } catch (error) {
      console.error("[devstore app proxy]", error);
      return errorPage(error);
    }
  };
}
