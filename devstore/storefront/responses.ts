import { escapeHtml } from "./liquid/escape-html";

export function htmlResponse(html: string, status = 200, headers: HeadersInit = {}): Response {
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });
}

export function redirectResponse(location: string, headers: HeadersInit = {}): Response {
  return new Response(null, { status: 302, headers: { Location: location, ...headers } });
}

/** Shopify's Ajax API error shape: { status, message, description }. */
export function ajaxError(status: number, message: string, description: string): Response {
  return Response.json({ status, message, description }, { status });
}

/** A plain page for errors the theme itself may be the cause of (a broken block, a bad template). */
export function errorPage(error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  return htmlResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storefront error</title></head>` +
      `<body><main><h1>The dev store could not render this page</h1><pre>${escapeHtml(message)}</pre></main></body></html>`,
    500,
  );
}
