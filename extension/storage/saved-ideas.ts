import { storage } from "wxt/utils/storage";
import { linkRedditDemand } from "../core/ideas/link-reddit-demand";
import { readSavedIdeas, savedIdeaSchema, type SavedIdea } from "../core/ideas/saved-idea";
import { loadResearchSettings } from "./research-settings";

/** Saved ideas live in the browser's extension storage (local area), nowhere else. */
const savedIdeasItem = storage.defineItem<unknown[]>("local:savedIdeas", { fallback: [] });

export async function listSavedIdeas(): Promise<SavedIdea[]> {
  return readSavedIdeas(await savedIdeasItem.getValue()).ideas;
}

/** Saves (or replaces, by id) an idea; the record is validated before it is stored. */
export async function saveIdea(idea: SavedIdea): Promise<void> {
  const valid = savedIdeaSchema.parse(idea);
  await rewrite((stored) => [...stored.filter((item) => idOf(item) !== valid.id), valid]);
}

export async function removeIdea(id: string): Promise<void> {
  await rewrite((stored) => stored.filter((item) => idOf(item) !== id));
}

export const watchSavedIdeas = (onChange: () => void) => savedIdeasItem.watch(onChange);

const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

/**
 * Applies a change and re-links Reddit demand into the Amazon ideas' scores (a Reddit idea saved or
 * removed changes them). Records that no longer validate are kept as they were, not dropped.
 */
async function rewrite(change: (stored: unknown[]) => unknown[]) {
  const changed = change(await savedIdeasItem.getValue());
  const { ideas } = readSavedIdeas(changed);
  const { weights } = await loadResearchSettings();
  const linked = new Map(linkRedditDemand(ideas, weights).map((idea) => [idea.id, idea]));
  await savedIdeasItem.setValue(changed.map((item) => linked.get(idOf(item) as string) ?? item));
}
