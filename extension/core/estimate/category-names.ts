import type { BsrCurveCategory } from "./curves";

/**
 * Root categories as Amazon names them on each marketplace, mapped to the amazon.com curve they share. BSR is a
 * rank within the root category, so only root names belong here; a sub-category ("Electric Pressure Cookers") is
 * unknown on purpose and gets the wider all-category fallback.
 *
 * "Kitchen & Dining" keeps its own curve: on amazon.com it is a separate rank list from Home & Kitchen (the Instant
 * Pot fixture reads "#60 in Kitchen & Dining") and the source has a separate curve for it. amazon.ae's root
 * "Kitchen" is the same list under a shorter name.
 *
 * "digital" roots (Kindle, apps, streaming) rank sales of things that are not physical goods; no curve here fits
 * them, so the estimator returns null for them rather than a fallback.
 */
export type RootCategory = BsrCurveCategory | "digital";

// prettier-ignore
const ROOT_CATEGORY_NAMES: Record<RootCategory, readonly string[]> = {
  "appliances": ["Appliances", "Large Appliances", "Elektro-Großgeräte", "Gros électroménager", "Grandi elettrodomestici", "Grandes electrodomésticos", "大型家電"],
  "arts-crafts-sewing": ["Arts, Crafts & Sewing", "Arts & Crafts", "Bastel- & Künstlerbedarf", "Loisirs créatifs", "Arte e artigianato", "Arte y manualidades"],
  "automotive": ["Automotive", "Car & Motorbike", "Auto & Motorrad", "Auto et Moto", "Auto e Moto", "Coche y moto", "車＆バイク"],
  "baby-products": ["Baby Products", "Baby", "Bébé et Puériculture", "Prima infanzia", "Bebé", "ベビー&マタニティ"],
  "beauty-personal-care": ["Beauty & Personal Care", "Beauty", "Beauté et Parfum", "Bellezza", "Belleza", "ビューティー"],
  "camera-photo": ["Camera & Photo", "Kamera & Foto", "Appareils photo et caméscopes", "Fotocamere e videocamere", "Fotografía y videocámaras"],
  "cell-phones-accessories": ["Cell Phones & Accessories", "Mobile Phones & Accessories", "Handys & Zubehör", "Téléphones portables et accessoires", "Cellulari e accessori", "Móviles y accesorios"],
  "clothing-shoes-jewelry": ["Clothing, Shoes & Jewelry", "Clothing & Accessories", "Fashion", "Bekleidung", "Mode", "Moda", "ファッション"],
  "computers-accessories": ["Computers & Accessories", "Computers", "Computer & Zubehör", "Informatique", "Informatica", "Informática", "パソコン・周辺機器"],
  "electronics": ["Electronics", "Electronics & Photo", "Elektronik & Foto", "High-Tech", "Elettronica", "Electrónica", "家電＆カメラ"],
  "grocery-gourmet-food": ["Grocery & Gourmet Food", "Grocery & Gourmet Foods", "Grocery", "Lebensmittel & Getränke", "Épicerie", "Alimentari e cura della casa", "Alimentación y bebidas", "食品・飲料・お酒"],
  "health-household": ["Health & Household", "Health & Personal Care", "Health", "Drogerie & Körperpflege", "Hygiène et Santé", "Salute e cura della persona", "Salud y cuidado personal", "ドラッグストア"],
  "home-kitchen": ["Home & Kitchen", "Home", "Küche, Haushalt & Wohnen", "Cuisine et Maison", "Casa e cucina", "Hogar y cocina", "ホーム＆キッチン"],
  "industrial-scientific": ["Industrial & Scientific", "Business, Industry & Science", "Gewerbe, Industrie & Wissenschaft", "Commerce, Industrie et Science", "Commercio, Industria e Scienza", "Industria, empresas y ciencia", "産業・研究開発用品"],
  "kitchen-dining": ["Kitchen & Dining", "Kitchen"],
  "musical-instruments": ["Musical Instruments", "Musical Instruments & DJ", "Musikinstrumente & DJ-Equipment", "Instruments de musique et Sono", "Strumenti musicali e DJ", "Instrumentos musicales", "楽器・音響機器"],
  "office-products": ["Office Products", "Stationery & Office Supplies", "Bürobedarf & Schreibwaren", "Fournitures de bureau", "Cancelleria e prodotti per ufficio", "Oficina y papelería", "文房具・オフィス用品"],
  "patio-lawn-garden": ["Patio, Lawn & Garden", "Garden", "Garden & Outdoors", "Garten", "Jardin", "Giardino e giardinaggio", "Jardín"],
  "pet-supplies": ["Pet Supplies", "Haustier", "Animalerie", "Prodotti per animali domestici", "Productos para mascotas", "ペット用品"],
  "software": ["Software", "Logiciels", "PCソフト"],
  "sports-outdoors": ["Sports & Outdoors", "Sports, Fitness & Outdoors", "Sport & Freizeit", "Sports et Loisirs", "Sport e tempo libero", "Deportes y aire libre", "スポーツ＆アウトドア"],
  "tools-home-improvement": ["Tools & Home Improvement", "DIY & Tools", "Home Improvement", "Baumarkt", "Bricolage", "Fai da te", "Bricolaje y herramientas", "DIY・工具・ガーデン"],
  "toys-games": ["Toys & Games", "Spielzeug", "Jeux et Jouets", "Giochi e giocattoli", "Juguetes y juegos", "おもちゃ"],
  "video-games": ["Video Games", "PC & Video Games", "Games", "Jeux vidéo", "Videogiochi", "Videojuegos", "ゲーム"],
  "books": ["Books", "Bücher", "Livres", "Libri", "Libros", "本"],
  "digital": ["Kindle Store", "Kindle-Shop", "Boutique Kindle", "Tienda Kindle", "Kindleストア", "Apps & Games", "Apps für Android", "Digital Music", "Audible Books & Originals", "Prime Video"],
};

/** Words that join category names in each language; dropped so "Casa e cucina" and "Casa & cucina" match. */
const CONNECTIVES = new Set(["and", "und", "et", "e", "y"]);

/**
 * A language-neutral key for a category name: accents and case folded (NFKD also turns full-width "＆" into "&"),
 * punctuation and connectives dropped, a trailing "(See Top 100 in …)" ignored.
 */
export function categoryKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\(.*$/s, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !CONNECTIVES.has(word))
    .join(" ");
}

let rootByKey: Map<string, RootCategory> | undefined;

/** The root category a localized name stands for, or null when it is not a root category we know. */
export function normalizeRootCategory(name: string): RootCategory | null {
  if (!rootByKey) {
    rootByKey = new Map();
    for (const [root, names] of Object.entries(ROOT_CATEGORY_NAMES) as [RootCategory, readonly string[]][]) {
      for (const localized of names) rootByKey.set(categoryKey(localized), root);
    }
  }
  return rootByKey.get(categoryKey(name)) ?? null;
}
