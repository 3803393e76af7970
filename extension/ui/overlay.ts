import { h } from "./h";
import { PANEL_STYLES } from "./panel-styles";

export interface Overlay {
  /** Replaces the panel's content (kept collapsed or open as the researcher left it). */
  show(title: string, body: HTMLElement[], actions: HTMLElement[]): void;
  remove(): void;
}

/**
 * The panel's host: one element appended to <body> with its own shadow root, so Amazon's
 * CSS cannot reach in and ours cannot leak out, and the page's layout is untouched (the
 * panel floats). The root is open so that tests and assistive tech can read it.
 */
export function createOverlay(): Overlay {
  const host = h("div", { id: "fieldtest-research", "data-fieldtest": "overlay" });
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = PANEL_STYLES;
  const panel = h("aside", { class: "panel", role: "complementary", "aria-label": "Fieldtest research" });
  shadow.append(style, panel);
  document.body.append(host);
  let collapsed = false;

  return {
    show(title, body, actions) {
      const toggle = h("button", { type: "button", "aria-expanded": String(!collapsed) }, collapsed ? "Show" : "Hide");
      toggle.addEventListener("click", () => {
        collapsed = !collapsed;
        panel.classList.toggle("collapsed", collapsed);
        toggle.textContent = collapsed ? "Show" : "Hide";
        toggle.setAttribute("aria-expanded", String(!collapsed));
      });
      panel.classList.toggle("collapsed", collapsed);
      panel.replaceChildren(
        h("header", {}, h("strong", {}, `Fieldtest · ${title}`), ...actions, toggle),
        h("div", { class: "body" }, ...body),
      );
    },
    remove: () => host.remove(),
  };
}
