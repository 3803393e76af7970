import { catalogueProduct, type CatalogueProduct, type IllustrationKind } from "./catalogue";

/** Every product image is square, drawn in this many units. */
export const PRODUCT_IMAGE_SIZE = 800;

const FONT = "'Helvetica Neue', Helvetica, Arial, system-ui, sans-serif";

/**
 * The product's image as a standalone SVG: a flat illustration in the product's colours with
 * its name underneath. No external fonts, images or URLs, so it renders offline. Null for a
 * handle that is not in the seed catalogue.
 */
export function productImageSvg(handle: string): string | null {
  const product = catalogueProduct(handle);
  if (!product) return null;
  const { background, colour, accent } = product.art;
  const size = PRODUCT_IMAGE_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(product.title)}">`,
    `<rect width="${size}" height="${size}" fill="${background}"/>`,
    `<circle cx="400" cy="360" r="250" fill="${mix(background, colour, 0.12)}"/>`,
    `<ellipse cx="400" cy="578" rx="230" ry="22" fill="${mix(background, "#000000", 0.12)}"/>`,
    `<g stroke-linejoin="round" stroke-linecap="round">${ILLUSTRATIONS[product.art.kind](colour, accent)}</g>`,
    caption(product),
    `</svg>`,
  ].join("\n");
}

