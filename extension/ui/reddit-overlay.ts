import type { CrawlEnd } from "../core/crawl/polite-crawl";
import { ideaFromReddit, redditIdeaTitle } from "../core/ideas/idea-from-reddit";
import type { SavedIdea } from "../core/ideas/saved-idea";
import { analyseRedditPage } from "../core/reddit-analysis/analyse";
import { redditJsonRefusal } from "../core/reddit/json-refusal";
import { mergeRedditPages } from "../core/reddit/merge-pages";
import { parseRedditUrl } from "../core/reddit/page-kind";
import { parseRedditPage } from "../core/reddit/page";
import { threadJsonUrl } from "../core/reddit/thread-json-url";
import type { RedditPage } from "../core/reddit/types";
import { crawlControl } from "./crawl-control";
import { h } from "./h";
import { createOverlay, type Overlay } from "./overlay";
import { redditPanelBody } from "./reddit-panel";
import { saveIdeaButton } from "./save-idea-button";

export interface JsonAnswer {
  status: number;
  url: string;
  contentType: string | null;
  /** The parsed body, when it was JSON. */
  json: unknown;
}

export interface RedditOverlayContext {
  onInvalidated(cleanup: () => void): void;
  /** Reddit is a single-page app: a new thread or listing comes without a page load. */
  onLocationChange(listener: () => void): void;
  saveIdea(idea: SavedIdea): Promise<void>;
  /** A same-origin GET in the researcher's session. */
  loadJson(url: string, signal: AbortSignal): Promise<JsonAnswer>;
  /** Validates untrusted `.json` (in the background, which carries the validation library). */
  parseThreadJson(json: unknown, url: string): Promise<RedditPage>;
}

/** Markup Reddit adds as comments and posts load; the panel re-reads the page when their number changes. */
const CONTENT =
  'shreddit-post, shreddit-comment, .thing[data-fullname], [data-testid="comment"], [data-testid="post-container"]';
/** Reddit re-renders constantly (votes, "5 min. ago"): wait for a quiet moment before re-reading. */
const QUIET_MS = 400;

/**
 * The research overlay on Reddit threads and listings: reads the page in whichever markup it has,
 * analyses it and shows the panel; re-reads as comments load and on in-app navigation; adds the
 * thread's `.json` on request. Any failure is logged and leaves Reddit's page as it was.
 */
export function startRedditOverlay(context: RedditOverlayContext): void {
  let overlay: Overlay | null = null;
  let view: ReturnType<typeof threadView> | null = null;
  const show = () => {
    try {
      const url = location.href;
      if (!parseRedditUrl(url)) {
        overlay?.remove();
        overlay = view = null;
        return;
      }
      if (view?.url !== url) view = threadView(url, context, () => show());
      overlay ??= createOverlay();
      view.render(overlay);
    } catch (error) {
      console.warn("[Fieldtest] could not analyse this page:", error);
    }
  };
  show();
  context.onLocationChange(show);
  context.onInvalidated(() => overlay?.remove());
  watchContent(show, context);
}

/** One page's state: the JSON it was given, the keyword box and the buttons survive re-renders. */
function threadView(url: string, context: RedditOverlayContext, rerender: () => void) {
  let fromJson: RedditPage | null = null;
  let latest: { page: RedditPage; analysis: ReturnType<typeof analyseRedditPage> } | null = null;
  const keyword = h("input", {
    type: "text",
    name: "keyword",
    placeholder: "e.g. folding storage ottoman",
    "aria-label": "Keyword for this idea",
    value: new URL(url).searchParams.get("q") ?? "",
  });
  const save = saveIdeaButton(
    () => ideaFromReddit(latest!.analysis, latest!.page, url, keyword.value, new Date()),
    context.saveIdea,
  );
  keyword.addEventListener("input", () => {
    save.disabled = false;
    save.textContent = "Save idea";
  });
  const jsonUrl = threadJsonUrl(url);
  const more = crawlControl({
    label: "Include collapsed comments",
    site: "Reddit",
    disabledReason: jsonUrl ? null : "Listings show posts only; open a thread to read its comments.",
    async run(signal, progress) {
      progress("Reading the thread's data…");
      const kept = () => `the ${latest?.analysis.engagement.loadedComments ?? 0} comments read`;
      const end = await loadThreadJson(jsonUrl!, url, context, signal, (page) => {
        fromJson = page;
        rerender();
      });
      return { result: { pages: end.reason === "finished" ? 1 : 0, end }, kept: kept() };
    },
  });
  const saveBox = h(
    "div",
    { class: "save-box" },
    h("label", {}, "Keyword ", keyword),
    h(
      "p",
      { class: "note" },
      "Saved under a keyword, this page's requests and pain points count in the demand score of your Amazon ideas for it.",
    ),
  );
  return {
    url,
    render(overlay: Overlay) {
      const onPage = parseRedditPage(document, url);
      if (!onPage) return;
      const page = fromJson ? mergeRedditPages(onPage, fromJson) : onPage;
      const analysis = analyseRedditPage(page, new Date());
      latest = { page, analysis };
      overlay.show("Reddit", redditPanelBody(redditIdeaTitle(page, url), analysis, [more, saveBox]), [save]);
    },
  };
}

async function loadThreadJson(
  jsonUrl: string,
  pageUrl: string,
  context: RedditOverlayContext,
  signal: AbortSignal,
  loaded: (page: RedditPage) => void,
): Promise<CrawlEnd> {
  try {
    const answer = await context.loadJson(jsonUrl, signal);
    const refusal = redditJsonRefusal(answer);
    if (refusal) return refusal;
    loaded(await context.parseThreadJson(answer.json, pageUrl));
    return { reason: "finished" };
  } catch (error) {
    if (signal.aborted) return { reason: "stopped" };
    return { reason: "network", message: error instanceof Error ? error.message : String(error) };
  }
}

/** Re-reads the page after a quiet moment when Reddit adds or removes posts or comments (not on every vote). */
function watchContent(show: () => void, context: RedditOverlayContext) {
  let known = document.querySelectorAll(CONTENT).length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = document.querySelectorAll(CONTENT).length;
      if (now === known) return;
      known = now;
      show();
    }, QUIET_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  context.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
