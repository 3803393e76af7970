import { storage } from "wxt/utils/storage";
import { readSavedIdeas, savedIdeaSchema, type SavedIdea } from "../core/ideas/saved-idea";

/** Saved ideas live in the browser's extension storage (local area), nowhere else. */
const savedIdeasItem = storage.defineItem<unknown[]>("local:savedIdeas", { fallback: [] });

export async function listSavedIdeas(): Promise<SavedIdea[]> {
  return readSavedIdeas(await savedIdeasItem.getValue()).ideas;
}

/** Saves (or replaces, by id) an idea; the record is validated before it is stored. */
export async function saveIdea(idea: SavedIdea): Promise<void> {
  const valid = savedIdeaSchema.parse(idea);
  const stored = await savedIdeasItem.getValue();
  const others = stored.filter((item) => (item as { id?: unknown }).id !== valid.id);
  await savedIdeasItem.setValue([...others, valid]);
}

export async function removeIdea(id: string): Promise<void> {
  const stored = await savedIdeasItem.getValue();
  await savedIdeasItem.setValue(stored.filter((item) => (item as { id?: unknown }).id !== id));
}

export const watchSavedIdeas = (onChange: () => void) => savedIdeasItem.watch(onChange);
