import { oneLine, readableText } from "./text";

/**
 * Amazon's price widget (`span.a-price`): the full price as text in `.a-offscreen` for screen
 * readers, and the visible parts (`.a-price-symbol`, `-whole`, `-fraction`, read as "$ 99 . 95").
 * Some pages leave `.a-offscreen` empty, so the visible parts are the fallback.
 */
export function priceElementText(element: Element): string {
  const offscreen = oneLine(element.querySelector(".a-offscreen")?.textContent);
  if (offscreen !== "") return offscreen;
  return readableText(element, { skip: (child) => child.classList.contains("a-offscreen") });
}

/**
 * A list or "typical" price drawn struck through next to the current one. Every struck price in
 * the captured pages carries data-a-strike="true"; `a-text-price` alone is not enough (the
 * 2021–22 apex block draws the current price with it).
 */
export function isStruckThrough(element: Element): boolean {
  return element.getAttribute("data-a-strike") === "true";
}
