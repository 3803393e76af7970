import browser from "webextension-polyfill";
import { ideasToCsv } from "../../core/ideas/ideas-csv";
import type { SavedIdea } from "../../core/ideas/saved-idea";
import { listSavedIdeas, removeIdea, saveIdea, watchSavedIdeas } from "../../storage/saved-ideas";
import { ideaSummary } from "../../ui/idea-summary";

const list = document.querySelector<HTMLUListElement>("#ideas")!;
const empty = document.querySelector<HTMLElement>("#empty")!;
const status = document.querySelector<HTMLElement>("#status")!;
const exportButton = document.querySelector<HTMLButtonElement>("#export")!;
let ideas: SavedIdea[] = [];

async function render() {
  ideas = (await listSavedIdeas()).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  list.replaceChildren(...ideas.map(ideaItem));
  empty.hidden = ideas.length > 0;
  exportButton.disabled = ideas.length === 0;
}

function ideaItem(idea: SavedIdea): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = idea.url;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = idea.title;
  link.title = idea.title;
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = ideaSummary(idea);
  const remove = document.createElement("button");
  remove.type = "button";
  remove.textContent = "Remove";
  remove.addEventListener("click", () => void removeWithUndo(idea));
  item.append(link, remove, meta);
  return item;
}

async function removeWithUndo(idea: SavedIdea) {
  await removeIdea(idea.id);
  const undo = document.createElement("button");
  undo.type = "button";
  undo.textContent = "Undo";
  undo.addEventListener("click", async () => {
    await saveIdea(idea);
    status.replaceChildren();
  });
  status.replaceChildren(`Removed “${idea.title.slice(0, 40)}”. `, undo);
}

exportButton.addEventListener("click", () => {
  const url = URL.createObjectURL(new Blob([ideasToCsv(ideas)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `fieldtest-ideas-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

document.querySelector("#options")!.addEventListener("click", (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

watchSavedIdeas(() => void render());
void render();
