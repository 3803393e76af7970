// Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection and are never forwarded.
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
];

// Shopify strips cookies both ways: the app is reached through the shop's domain.
const NOT_TO_THE_APP = ["host", "cookie", "content-length", "accept-encoding"];
// fetch has already decoded the body, so its encoding and length no longer hold.
const NOT_TO_THE_VISITOR = ["set-cookie", "content-encoding", "content-length"];

function without(headers: Headers, names: string[]): Headers {
  const listed = (headers.get("connection") ?? "").split(",").map((name) => name.trim().toLowerCase());
  const dropped = new Set([...HOP_BY_HOP, ...names, ...listed]);
  const kept = new Headers();
  headers.forEach((value, name) => {
    if (!dropped.has(name)) kept.append(name, value);
  });
  return kept;
}

export function headersToApp(request: Request): Headers {
  return without(request.headers, NOT_TO_THE_APP);
}

export function headersToVisitor(response: Response): Headers {
  return without(response.headers, NOT_TO_THE_VISITOR);
}
