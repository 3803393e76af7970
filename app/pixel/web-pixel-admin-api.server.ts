import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";

/**
 * The app's web pixel in the shop's Admin API: Shopify keeps one per app, holding only an id
 * and its settings (a JSON string checked against storefront/pixel/shopify.extension.toml).
 */

export interface WebPixelUserError {
  code: string | null;
  field: string[] | null;
  message: string;
}

interface WebPixelPayload {
  webPixel: { id: string; settings: unknown } | null;
  userErrors: WebPixelUserError[];
}

const CREATE_WEB_PIXEL = `#graphql
  mutation CreateWebPixel($webPixel: WebPixelInput!) {
    webPixelCreate(webPixel: $webPixel) {
      webPixel {
        id
        settings
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

export async function createWebPixel(admin: AdminApi, settings: object): Promise<WebPixelPayload> {
  const data = await adminQuery<{ webPixelCreate: WebPixelPayload }>(admin, CREATE_WEB_PIXEL, {
    webPixel: { settings: JSON.stringify(settings) },
  });
  return data.webPixelCreate;
}

const APP_WEB_PIXEL = `#graphql
  query AppWebPixel {
    webPixel {
      id
      settings
    }
  }
`;

/** The app's own web pixel (the query without an id). */
export async function appWebPixel(admin: AdminApi): Promise<WebPixelPayload["webPixel"]> {
  return (await adminQuery<{ webPixel: WebPixelPayload["webPixel"] }>(admin, APP_WEB_PIXEL)).webPixel;
}

const UPDATE_WEB_PIXEL = `#graphql
  mutation UpdateWebPixel($id: ID!, $webPixel: WebPixelInput!) {
    webPixelUpdate(id: $id, webPixel: $webPixel) {
      webPixel {
        id
        settings
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

export async function updateWebPixel(admin: AdminApi, id: string, settings: object): Promise<WebPixelPayload> {
  const data = await adminQuery<{ webPixelUpdate: WebPixelPayload }>(admin, UPDATE_WEB_PIXEL, {
    id,
    webPixel: { settings: JSON.stringify(settings) },
  });
  return data.webPixelUpdate;
}
