import { API_KEY, API_SECRET_KEY } from "@shopify/shopify-api/test-helpers";

// The app's environment in tests: credentials of @shopify/shopify-api's test helpers, so
// that their HMACs and session tokens verify.
process.env.NODE_ENV = "test";
process.env.SHOPIFY_API_KEY = API_KEY;
process.env.SHOPIFY_API_SECRET = API_SECRET_KEY;
process.env.SHOPIFY_APP_URL = "https://fieldtest.test";
process.env.SCOPES = "read_products,read_orders";
process.env.JOB_WORKER = "off";
