/**
 * Cue phrases that put a Reddit post or comment into a group, per language.
 *
 * Sources: the four groups are GummySearch's post categories "Pain & Anger", "Solution Requests", "Advice Requests"
 * and "Money Talk" (its fifth, "Hot Discussions", is engagement, not wording), with its published trigger phrases
 * "frustrated", "hate", "looking for", "recommend", "how do I", "worth paying" and "budget" (research notes
 * shared/research/extension.md §1, "Reddit research tools"). Every other entry, and the German, French and Spanish
 * lists, are our own, written for this extension from common forum phrasing; they are not taken from GummySearch.
 *
 * How an entry reads (see cue-groups.ts):
 * - Matched on whole words, ignoring case and accents ("Qualität" = "qualitat", "ça" = "ca"); a space stands for any
 *   run of spaces, a hyphen for a hyphen, a space or nothing ("existe-t-il" = "existe t il").
 * - "…" stands for one to three words ("best … for": "best budget ottoman for").
 * - A trailing "*" on a word lets the word go on ("frustrat*": frustrated, frustrating, frustration).
 * - A leading "?" counts the cue only in a sentence with a question mark ("?" or "¿"): "recommend" asks in "Can anyone recommend
 *   one?" but answers in "I recommend the IKEA one".
 * - "$", "€", "£" match anywhere ("$40", "40€").
 * In "pain" and "solution-request", a cue right after a negation (NEGATIONS, within three words in the same clause) does not count:
 * "not annoying", "never had a problem with", "I'm not looking for".
 */

export type CueGroup = "pain" | "solution-request" | "advice-request" | "money";
export type CueLanguage = "en" | "de" | "fr" | "es";

export const CUE_GROUPS: readonly CueGroup[] = ["pain", "solution-request", "advice-request", "money"];

/** Groups whose cues a negation just before them cancels. */
export const NEGATABLE_GROUPS: ReadonlySet<CueGroup> = new Set<CueGroup>(["pain", "solution-request"]);

