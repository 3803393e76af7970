import browser from "webextension-polyfill";
import type { AmazonSubject } from "../core/ideas/link-reddit-demand";
import type { SavedIdea } from "../core/ideas/saved-idea";
import type { DemandSignal } from "../core/score/selection-input";
import type { ResearchSettingsInput } from "../core/research-settings";
import type { RedditPage } from "../core/reddit/types";
import type { ResearchMessage, ResearchReply } from "./protocol";

async function ask<M extends ResearchMessage>(message: M): Promise<ResearchReply<M>> {
  return (await browser.runtime.sendMessage(message)) as ResearchReply<M>;
}

export async function saveIdeaFromPage(idea: SavedIdea): Promise<void> {
  const reply = await ask({ type: "save-idea", idea });
  if (!reply.ok) throw new Error(reply.error);
}

export const researchSettingsForPage = (): Promise<ResearchSettingsInput> => ask({ type: "research-settings" });

export async function parseRedditJsonInBackground(json: unknown, url: string): Promise<RedditPage> {
  const reply = await ask({ type: "parse-reddit-json", json, url });
  if (!reply.ok) throw new Error(reply.error);
  return reply.page;
}

/** The demand signal of the Reddit ideas saved about this Amazon page's keyword or product, if any. */
export const redditDemandForPage = (subject: AmazonSubject): Promise<DemandSignal | null> =>
  ask({ type: "reddit-demand", subject });
