import { redditDemandFor } from "../core/ideas/link-reddit-demand";
import { parseRedditJson } from "../core/reddit/json";
import { loadResearchSettings } from "../storage/research-settings";
import { listSavedIdeas, saveIdea } from "../storage/saved-ideas";
import type { ResearchMessage } from "./protocol";

/** Answers the content script; unknown messages get no answer (undefined), as the API expects. */
export async function handleResearchMessage(message: unknown) {
  const request = message as ResearchMessage;
  if (request?.type === "research-settings") return loadResearchSettings();
  if (request?.type === "save-idea") {
    try {
      await saveIdea(request.idea);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (request?.type === "reddit-demand") {
    return redditDemandFor(await listSavedIdeas(), request.subject).signal;
  }
  if (request?.type === "parse-reddit-json") {
    try {
      return { ok: true, page: parseRedditJson(request.json, request.url) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  return undefined;
}
