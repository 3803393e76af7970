import type { ReactNode } from "react";
import { Link as RemixLink, useLocation } from "@remix-run/react";
import { AppProvider, Frame, Navigation, TopBar, type AppProviderProps } from "@shopify/polaris";
import en from "@shopify/polaris/locales/en.json";
import { adminNavigation } from "./navigation";

type LinkLikeComponent = NonNullable<AppProviderProps["linkComponent"]>;

/** Polaris links navigate client-side with Remix. */
const PolarisLink: LinkLikeComponent = ({ url, children, external: _external, ref: _ref, ...rest }) => (
  <RemixLink to={url} {...(rest as object)}>
    {children}
  </RemixLink>
);

/**
 * The admin outside Shopify (demo mode): App Bridge's script only runs inside the Shopify
 * admin, so the same pages get Polaris's own frame, top bar and navigation instead.
 */
export function DemoFrame({ shop, children }: { shop: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const items = [{ url: "/app", label: "Home" }, ...adminNavigation].map((item) => ({
    url: item.url,
    label: item.label,
    selected: item.url === "/app" ? pathname === "/app" : pathname.startsWith(item.url),
  }));
  return (
    <AppProvider i18n={en} linkComponent={PolarisLink}>
      <Frame
        topBar={
          <TopBar
            userMenu={
              <TopBar.UserMenu
                name="Store owner (demo)"
                detail={shop}
                initials="D"
                actions={[]}
                open={false}
                onToggle={() => {}}
              />
            }
          />
        }
        navigation={
          <Navigation location={pathname}>
            <Navigation.Section title="Fieldtest" items={items} />
          </Navigation>
        }
      >
        {children}
      </Frame>
    </AppProvider>
  );
}
