/** The admin's pages, one per step of the loop, in the order a merchant walks it. */
export const adminNavigation = [
  { url: "/app/research", label: "Research" },
  { url: "/app/preorders", label: "Preorder tests" },
  { url: "/app/discounts", label: "Discounts" },
  { url: "/app/ab-tests", label: "A/B tests" },
  { url: "/app/emails", label: "Emails" },
  { url: "/app/settings", label: "Settings" },
] as const;