// prettier-ignore
export const CUES: Record<CueLanguage, Record<CueGroup, readonly string[]>> = {
  en: {
    pain: [
      "frustrat*", "hate", "hated", "hates", "annoying", "annoyed", "annoys", "broke", "broken", "breaks",
      "waste of money", "waste of time", "doesn't work", "doesnt work", "does not work", "didn't work",
      "stopped working", "not working", "problem with", "problems with", "issue with", "issues with", "sick of",
      "tired of", "fed up", "disappointed", "disappointing", "useless", "terrible", "awful", "garbage", "junk",
      "regret", "nightmare", "pain in the", "fell apart", "falling apart", "ripped off", "rip-off", "scam",
      "sucks", "worst", "cheaply made", "had to return", "returned it",
    ],
    "solution-request": [
      "looking for", "is there a", "is there an", "is there any", "are there any", "?recommend", "can anyone recommend",
      "can you recommend", "could you recommend", "would you recommend", "what would you recommend",
      "any recommendations", "recommendations for", "recommend me", "alternative to", "alternatives to",
      "any suggestions", "suggestions for", "?suggest", "?best … for", "what's the best", "what is the best",
      "which is the best", "does anyone know of", "anyone know of", "in the market for", "where can i buy",
      "where to buy", "need a good",
    ],
    "advice-request": [
      "how do i", "how do you", "how to", "how can i", "how should i", "how would i", "any tips", "tips for",
      "any advice", "advice on", "need advice", "what should i", "?should i", "what do i do", "help me",
    ],
    money: [
      "worth it", "worth the money", "worth the price", "worth paying", "worth buying", "budget", "price", "prices",
      "priced", "pricing", "pricey", "expensive", "overpriced", "cheap", "cheaper", "cheapest", "cost", "costs",
      "costly", "afford", "affordable", "$", "€", "£", "bucks", "dollars", "money", "on sale", "discount", "spend",
      "spent", "pay for", "paid",
    ],
  },
  de: {
    pain: [
      "nervt", "nervig", "nervige", "nervigen", "kaputt", "ärgerlich", "ärgere mich", "frustriert*", "frustrierend",
      "hasse", "funktioniert nicht", "funktioniert nicht mehr", "geht nicht", "defekt", "problem mit", "probleme mit",
      "schrott", "mist", "geldverschwendung", "enttäuscht", "enttäuschend", "katastrophe", "bereue", "zum kotzen",
    ],
    "solution-request": [
      "suche", "ich suche", "gesucht", "gibt es ein", "gibt es eine", "gibt es einen", "gibt es irgendwelche",
      "?empfehlen", "könnt ihr … empfehlen", "empfehlung", "empfehlungen", "alternative zu", "alternativen zu",
      "kennt jemand", "was ist das beste", "?beste … für", "?bestes … für", "?besten … für",
    ],
    "advice-request": [
      "wie kann ich", "wie mache ich", "wie bekomme ich", "wie geht das", "tipps", "irgendwelche tipps",
      "was soll ich", "was sollte ich", "ratschlag", "ratschläge", "hat jemand erfahrung", "erfahrungen mit",
    ],
    money: [
      "lohnt sich", "lohnt es sich", "teuer", "teurer", "billig*", "günstig*", "preis", "preise", "kosten", "kostet",
      "budget", "geld", "€", "euro", "preis-leistung*", "preiswert", "sparen",
    ],
  },
  fr: {
    pain: [
      "galère", "galérer", "j'en ai marre", "marre de", "ne marche pas", "marche pas", "ne marche plus",
      "ne fonctionne pas", "fonctionne pas", "ne fonctionne plus", "cassé", "cassée", "je déteste", "déteste",
      "agaçant", "énervant", "frustré*", "frustrant", "problème avec", "problèmes avec", "arnaque", "déçu", "déçue",
      "perte d'argent", "nul", "nulle",
    ],
    "solution-request": [
      "je cherche", "cherche", "existe-t-il", "?il existe", "y a-t-il", "recommandez", "vous recommandez",
      "?recommander", "conseillez", "vous me conseillez", "alternative à", "alternatives à", "des suggestions",
      "quel est le meilleur", "quelle est la meilleure", "?meilleur … pour", "?meilleure … pour", "quelqu'un connaît",
    ],
    "advice-request": [
      "comment faire", "comment je peux", "comment puis-je", "des conseils", "un conseil", "que dois-je",
      "qu'est-ce que je dois", "des astuces", "besoin d'aide", "besoin de conseils",
    ],
    money: [
      "ça vaut le coup", "vaut le coup", "vaut la peine", "cher", "chère", "chers", "chères", "prix", "budget", "coût",
      "coûte", "coûtent", "€", "euros", "bon marché", "abordable", "rentable",
    ],
  },
  es: {
    pain: [
      "odio", "lo odio", "frustrad*", "frustrante", "molesto", "me molesta", "no funciona", "dejó de funcionar",
      "se rompió", "roto", "rota", "problema con", "problemas con", "estafa", "decepcionad*", "porquería",
      "pérdida de dinero", "harto de", "harta de",
    ],
    "solution-request": [
      "busco", "estoy buscando", "hay algún", "hay alguna", "?hay algo", "recomiendan", "me recomiendan",
      "?recomendarme", "recomendaciones", "alguna recomendación", "alternativa a", "alternativas a",
      "alguna sugerencia", "sugerencias", "cuál es el mejor", "cuál es la mejor", "?mejor … para", "alguien conoce",
    ],
    "advice-request": [
      "cómo puedo", "cómo hago", "cómo se hace", "algún consejo", "consejos", "qué debo", "qué debería", "ayuda con",
      "necesito ayuda",
    ],
    money: [
      "vale la pena", "caro", "caros", "barato*", "barata*", "precio", "precios", "presupuesto",
      "cuesta", "costo", "coste", "€", "dinero", "euros", "económico", "económica",
    ],
  },
};

/** Words that, within three words before a cue, cancel it in NEGATABLE_GROUPS; compared folded, like the cues. */
// prettier-ignore
export const NEGATIONS: Record<CueLanguage, readonly string[]> = {
  en: ["not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "wasn't", "won't",
    "wouldn't", "can't", "cant", "cannot", "couldn't", "haven't", "hasn't", "hardly", "without"],
  de: ["nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne"],
  fr: ["pas", "ne", "n'", "jamais", "sans", "aucun", "aucune"],
  es: ["no", "nunca", "sin", "tampoco", "ni", "ningún", "ninguna"],
};
