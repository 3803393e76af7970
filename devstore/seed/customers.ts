import type { DevCustomer } from "../state/types";
import { countryForLocale } from "./addresses";
import type { Random } from "./random";

const DAY = 86_400_000;

/** The shop's customers: mostly North American, with the European and Australian buyers a cross-border shop gets. */
const PEOPLE: [firstName: string, lastName: string, locale: string][] = [
  ["Olivia", "Bennett", "en"],
  ["Marcus", "Reyes", "en"],
  ["Hannah", "Kowalski", "en"],
  ["Darnell", "Brooks", "en"],
  ["Priya", "Natarajan", "en"],
  ["Ethan", "Caldwell", "en"],
  ["Sofia", "Moreno", "en"],
  ["Grace", "Whitaker", "en"],
  ["Tyler", "Nguyen", "en"],
  ["Megan", "O'Connell", "en"],
  ["Jamal", "Harris", "en"],
  ["Lauren", "Fitzgerald", "en"],
  ["Ben", "Lindqvist", "en"],
  ["Aisha", "Rahman", "en"],
  ["Chloé", "Tremblay", "fr-CA"],
  ["Noah", "MacDonald", "en-CA"],
  ["Maya", "Singh", "en-CA"],
  ["Liam", "Gagnon", "fr-CA"],
  ["Amelia", "Hughes", "en-GB"],
  ["Oliver", "Pritchard", "en-GB"],
  ["Isla", "Fraser", "en-GB"],
  ["Harry", "Okafor", "en-GB"],
  ["Poppy", "Sutton", "en-GB"],
  ["George", "Ellison", "en-GB"],
  ["Lena", "Hoffmann", "de"],
  ["Jonas", "Becker", "de"],
  ["Mia", "Schäfer", "de"],
  ["Felix", "Wagner", "de"],
  ["Clara", "Richter", "de"],
  ["Camille", "Lefèvre", "fr"],
  ["Hugo", "Marchand", "fr"],
  ["Léa", "Dubois", "fr"],
  ["Inès", "Garnier", "fr"],
  ["Daan", "de Vries", "nl"],
  ["Sanne", "Jansen", "nl"],
  ["Charlotte", "Nguyen", "en-AU"],
  ["Jack", "Thompson", "en-AU"],
  ["Zoe", "McAllister", "en-AU"],
  ["Lucía", "Fernández", "es"],
  ["Mateo", "Ruiz", "es"],
];

type Consent = DevCustomer["emailMarketingConsent"];

/** How many customers are in each consent state; shuffled over the customers, so every state is present. */
const CONSENT_MIX: { state: Consent["marketingState"]; level: Consent["marketingOptInLevel"]; count: number }[] = [
  { state: "SUBSCRIBED", level: "SINGLE_OPT_IN", count: 11 },
  { state: "SUBSCRIBED", level: "CONFIRMED_OPT_IN", count: 6 },
  { state: "NOT_SUBSCRIBED", level: null, count: 12 },
  { state: "UNSUBSCRIBED", level: "SINGLE_OPT_IN", count: 6 },
  // Signed up, confirmation e-mail not clicked yet (double opt-in).
  { state: "PENDING", level: "CONFIRMED_OPT_IN", count: 5 },
];

const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"];

export function seedCustomers(random: Random, now: Date, nextId: () => string): DevCustomer[] {
  const consents = random.shuffle(
    CONSENT_MIX.flatMap(({ state, level, count }) => Array.from({ length: count }, () => ({ state, level }))),
  );
  const customers = PEOPLE.map(([firstName, lastName, locale], i): DevCustomer => {
    const createdAt = new Date(now.getTime() - random.int(95, 720) * DAY - random.int(0, 86_399) * 1000);
    const { state, level } = consents[i % consents.length];
    const consentUpdatedAt =
      state === "NOT_SUBSCRIBED"
        ? null
        : new Date(createdAt.getTime() + random.int(60, (now.getTime() - DAY - createdAt.getTime()) / 1000) * 1000);
    return {
      id: "", // given below, in sign-up order
      firstName,
      lastName,
      email: `${emailPart(firstName)}.${emailPart(lastName)}@${random.pick(EMAIL_DOMAINS)}`,
      phone: random.chance(0.55) ? phoneNumber(countryForLocale(locale), random) : null,
      locale,
      emailMarketingConsent: {
        marketingState: state,
        marketingOptInLevel: level,
        consentUpdatedAt: consentUpdatedAt?.toISOString() ?? null,
      },
      tags: [...(random.chance(0.15) ? ["VIP"] : []), ...(random.chance(0.06) ? ["interior-designer"] : [])],
      createdAt: createdAt.toISOString(),
      updatedAt: (consentUpdatedAt ?? createdAt).toISOString(),
    };
  });
  // Ids ascend with sign-up time, as Shopify's do.
  customers.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const customer of customers) customer.id = nextId();
  return customers;
}

function emailPart(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

/** E.164 numbers in ranges set aside for fiction or examples where the country has one. */
function phoneNumber(countryCode: string, random: Random): string {
  const digits = (count: number) => Array.from({ length: count }, () => random.int(0, 9)).join("");
  switch (countryCode) {
    case "US":
      return `+1${random.pick(["212", "415", "512", "312", "206", "617"])}55501${digits(2)}`;
    case "CA":
      return `+1${random.pick(["416", "514", "604"])}55501${digits(2)}`;
    case "GB":
      return `+447700900${digits(3)}`;
    case "AU":
      return `+61491570${digits(3)}`;
    case "FR":
      return `+3363998${digits(4)}`;
    case "DE":
      return `+4930${digits(8)}`;
    case "NL":
      return `+316${digits(8)}`;
    default:
      return `+34${random.pick(["6", "7"])}${digits(8)}`;
  }
}
