import { AMAZON_MATCH_PATTERNS } from "../core/amazon/match-patterns";
import { redditDemandForPage, researchSettingsForPage, saveIdeaFromPage } from "../messaging/content-client";
import { sameOriginPages } from "../net/same-origin-page";
import { startAmazonOverlay } from "../ui/amazon-overlay";

export default defineContentScript({
  matches: AMAZON_MATCH_PATTERNS,
  runAt: "document_idle",
  async main(ctx) {
    startAmazonOverlay({
      settings: await researchSettingsForPage(),
      saveIdea: saveIdeaFromPage,
      pages: sameOriginPages,
      redditDemand: redditDemandForPage,
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
