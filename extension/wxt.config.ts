import { defineConfig } from "wxt";
import { version } from "../package.json";
import { AMAZON_MATCH_PATTERNS } from "./core/amazon/match-patterns";
import { REDDIT_MATCH_PATTERNS } from "./core/reddit/match-patterns";

export default defineConfig({
  srcDir: ".",
  outDir: ".output",
  manifest: ({ browser }) => ({
    name: "Fieldtest Research",
    version,
    description:
      "Estimated sales, complaint phrases and a demand–competition–profit score on the Amazon page you are reading; pain points, requests and hot phrases on Reddit. Nothing leaves your browser.",
    permissions: ["storage"],
    host_permissions: [...AMAZON_MATCH_PATTERNS, ...REDDIT_MATCH_PATTERNS],
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            // The extension collects nothing (Firefox's built-in data consent, from November 2025).
            gecko: { id: "research@fieldtest.app", data_collection_permissions: { required: ["none"] } },
          },
        }
      : {}),
  }),
});
