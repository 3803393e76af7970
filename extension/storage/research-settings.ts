import { storage } from "wxt/utils/storage";
import { defaultResearchSettings, researchSettingsSchema, type ResearchSettingsInput } from "../core/research-settings";

const settingsItem = storage.defineItem<unknown>("local:researchSettings", { fallback: defaultResearchSettings });

/** The stored settings, or the defaults when what is stored no longer validates. */
export async function loadResearchSettings(): Promise<ResearchSettingsInput> {
  const parsed = researchSettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : defaultResearchSettings;
}

export async function saveResearchSettings(settings: ResearchSettingsInput): Promise<void> {
  await settingsItem.setValue(researchSettingsSchema.parse(settings));
}