function caption(product: CatalogueProduct): string {
  const lines = wrap(product.title, 24);
  const ink = mix(product.art.colour, "#000000", 0.55);
  const firstBaseline = lines.length === 1 ? 676 : 660;
  const title = lines
    .map(
      (line, i) =>
        `<text x="400" y="${firstBaseline + i * 46}" text-anchor="middle" font-family="${FONT}" font-size="42" font-weight="700" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join("\n");
  const vendor = `<text x="400" y="756" text-anchor="middle" font-family="${FONT}" font-size="24" letter-spacing="3" fill="${mix(ink, product.art.background, 0.35)}">${escapeXml(product.vendor.toUpperCase())}</text>`;
  return `${title}\n${vendor}`;
}

type Illustration = (colour: string, accent: string) => string;

const ILLUSTRATIONS: Record<IllustrationKind, Illustration> = {
  ottoman: (colour, accent) =>
    [
      `<rect x="240" y="330" width="320" height="230" rx="18" fill="${colour}"/>`,
      `<rect x="240" y="330" width="320" height="230" rx="18" fill="none" stroke="${darker(colour)}" stroke-width="6"/>`,
      `<line x1="250" y1="445" x2="550" y2="445" stroke="${darker(colour)}" stroke-width="4" stroke-dasharray="10 10"/>`,
      `<rect x="226" y="290" width="348" height="56" rx="22" fill="${lighter(colour)}" stroke="${darker(colour)}" stroke-width="6"/>`,
      ...[300, 400, 500].map((x) => `<circle cx="${x}" cy="318" r="8" fill="${accent}"/>`),
    ].join(""),
  organiser: (colour, accent) =>
    [
      `<rect x="200" y="250" width="400" height="300" rx="20" fill="${colour}" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<line x1="360" y1="250" x2="360" y2="550" stroke="${accent}" stroke-width="8"/>`,
      `<line x1="200" y1="400" x2="600" y2="400" stroke="${accent}" stroke-width="8"/>`,
      `<line x1="480" y1="400" x2="480" y2="550" stroke="${accent}" stroke-width="8"/>`,
      `<rect x="228" y="280" width="100" height="16" rx="8" fill="${lighter(colour)}"/>`,
      `<circle cx="420" cy="470" r="26" fill="${lighter(colour)}"/>`,
    ].join(""),
  hanging: (colour, accent) =>
    [
      `<line x1="200" y1="190" x2="600" y2="190" stroke="${mix(colour, "#000000", 0.45)}" stroke-width="10"/>`,
      ...[330, 470].map(
        (x) =>
          `<path d="M${x} 214 L${x} 180 Q${x} 168 ${x + 14} 168 L${x + 14} 196" fill="none" stroke="${accent}" stroke-width="8"/>`,
      ),
      `<rect x="270" y="208" width="260" height="356" rx="14" fill="${colour}" stroke="${darker(colour)}" stroke-width="8"/>`,
      ...[0, 1, 2].flatMap((row) =>
        [0, 1].map((column) => {
          const x = 290 + column * 116;
          const y = 236 + row * 108;
          return (
            `<rect x="${x + 14}" y="${y + 8}" width="76" height="40" rx="6" fill="${lighter(colour, 0.5)}"/>` +
            `<rect x="${x}" y="${y + 36}" width="104" height="56" rx="10" fill="${lighter(colour)}" stroke="${accent}" stroke-width="5"/>`
          );
        }),
      ),
    ].join(""),
  basket: (colour, accent) =>
    [
      `<path d="M210 300 L590 300 L550 560 L250 560 Z" fill="${colour}" stroke="${darker(colour)}" stroke-width="8"/>`,
      ...[360, 420, 480].map((y) => {
        const inset = ((y - 300) / 260) * 40;
        return `<line x1="${210 + inset + 6}" y1="${y}" x2="${590 - inset - 6}" y2="${y}" stroke="${accent}" stroke-width="6"/>`;
      }),
      `<rect x="180" y="282" width="440" height="34" rx="17" fill="${lighter(colour)}" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<rect x="262" y="330" width="70" height="20" rx="10" fill="${darker(colour)}"/>`,
      `<rect x="468" y="330" width="70" height="20" rx="10" fill="${darker(colour)}"/>`,
    ].join(""),
  bag: (colour, accent) =>
    [
      `<path d="M190 330 Q190 290 240 290 L560 290 Q610 290 610 330 L600 540 Q600 566 570 566 L230 566 Q200 566 200 540 Z" fill="${colour}" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<rect x="270" y="360" width="260" height="140" rx="14" fill="${lighter(colour, 0.55)}" stroke="${darker(colour)}" stroke-width="5"/>`,
      `<line x1="215" y1="318" x2="585" y2="318" stroke="${accent}" stroke-width="6" stroke-dasharray="4 8"/>`,
      `<rect x="360" y="268" width="80" height="32" rx="16" fill="none" stroke="${accent}" stroke-width="8"/>`,
    ].join(""),
  desk: (colour, accent) =>
    [
      `<rect x="250" y="170" width="300" height="230" rx="10" fill="${lighter(colour)}" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<line x1="270" y1="250" x2="530" y2="250" stroke="${darker(colour)}" stroke-width="6"/>`,
      `<line x1="270" y1="325" x2="530" y2="325" stroke="${darker(colour)}" stroke-width="6"/>`,
      `<rect x="226" y="400" width="348" height="30" rx="6" fill="${colour}" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<line x1="250" y1="430" x2="320" y2="540" stroke="${darker(colour)}" stroke-width="8"/>`,
      `<rect x="330" y="352" width="140" height="48" rx="6" fill="${accent}"/>`,
      `<rect x="300" y="392" width="200" height="10" rx="5" fill="${darker(accent)}"/>`,
    ].join(""),
  boxes: (colour, accent) =>
    [0, 1, 2]
      .flatMap((row) =>
        [0, 1].map((column) => {
          const x = 250 + column * 154;
          const y = 250 + row * 104;
          return (
            `<rect x="${x}" y="${y}" width="146" height="96" rx="10" fill="${colour}" fill-opacity="0.85" stroke="${darker(colour)}" stroke-width="6"/>` +
            `<rect x="${x + 18}" y="${y + 18}" width="110" height="60" rx="6" fill="${lighter(colour, 0.5)}"/>` +
            `<rect x="${x + 53}" y="${y + 82}" width="40" height="8" rx="4" fill="${accent}"/>`
          );
        }),
      )
      .join(""),
  cart: (colour, accent) =>
    [
      `<line x1="280" y1="200" x2="280" y2="530" stroke="${darker(colour)}" stroke-width="12"/>`,
      `<line x1="520" y1="200" x2="520" y2="530" stroke="${darker(colour)}" stroke-width="12"/>`,
      ...[250, 370, 490].map(
        (y) =>
          `<rect x="262" y="${y}" width="276" height="40" rx="8" fill="${colour}" stroke="${darker(colour)}" stroke-width="6"/>` +
          `<circle cx="${340 + (y % 7) * 12}" cy="${y - 20}" r="20" fill="${accent}"/>`,
      ),
      `<circle cx="290" cy="556" r="20" fill="${darker(colour)}"/>`,
      `<circle cx="510" cy="556" r="20" fill="${darker(colour)}"/>`,
    ].join(""),
  jars: (colour, accent) =>
    [0, 1, 2]
      .flatMap((row) =>
        [0, 1, 2, 3].map((column) => {
          const cx = 265 + column * 90;
          const cy = 280 + row * 100;
          return (
            `<circle cx="${cx}" cy="${cy}" r="38" fill="${colour}" stroke="${darker(colour)}" stroke-width="5"/>` +
            `<circle cx="${cx}" cy="${cy}" r="24" fill="${(row + column) % 3 === 0 ? accent : lighter(colour, 0.5)}"/>`
          );
        }),
      )
      .join(""),
  shelf: (colour, accent) =>
    [
      `<rect x="280" y="170" width="14" height="400" rx="7" fill="${accent}"/>`,
      `<rect x="506" y="170" width="14" height="400" rx="7" fill="${accent}"/>`,
      ...[250, 370, 490].map(
        (y) =>
          `<rect x="230" y="${y}" width="340" height="22" rx="6" fill="${colour}" stroke="${darker(colour)}" stroke-width="5"/>`,
      ),
      `<rect x="320" y="196" width="40" height="54" rx="4" fill="${lighter(colour)}"/>`,
      `<rect x="366" y="210" width="28" height="40" rx="4" fill="${lighter(colour, 0.5)}"/>`,
      `<circle cx="450" cy="340" r="30" fill="${lighter(accent, 0.4)}"/>`,
      `<rect x="300" y="440" width="110" height="50" rx="6" fill="${lighter(colour, 0.5)}"/>`,
    ].join(""),
};

function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const words = text.split(" ");
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(" ").length;
    const bestLeft = words.slice(0, best).join(" ").length;
    if (Math.abs(left - text.length / 2) < Math.abs(bestLeft - text.length / 2)) best = i;
  }
  return [words.slice(0, best).join(" "), words.slice(best).join(" ")];
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function darker(colour: string, amount = 0.3): string {
  return mix(colour, "#000000", amount);
}

function lighter(colour: string, amount = 0.3): string {
  return mix(colour, "#ffffff", amount);
}

/** `from` moved `amount` (0–1) of the way towards `to`, both #rrggbb. */
function mix(from: string, to: string, amount: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const channels = a.map((value, i) => Math.round(value + (b[i] - value) * amount));
  return `#${channels.map((value) => value.toString(16).padStart(2, "0")).join("")}`;
}

function rgb(colour: string): number[] {
  return [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
}
