import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Serves saved Amazon pages (keyed "host/path" or "host/path?query") over HTTPS with a throwaway self-signed certificate: Chromium
 * forces HTTPS for amazon.com, and the browser maps www.amazon.* to this server with
 * --host-resolver-rules, so the extension sees the real URLs.
 */
export async function startAmazonFixtureServer(pages: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldtest-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
      "-subj",
      "/CN=www.amazon.com",
      "-addext",
      "subjectAltName=DNS:www.amazon.com,DNS:www.amazon.de,DNS:www.amazon.it",
    ],
    { stdio: "ignore" },
  );
  const tls = { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
  rmSync(dir, { recursive: true, force: true });
  const server: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? "/", `https://${request.headers.host}`);
    // A fixture keyed with its query ("…/s?k=rank+test") wins over one keyed by path alone.
    const page = pages[`${url.hostname}${url.pathname}${url.search}`] ?? pages[`${url.hostname}${url.pathname}`];
    if (!page) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not a fixture");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    // Every other host (Amazon's image and script CDNs) fails at once instead of waiting on DNS.
    hostRules: [
      ...["www.amazon.com", "www.amazon.de", "www.amazon.it"].map((host) => `MAP ${host} 127.0.0.1:${port}`),
      "MAP * ~NOTFOUND",
    ],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
