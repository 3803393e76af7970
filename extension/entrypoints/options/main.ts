import { researchSettingsSchema } from "../../core/research-settings";
import { loadResearchSettings, saveResearchSettings } from "../../storage/research-settings";

const form = document.querySelector<HTMLFormElement>("#settings")!;
const status = document.querySelector<HTMLElement>("#status")!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

async function load() {
  const settings = await loadResearchSettings();
  field("demand").value = String(settings.weights.demand);
  field("competition").value = String(settings.weights.competition);
  field("profit").value = String(settings.weights.profit);
  field("landedCostPercent").value = String(Math.round(settings.landedCostShare * 100));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const parsed = researchSettingsSchema.safeParse({
    weights: {
      demand: field("demand").valueAsNumber,
      competition: field("competition").valueAsNumber,
      profit: field("profit").valueAsNumber,
    },
    landedCostShare: field("landedCostPercent").valueAsNumber / 100,
  });
  status.classList.toggle("error", !parsed.success);
  if (!parsed.success) {
    status.textContent = parsed.error.issues[0]?.message ?? "Check the values.";
    return;
  }
  await saveResearchSettings(parsed.data);
  status.textContent = "Saved. Reload an Amazon page to see the new score.";
});

void load();
