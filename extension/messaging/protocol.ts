import type { AmazonSubject } from "../core/ideas/link-reddit-demand";
import type { SavedIdea } from "../core/ideas/saved-idea";
import type { DemandSignal } from "../core/score/selection-input";
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
  | { type: "parse-reddit-json"; json: unknown; url: string }
  | { type: "reddit-demand"; subject: AmazonSubject };

export type ResearchReply<M extends ResearchMessage> = M extends { type: "save-idea" }
  ? { ok: true } | { ok: false; error: string }
  : M extends { type: "parse-reddit-json" }
    ? { ok: true; page: RedditPage } | { ok: false; error: string }
    : M extends { type: "reddit-demand" }
      ? DemandSignal | null
      : ResearchSettingsInput;
