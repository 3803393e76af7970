import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type Handler } from "../../../devstore/http/node-adapter";
import { DevStore } from "../../../devstore/state/store";
import type { DevStoreState } from "../../../devstore/state/types";
import { createStorefrontHandler, type StorefrontHandlerOptions } from "../../../devstore/storefront/handler";
import { stateFixture } from "./state-fixture";

export interface RunningStorefront {
  url: string;
  store: DevStore;
  close(): Promise<void>;
}

/** The storefront handler over real HTTP on a free port, on a fresh copy of the fixture shop. */
export async function startStorefront(
  options: StorefrontHandlerOptions & { state?: () => DevStoreState; handler?: (store: DevStore) => Handler } = {},
): Promise<RunningStorefront> {
  const store = DevStore.open(null, options.state ?? stateFixture);
  const handler = options.handler?.(store) ?? createStorefrontHandler(store, options);
  const server: Server = await serve(handler, { host: "127.0.0.1", port: 0 });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A browser stand-in: keeps the cart cookie and does not follow redirects, so tests can check them. */
export class Shopper {
  readonly #cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  get cartToken() {
    return this.#cookies.get("cart");
  }

  async get(path: string): Promise<Response> {
    return this.#fetch(path, { method: "GET" });
  }

  async page(path: string): Promise<string> {
    const response = await this.get(path);
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
    return response.text();
  }

  /** Posts a form, as a browser would (urlencoded); `multipart` posts it as the product form's multipart/form-data. */
  async submit(path: string, fields: Record<string, string>, { multipart = false } = {}): Promise<Response> {
    const body = multipart ? toFormData(fields) : new URLSearchParams(fields);
    return this.#fetch(path, { method: "POST", body });
  }

  async postJson(path: string, json: unknown): Promise<Response> {
    return this.#fetch(path, {
      method: "POST",
      body: JSON.stringify(json),
      headers: { "Content-Type": "application/json" },
    });
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { Cookie: cookie } : {}) },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(";");
      const [name, ...value] = pair.split("=");
      this.#cookies.set(name.trim(), value.join("="));
    }
    return response;
  }
}

function toFormData(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
