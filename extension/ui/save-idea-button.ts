import type { SavedIdea } from "../core/ideas/saved-idea";
import { h } from "./h";

/** "Save idea": stores the record in extension storage and says so; a failure says why. */
export function saveIdeaButton(idea: () => SavedIdea, save: (idea: SavedIdea) => Promise<void>): HTMLButtonElement {
  const button = h("button", { type: "button", class: "primary", "data-fieldtest": "save-idea" }, "Save idea");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await save(idea());
      button.textContent = "Saved ✓";
    } catch (error) {
      button.disabled = false;
      button.textContent = "Save failed — retry";
      button.title = error instanceof Error ? error.message : String(error);
    }
  });
  return button;
}
