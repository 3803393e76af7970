import { createContext, useContext, type ReactNode } from "react";
import { Page, type PageProps } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";

/** Whether the admin runs inside Shopify (App Bridge draws title and navigation) or alone (demo). */
export const AdminChromeContext = createContext<{ embedded: boolean }>({ embedded: true });

/**
 * A Polaris page with its title where the merchant expects it: in Shopify's title bar when
 * embedded, on the page itself in demo mode (App Bridge only runs inside the Shopify admin).
 */
export function AdminPage({
  title,
  children,
  ...page
}: { title: string; children: ReactNode } & Omit<PageProps, "title">) {
  const { embedded } = useContext(AdminChromeContext);
  if (!embedded) {
    return (
      <Page title={title} {...page}>
        {children}
      </Page>
    );
  }
  return (
    <Page {...page}>
      <TitleBar title={title} />
      {children}
    </Page>
  );
}
