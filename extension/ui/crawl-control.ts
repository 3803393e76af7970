import { crawlEndMessage } from "../core/crawl/crawl-end-message";
import type { CrawlResult } from "../core/crawl/polite-crawl";
import { h } from "./h";

/**
 * A start/stop button with a polite live status line for a crawl that reads further pages.
 * `run` gets an abort signal and a progress callback; the final message says why it ended and
 * what was kept. The element keeps its state when a re-rendered panel takes it in again.
 */
export function crawlControl(options: {
  label: string;
  site: string;
  disabledReason: string | null;
  run(signal: AbortSignal, progress: (text: string) => void): Promise<{ result: CrawlResult; kept: string }>;
}): HTMLElement {
  const button = h("button", { type: "button", "data-fieldtest": "crawl" }, options.label);
  const status = h("p", { class: "note", role: "status", "aria-live": "polite", "data-fieldtest": "crawl-status" });
  let controller: AbortController | null = null;
  if (options.disabledReason) {
    button.disabled = true;
    status.textContent = options.disabledReason;
  }
  button.addEventListener("click", async () => {
    if (controller) {
      controller.abort();
      return;
    }
    controller = new AbortController();
    button.textContent = "Stop";
    status.textContent = "Starting…";
    try {
      const { result, kept } = await options.run(controller.signal, (text) => (status.textContent = text));
      status.textContent = crawlEndMessage(result.end, options.site, kept);
    } catch (error) {
      status.textContent = `Stopped: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      controller = null;
      button.textContent = options.label;
    }
  });
  return h("div", { class: "crawl" }, button, status);
}
