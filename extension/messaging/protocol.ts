import type { SavedIdea } from "../core/ideas/saved-idea";
import type { ResearchSettingsInput } from "../core/research-settings";
import type { RedditPage } from "../core/reddit/types";

/**
 * Messages from the content script to the background, which owns extension storage and
 * validates what is stored (so the content script, which runs on every Amazon page, stays
 * small and never carries the validation library).
 */
export type ResearchMessage =
  | { type: "save-idea"; idea: SavedIdea }
  | { type: "research-settings" }
  | { type: "parse-reddit-json"; json: unknown; url: string };

export type ResearchReply<M extends ResearchMessage> = M extends { type: "save-idea" }
  ? { ok: true } | { ok: false; error: string }
  : M extends { type: "parse-reddit-json" }
    ? { ok: true; page: RedditPage } | { ok: false; error: string }
    : ResearchSettingsInput;
