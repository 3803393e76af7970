import type { BrowserContext } from "playwright-core";
import { vi } from "vitest";

/** The options page the research extension opens on install (it can take over the first tab otherwise). */
export function installOptionsPage(context: BrowserContext) {
  return vi.waitFor(
    () => {
      const page = context.pages().find((p) => p.url().endsWith("/options.html"));
      if (!page) throw new Error("the options page has not opened");
      return page;
    },
    { timeout: 15_000, interval: 100 },
  );
}

/** Opens a page in a new tab and waits for the extension's panel; collects page errors and the overlay's warnings. */
export async function openWithOverlay(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.text().includes("[Fieldtest]")) pageErrors.push(message.text());
  });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 45_000 });
  const overlay = page.locator("#fieldtest-research");
  await overlay.locator("aside").waitFor({ timeout: 15_000 });
  return { page, overlay, pageErrors };
}
