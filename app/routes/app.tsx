import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { config } from "../config.server";
import { requireAdmin } from "../shopify/admin.server";
import { adminNavigation } from "../admin/navigation";
import { AdminChromeContext } from "../admin/chrome";
import { DemoFrame } from "../admin/DemoFrame";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, embedded } = await requireAdmin(request);
  return { apiKey: config().SHOPIFY_API_KEY, embedded, shop: session.shop };
};

export default function AdminLayout() {
  const { apiKey, embedded, shop } = useLoaderData<typeof loader>();
  if (!embedded) {
    return (
      <AdminChromeContext.Provider value={{ embedded: false }}>
        <DemoFrame shop={shop}>
          <Outlet />
        </DemoFrame>
      </AdminChromeContext.Provider>
    );
  }
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey}>
      <NavMenu>
        <Link to="/app" rel="home">
          Home
        </Link>
        {adminNavigation.map((item) => (
          <Link key={item.url} to={item.url}>
            {item.label}
          </Link>
        ))}
      </NavMenu>
      <Outlet />
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
