import { loopSteps, type LoopStep } from "./loop";

/**
 * A small picture of the loop with the page's step highlighted, as an SVG data URI: the
 * admin must not load images from a CDN (Polaris's EmptyState wants an image URL).
 */
export function loopIllustration(current: LoopStep): string {
  const spacing = 70;
  const steps = loopSteps
    .map((step, index) => {
      const x = 45 + index * spacing;
      const active = step === current;
      return [
        `<circle cx="${x}" cy="60" r="${active ? 22 : 16}" fill="${active ? "#29845a" : "#e3e3e3"}"/>`,
        `<text x="${x}" y="65" text-anchor="middle" font-family="sans-serif" font-size="14" font-weight="600" fill="${active ? "#ffffff" : "#616161"}">${index + 1}</text>`,
        `<text x="${x}" y="108" text-anchor="middle" font-family="sans-serif" font-size="12" fill="${active ? "#303030" : "#8a8a8a"}">${step}</text>`,
      ].join("");
    })
    .join("");
  const line = `<line x1="45" y1="60" x2="${45 + (loopSteps.length - 1) * spacing}" y2="60" stroke="#cccccc" stroke-width="3"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">${line}${steps}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
