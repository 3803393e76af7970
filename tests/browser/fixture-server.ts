import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A page as served: HTML, or any body with its content type and status. */
export type Fixture = string | { body: string; contentType: string; status?: number };

/**
 * Serves saved pages of real sites (keyed "host/path" or "host/path?query") over HTTPS with a
 * throwaway self-signed certificate for exactly those hosts: Chromium forces HTTPS for amazon.com
 * and reddit.com, and the browser maps the hosts to this server with --host-resolver-rules, so the
 * extension sees the real URLs.
 */
export async function startFixtureServer(pages: Record<string, Fixture>) {
  const hosts = [...new Set(Object.keys(pages).map((key) => key.split(/[/?]/)[0]))];
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
      `/CN=${hosts[0]}`,
      "-addext",
      `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(",")}`,
    ],
    { stdio: "ignore" },
  );
  const tls = { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
  rmSync(dir, { recursive: true, force: true });
  const server: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? "/", `https://${request.headers.host}`);
    // A fixture keyed with its query ("…/s?k=rank+test") wins over one keyed by path alone.
    const page = pages[`${url.hostname}${url.pathname}${url.search}`] ?? pages[`${url.hostname}${url.pathname}`];
    if (page === undefined) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not a fixture");
      return;
    }
    const { body, contentType, status } =
      typeof page === "string" ? { body: page, contentType: "text/html; charset=utf-8", status: 200 } : page;
    response.writeHead(status ?? 200, { "Content-Type": contentType }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    // Every other host (the sites' image and script CDNs) fails at once instead of waiting on DNS.
    hostRules: [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), "MAP * ~NOTFOUND"],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
